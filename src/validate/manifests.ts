/**
 * Builds a Manifest from a composed `manifests[]` entry: picks its YAML
 * source (inline, `from_file`, base64, or an included file of raw objects),
 * substitutes stack variables, and checks each object names its apiVersion,
 * kind and metadata.name.
 */
import { hasSopsMetadata } from '../sops/sops-metadata.js'
import { keepFileKeyOrder } from '../sops/key-order.js'
import { childPointer } from '../definition/pointer.js'
import { isRecord, listField, stringField } from '../definition/plain-data.js'
import { legacyRawManifestName } from '../definition/raw-manifest-name.js'
import type { KubeObject, Manifest } from '../definition/definition-types.js'
import type { SourceLocation } from '../diagnostics.js'
import {
  documentToValue,
  positionOf,
  type ParsedFile
} from '../definition/yaml-parse.js'
import {
  report,
  sourceRef,
  type ValidationContext
} from './validation-context.js'
import { namedEntry } from './describe.js'
import { identityProblem } from './object-identity.js'
import { checkDataValues } from './data-values.js'
import { fieldKeyPlace, identityFieldPlace } from './object-names.js'
import { quoteValue } from '../redact.js'
import { decodeBase64, parseEmbeddedYaml } from './embedded-yaml.js'
import { readParents } from './parents.js'
import { plural } from '../plural.js'
import { reportUnknownVariables, substituteBounded } from './variables.js'
import {
  secretDigest,
  secretUse,
  type SecretScope
} from './secret-substitution.js'

interface LocatedValue {
  value: unknown
  location: SourceLocation
}

/** The Manifest for the entry at `pointer` (index `index` of its stack). */
export function buildManifest(
  ctx: ValidationContext,
  entry: Record<string, unknown>,
  pointer: string,
  index: number,
  stack: string,
  variables: Record<string, string>,
  secrets: SecretScope = { names: new Set(), variables }
): Manifest {
  const name = stringField(entry, 'name') ?? ''
  const subject = `${namedEntry('manifest', entry, index)} in stack "${stack}"`
  const source = readSource(ctx, entry, pointer, subject)
  const unknown = new Set<string>()
  const namespace = stringField(entry, 'namespace')
  const objects: KubeObject[] = []
  const secretNames = new Set<string>()
  // A SOPS-encrypted file is applied as written, decrypted: replacing a
  // reference in it would break its MAC.
  const sealed = source.documents.some((doc) => hasSopsMetadata(doc.value))
  source.documents.forEach((doc, n) => {
    const body = sealed
      ? doc.value
      : substituteBounded(ctx, doc.value, variables, unknown, {
          pointer,
          subject,
          location: doc.location
        })
    const object = toObject(
      ctx,
      body,
      doc.location,
      pointer,
      subject,
      n,
      namespace,
      { origin: source.origin, written: doc.value }
    )
    if (!object) return
    // A sealed file's data is ciphertext until the sync decrypts it.
    if (!sealed)
      checkDataValues(ctx, object, {
        pointer,
        subject,
        n,
        location: doc.location,
        keyPlace: (path) =>
          fieldKeyPlace(
            ctx,
            { source: sourceRef(ctx, pointer), origin: source.origin },
            n,
            path
          )
      })
    const use = sealed ? undefined : secretUse(doc.value, secrets)
    if (use && isRecord(use.marked)) {
      object.digestBody = use.marked
      for (const name of use.names) secretNames.add(name)
    }
    objects.push(object)
  })
  reportUnknownVariables(ctx, unknown, pointer, subject, variables)
  const legacyName =
    source.origin.type === 'raw' && source.origin.file !== undefined
      ? legacyRawManifestName(name, source.origin.file)
      : undefined
  return {
    kind: 'manifest',
    name,
    ...(legacyName === undefined ? {} : { legacyName }),
    stack,
    namespace,
    parents: readParents(ctx, entry.parents, childPointer(pointer, 'parents')),
    force: entry.force === true,
    encryptedPaths: listField(entry, 'encrypted_paths').filter(
      (p) => typeof p === 'string'
    ),
    objects,
    ...(secretNames.size === 0
      ? {}
      : { secretDigest: secretDigest(ctx, [...secretNames].sort(), secrets) }),
    origin: source.origin,
    source: sourceRef(ctx, pointer)
  }
}

