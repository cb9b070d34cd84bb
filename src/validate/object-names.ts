/**
 * Where each object's `metadata.name` is written. Manifests keep only where
 * each document starts (a raw file's objects are read on a fast path that
 * builds no syntax tree), so a rule that wants to point at the name, such as
 * a duplicate object, asks here: the object's YAML is parsed again, which
 * costs nothing on the path of a valid definition.
 */
import type { Document } from 'yaml'
import { isMap, isPair, isScalar } from 'yaml'
import type { SourceLocation } from '../diagnostics.js'
import { isRecord, stringField } from '../definition/plain-data.js'
import type { KubeObject, Manifest } from '../definition/definition-types.js'
import {
  documentToValue,
  parseYamlText,
  positionOf,
  type ParsedYaml
} from '../definition/yaml-parse.js'
import type { ValidationContext } from './validation-context.js'
import { valueAt } from './describe.js'
import { SubstitutionLimitError, substitute } from './variables.js'

/**
 * The place of `metadata.name` (its key) of each object of `manifest`, in
 * the manifest's order. When a name cannot be placed (base64 YAML, inline
 * YAML that is not a `|` block), every object keeps the place recorded for
 * it: where its document starts, or the field that holds the YAML. Worked
 * out once per manifest and validation: every rule that reports an object
 * of it (duplicates, reserved records) asks, once per object.
 */
export function objectNamePlaces(
  ctx: ValidationContext,
  manifest: Manifest,
  variables: Record<string, string>
): SourceLocation[] {
  let known = placedOnce.get(ctx)
  if (!known) {
    known = new Map<Manifest, SourceLocation[]>()
    placedOnce.set(ctx, known)
  }
  let places = known.get(manifest)
  if (!places) {
    places = namePlaces(ctx, manifest, variables)
    known.set(manifest, places)
  }
  return places
}

const placedOnce = new WeakMap<
  ValidationContext,
  Map<Manifest, SourceLocation[]>
>()

function namePlaces(
  ctx: ValidationContext,
  manifest: Manifest,
  variables: Record<string, string>
): SourceLocation[] {
  const fallback = manifest.objects.map((o) => o.source)
  const yaml = manifestYaml(ctx, manifest)
  if (!yaml) return fallback
  const places: SourceLocation[] = []
  for (const doc of yaml.parsed.documents) {
    const object = manifest.objects[places.length]
    if (!object) break
    if (!declares(doc, object, variables, manifest.namespace)) continue
    const offset = nameKeyOffset(doc)
    if (offset === undefined) return fallback
    const { line, column } = positionOf(yaml.parsed, offset)
    places.push({
      file: yaml.origin.file,
      line: yaml.origin.line + line - 1,
      column: column + yaml.indent
    })
  }
  // Documents and objects out of step (a document refused for its aliases):
  // better the documents' starts than a wrong line.
  return places.length === fallback.length ? places : fallback
}

interface ManifestYaml {
  parsed: ParsedYaml
  /** Where the text's line 1, column 1 is in the file. */
  origin: SourceLocation
  /** Columns to add to a column of the text (a block scalar's indent). */
  indent: number
  /** Its documents that hold something, once asked for (identityFieldPlace). */
  held?: Document.Parsed[]
}

/**
 * Each manifest's YAML parsed again once per validation: a manifest with
 * many objects to place (a file of 2,000 badly named ones) would otherwise
 * be parsed once per object.
 */
const parsedOnce = new WeakMap<
  ValidationContext,
  Map<string, ManifestYaml | undefined>
>()

function manifestYaml(
  ctx: ValidationContext,
  manifest: Pick<Manifest, 'source' | 'origin'>
): ManifestYaml | undefined {
  let parsed = parsedOnce.get(ctx)
  if (!parsed) {
    parsed = new Map<string, ManifestYaml | undefined>()
    parsedOnce.set(ctx, parsed)
  }
  const key = `${manifest.origin.type} ${manifest.source.pointer}`
  if (!parsed.has(key)) parsed.set(key, parseManifestYaml(ctx, manifest))
  return parsed.get(key)
}

function parseManifestYaml(
  ctx: ValidationContext,
  manifest: Pick<Manifest, 'source' | 'origin'>
): ManifestYaml | undefined {
  const pointer = manifest.source.pointer
  if (manifest.origin.type === 'from_file' || manifest.origin.type === 'raw') {
    const file = ctx.loaded.references.get(`${pointer}/from_file`)?.parsed
    if (!file) return undefined
    const parsed =
      'values' in file
        ? parseYamlText(file.text, file.file, [], file.reader)
        : file
    return {
      parsed,
      origin: { file: file.file, line: 1, column: 1 },
      indent: 0
    }
  }
  if (manifest.origin.type !== 'manifest') return undefined
  const at = `${pointer}/manifest`
  const text = valueAt(ctx.loaded.document, at)
  const origin = ctx.loaded.sourceMap.literalBlockOrigin(at)
  if (typeof text !== 'string' || !origin) return undefined
  return {
    parsed: parseYamlText(text, origin.file, [], 'objects'),
    origin,
    indent: origin.column - 1
  }
}

/** True when `doc` is the YAML of `object` (as the manifest read it). */
function declares(
  doc: Document.Parsed,
  object: KubeObject,
  variables: Record<string, string>,
  defaultNamespace: string | undefined
): boolean {
  let value: unknown
  try {
    value = substitute(documentToValue(doc), variables, new Set())
  } catch (error) {
    // Reported when the manifest was read.
    if (error instanceof SubstitutionLimitError) return false
    throw error
  }
  if (!isRecord(value)) return false
  const metadata = isRecord(value.metadata) ? value.metadata : {}
  return (
    stringField(value, 'apiVersion') === object.apiVersion &&
    stringField(value, 'kind') === object.kind &&
    stringField(metadata, 'name') === object.name &&
    (stringField(metadata, 'namespace') ?? defaultNamespace) ===
      object.namespace
  )
}

/** Offset of the `name` key of the document's `metadata` mapping. */
function nameKeyOffset(doc: Document.Parsed): number | undefined {
  const metadata = doc.get('metadata', true)
  if (!isMap(metadata)) return undefined
  for (const pair of metadata.items) {
    if (isPair(pair) && isScalar(pair.key) && pair.key.value === 'name')
      return pair.key.range?.[0]
  }
  return undefined
}

/** An identity field of an object, as `identityProblem` names it. */
export type IdentityField = 'apiVersion' | 'kind' | 'name' | 'namespace'

/**
 * Where `field` of document `n` (counting documents that hold something)
 * of the manifest at `pointer` is written; undefined when it cannot be
 * placed (base64 or quoted YAML) or the document there is not `written`
 * (its value as read, before substitution).
 */
export function identityFieldPlace(
  ctx: ValidationContext,
  manifest: Pick<Manifest, 'source' | 'origin'>,
  n: number,
  field: IdentityField,
  written: unknown
): SourceLocation | undefined {
  const yaml = manifestYaml(ctx, manifest)
  const doc = yaml && heldDocument(yaml, n)
  if (!yaml || !doc || !isRecord(written)) return undefined
  const inMetadata = field === 'name' || field === 'namespace'
  const map = inMetadata ? doc.get('metadata', true) : doc.contents
  const expected = inMetadata
    ? isRecord(written.metadata)
      ? written.metadata[field]
      : undefined
    : written[field]
  if (!isMap(map)) return undefined
  for (const pair of map.items) {
    if (!isPair(pair) || !isScalar(pair.key) || pair.key.value !== field)
      continue
    // The same document as read: its value there is the one reported.
    if (!isScalar(pair.value) || pair.value.value !== expected) return undefined
    return placeAt(yaml, pair.key.range?.[0])
  }
  return undefined
}

/**
 * Where the key at `path` (mapping keys from the document's root, such as
 * `['data', 'TOKEN']`) of document `n` of the manifest is written;
 * undefined when it cannot be placed (see identityFieldPlace).
 */
export function fieldKeyPlace(
  ctx: ValidationContext,
  manifest: Pick<Manifest, 'source' | 'origin'>,
  n: number,
  path: readonly string[]
): SourceLocation | undefined {
  const yaml = manifestYaml(ctx, manifest)
  let node: unknown = yaml && heldDocument(yaml, n)?.contents
  let offset: number | undefined
  for (const key of path) {
    if (!isMap(node)) return undefined
    const pair = node.items.find(
      (p) => isPair(p) && isScalar(p.key) && String(p.key.value) === key
    )
    if (!pair) return undefined
    offset = (pair.key as { range?: [number, number, number] }).range?.[0]
    node = pair.value
  }
  return yaml && placeAt(yaml, offset)
}

/** Document `n` of the manifest, counting documents that hold something. */
function heldDocument(
  yaml: ManifestYaml,
  n: number
): Document.Parsed | undefined {
  yaml.held ??= yaml.parsed.documents.filter(
    (d) =>
      d.contents !== null &&
      !(isScalar(d.contents) && d.contents.value === null)
  )
  return yaml.held[n]
}

/** The file position of an offset in the manifest's YAML. */
function placeAt(
  yaml: ManifestYaml,
  offset: number | undefined
): SourceLocation | undefined {
  if (offset === undefined) return undefined
  const { line, column } = positionOf(yaml.parsed, offset)
  return {
    file: yaml.origin.file,
    line: yaml.origin.line + line - 1,
    column: column + yaml.indent
  }
}