function readSource(
  ctx: ValidationContext,
  entry: Record<string, unknown>,
  pointer: string,
  subject: string
): { documents: LocatedValue[]; origin: Manifest['origin'] } {
  const given = (['manifest', 'from_file', 'manifest_base64'] as const).filter(
    (key) => typeof entry[key] === 'string' && entry[key] !== ''
  )
  if (ctx.loaded.rawManifests.has(pointer)) {
    const ref = ctx.loaded.references.get(`${pointer}/from_file`)
    return {
      documents: ref?.parsed ? fileDocuments(ref.parsed) : [],
      origin: { type: 'raw', file: ref?.path }
    }
  }
  const [chosen, ...ignored] = given
  if (chosen === undefined) {
    report(
      ctx,
      'error',
      pointer,
      'manifest-no-source',
      `${subject} has no YAML: set "from_file", "manifest" or "manifest_base64"`,
      'Example: `from_file: manifests/namespace.yaml`'
    )
    return { documents: [], origin: { type: 'manifest' } }
  }
  if (ignored.length > 0) {
    report(
      ctx,
      'warning',
      pointer,
      'manifest-multiple-sources',
      `${subject} sets ${given.map((g) => `"${g}"`).join(' and ')}; only "${chosen}" is used`,
      'Keep one source, as Ankra uses the first of manifest, from_file, manifest_base64.'
    )
  }
  const at = childPointer(pointer, chosen)
  const location = ctx.loaded.sourceMap.locate(at) ?? sourceRef(ctx, at)
  if (chosen === 'from_file') {
    const ref = ctx.loaded.references.get(at)
    return {
      documents: ref?.parsed ? fileDocuments(ref.parsed) : [],
      origin: { type: 'from_file', file: ref?.path }
    }
  }
  let text = stringField(entry, chosen) ?? ''
  if (chosen === 'manifest_base64') {
    const decoded = decodeBase64(
      ctx,
      text,
      at,
      `"manifest_base64" of ${subject}`
    )
    if (decoded === undefined)
      return { documents: [], origin: { type: chosen } }
    text = decoded
  }
  const values =
    parseEmbeddedYaml(ctx, text, at, `"${chosen}" of ${subject}`) ?? []
  return {
    documents: values
      .filter((v) => v !== null)
      .map((value) => ({ value, location })),
    origin: { type: chosen }
  }
}

/** The documents of a referenced file, each with where it starts. */
export function fileDocuments(parsed: ParsedFile): LocatedValue[] {
  if ('values' in parsed) {
    const located = parsed.values.map(({ value, line, column }) => ({
      value,
      location: { file: parsed.file, line, column }
    }))
    keepFileKeyOrder(
      located.map((d) => d.value),
      parsed.text
    )
    return located
  }
  // The parser refused documents whose aliases it could not vouch for.
  const located = parsed.documents.map((doc) => ({
    value: documentToValue(doc),
    location: {
      file: parsed.file,
      ...positionOf(parsed, doc.contents?.range?.[0] ?? 0)
    }
  }))
  keepFileKeyOrder(
    located.map((d) => d.value),
    parsed.documents
  )
  return located
}

function toObject(
  ctx: ValidationContext,
  body: unknown,
  location: SourceLocation,
  pointer: string,
  subject: string,
  n: number,
  defaultNamespace: string | undefined,
  /** Where the document comes from, and its value as read: to place a field. */
  { origin, written }: { origin: Manifest['origin']; written: unknown }
): KubeObject | undefined {
  if (!isRecord(body)) {
    report(
      ctx,
      'error',
      pointer,
      'object-not-mapping',
      `document #${n + 1} of ${subject} is not a Kubernetes object (a mapping)`,
      undefined,
      location
    )
    return undefined
  }
  const metadata = isRecord(body.metadata) ? body.metadata : {}
  const apiVersion = stringField(body, 'apiVersion')
  const kind = stringField(body, 'kind')
  const name = stringField(metadata, 'name')
  const missing = [
    !apiVersion && 'apiVersion',
    !kind && 'kind',
    !name && 'metadata.name'
  ].filter((m): m is string => typeof m === 'string')
  if (kind === 'List' && !name && Array.isArray(body.items)) {
    // What `kubectl get -o yaml` writes: kubectl unpacks it, Ankra's
    // format holds objects.
    report(
      ctx,
      'error',
      pointer,
      'object-list',
      `document #${n + 1} of ${subject} is a List of ${plural(body.items.length, 'item')} (as \`kubectl get -o yaml\` writes it), not an object`,
      'Write each item of `items:` as its own document, separated by `---` lines.',
      location
    )
    return undefined
  }
  if (!apiVersion || !kind || !name) {
    // Written, but not as text (`kind: 42`): said as such, not as missing.
    const notText = (
      [
        ['apiVersion', body.apiVersion],
        ['kind', body.kind],
        ['metadata.name', metadata.name]
      ] as const
    )
      .filter(([, value]) => value !== undefined && value !== null)
      .filter(([, value]) => typeof value !== 'string')
      .map(([field, value]) => `${field} is ${quoteValue(value)}, not text`)
    const absent = missing.filter(
      (m) => !notText.some((said) => said.startsWith(`${m} is`))
    )
    report(
      ctx,
      'error',
      pointer,
      'object-missing-identity',
      `document #${n + 1} of ${subject} ${[
        ...(absent.length > 0 ? [`has no ${absent.join(', ')}`] : []),
        ...notText
      ].join('; ')}`,
      'Every Kubernetes object needs apiVersion, kind and metadata.name, e.g. `apiVersion: v1`, `kind: ConfigMap`, `metadata: {name: settings}`.',
      location
    )
    return undefined
  }
  const own = stringField(metadata, 'namespace')
  // The manifest's own `namespace:` key has its check (invalid-namespace).
  const problem = identityProblem({ apiVersion, kind, name, namespace: own })
  if (problem !== undefined) {
    report(
      ctx,
      'error',
      pointer,
      'object-invalid-identity',
      `document #${n + 1} of ${subject}: ${problem.message}`,
      'The API server takes these fields into the request path; write them as Kubernetes names.',
      // At the field itself where the YAML lets it be placed: an annotation
      // on a long block's first line does not say which object is meant.
      identityFieldPlace(
        ctx,
        { source: sourceRef(ctx, pointer), origin },
        n,
        problem.field,
        written
      ) ?? location
    )
    return undefined
  }
  return {
    apiVersion,
    kind,
    name,
    namespace: own ?? defaultNamespace,
    body,
    source: location
  }
}
