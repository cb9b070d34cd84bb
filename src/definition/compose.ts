/**
 * Composes the definition: walks the root document, expands `include:` items
 * of `spec.stacks`, `stacks[].manifests` and `stacks[].addons` in place, and
 * reads the files entries point at (`from_file`, `configuration.from_file`,
 * local chart folders). Positions are recorded under the composed pointers,
 * so an entry spliced in from another file still points at that file.
 */
import { isMap, isScalar, isSeq, type Document, type YAMLMap } from 'yaml'
import type { SourceLocation } from '../diagnostics.js'
import {
  convertNode,
  keyText,
  mergedPairs,
  recordPosition,
  resolveAlias,
  setProperty,
  type MaybeNode,
  type NodeScope
} from './convert-node.js'
import { absoluteIn } from './guarded-read.js'
import { includeTargets } from './include-targets.js'
import { isRecord } from './plain-data.js'
import { childPointer } from './pointer.js'
import { rawManifestName } from './raw-manifest-name.js'
import { readReferences, type ReferencedFile } from './references.js'
import {
  documentsOf,
  prefetch,
  readRepoValues,
  readRepoYaml,
  reportAt,
  type LoaderContext
} from './repo-files.js'
import { positionOf, type ParsedFile, type ParsedYaml } from './yaml-parse.js'

type ListKind = 'stacks' | 'manifests' | 'addons'

/** Composition state on top of the loader context. */
export interface ComposeContext extends LoaderContext {
  /** Repository-relative path of the definition: raw-object files are named from its folder. */
  definitionFile: string
  references: Map<string, ReferencedFile>
  rawManifests: Set<string>
  /**
   * Where each file was first included (or `root` for the definition
   * itself), by `includeKey`.
   */
  includedAt: Map<string, SourceLocation>
  /** `includeKey`'s answers, by repository-relative path. */
  includeKeys: Map<string, string>
}

/**
 * What identifies an included file: its real path. Reached through a
 * symlinked folder (`d/a -> .`), a file is the same file at every depth;
 * keyed by its path text it was a new one each level deeper, and two such
 * links doubled the work per level until the links gave out (a hang). A
 * path that cannot be resolved keys by its text; reading it says why.
 */
export async function includeKey(
  ctx: ComposeContext,
  path: string
): Promise<string> {
  const listed = ctx.listed.get(path)
  if (listed) return listed.real
  let key = ctx.includeKeys.get(path)
  if (key === undefined) {
    key = await ctx.fs.realpath(absoluteIn(ctx.root, path)).catch(() => path)
    ctx.includeKeys.set(path, key)
  }
  return key
}

/** The file being composed and the chain of includes that led to it. */
interface FileScope extends NodeScope {
  chain: string[]
}

/** Creates the scope for one document of a parsed file. */
export function documentScope(
  ctx: ComposeContext,
  parsed: ParsedYaml,
  doc: Document.Parsed,
  chain: string[]
): FileScope {
  return {
    parsed,
    doc,
    sourceMap: ctx.sourceMap,
    chain
  }
}

/** Composes the root document into plain data (includes expanded). */
export async function composeRoot(
  ctx: ComposeContext,
  scope: FileScope
): Promise<unknown> {
  return composeMap(ctx, scope, scope.doc.contents, '', undefined, {
    spec: (node, pointer, key) =>
      composeMap(ctx, scope, node, pointer, key, {
        stacks: (list, listPointer, listKey) =>
          composeList(ctx, scope, list, listPointer, listKey, 'stacks')
      })
  })
}

type Special = (
  node: MaybeNode,
  pointer: string,
  key: MaybeNode
) => Promise<unknown>

/** A mapping whose listed keys get special treatment; others convert as is. */
async function composeMap(
  ctx: ComposeContext,
  scope: FileScope,
  node: MaybeNode,
  pointer: string,
  key: MaybeNode,
  special: Record<string, Special>
): Promise<unknown> {
  const map = resolveAlias(node)
  if (!isMap(map)) return convertNode(scope, node, pointer, key)
  recordPosition(scope, pointer, map, key)
  const out: Record<string, unknown> = {}
  // Merged keys (`<<: *defaults`) get the same treatment as written ones.
  for (const pair of mergedPairs(map)) {
    const name = keyText(pair.key)
    const childPtr = childPointer(pointer, name)
    const handler = Object.hasOwn(special, name) ? special[name] : undefined
    const value = handler
      ? await handler(pair.value as MaybeNode, childPtr, pair.key as MaybeNode)
      : convertNode(
          scope,
          pair.value as MaybeNode,
          childPtr,
          pair.key as MaybeNode
        )
    setProperty(out, name, value)
  }
  return out
}

/** A list whose items may be entries or `include:` items. */
async function composeList(
  ctx: ComposeContext,
  scope: FileScope,
  node: MaybeNode,
  pointer: string,
  key: MaybeNode,
  kind: ListKind
): Promise<unknown> {
  const list = resolveAlias(node)
  if (!isSeq(list)) return convertNode(scope, node, pointer, key)
  recordPosition(scope, pointer, list, key)
  for (const item of list.items as MaybeNode[]) {
    if (kind === 'manifests' && isMap(item) && !item.has('include'))
      prefetch(ctx, scope.parsed.file, item.get('from_file'))
  }
  const out: unknown[] = []
  for (const item of list.items as MaybeNode[]) {
    if (isMap(item) && item.has('include')) {
      await expandInclude(ctx, scope, item, pointer, kind, out)
    } else {
      out.push(
        await composeEntry(
          ctx,
          scope,
          item,
          childPointer(pointer, out.length),
          kind
        )
      )
    }
  }
  return out
}

async function composeEntry(
  ctx: ComposeContext,
  scope: FileScope,
  node: MaybeNode,
  pointer: string,
  kind: ListKind
): Promise<unknown> {
  if (kind === 'stacks') {
    const list =
      (k: 'manifests' | 'addons'): Special =>
      (n, p, key) =>
        composeList(ctx, scope, n, p, key, k)
    return composeMap(ctx, scope, node, pointer, undefined, {
      manifests: list('manifests'),
      addons: list('addons')
    })
  }
  const entry = convertNode(scope, node, pointer)
  await readReferences(ctx, scope.parsed.file, entry, pointer, kind)
  return entry
}

/** Expands one `- include: path` item into `out`. */
async function expandInclude(
  ctx: ComposeContext,
  scope: FileScope,
  item: YAMLMap,
  listPointer: string,
  kind: ListKind,
  out: unknown[]
): Promise<void> {
  const valueNode = item.get('include', true)
  const offset = (valueNode as MaybeNode)?.range?.[0] ?? item.range?.[0] ?? 0
  const at = {
    file: scope.parsed.file,
    ...positionOf(scope.parsed, offset),
    pointer: childPointer(listPointer, out.length)
  }
  const path = isScalar(valueNode) ? valueNode.value : undefined
  if (typeof path !== 'string' || path.trim() === '' || item.items.length > 1) {
    reportAt(
      ctx,
      at,
      'include-invalid',
      'an include item must be exactly `- include: <file, folder/ or glob>`',
      'Example: `- include: platform/namespaces.yaml`'
    )
    return
  }
  const targets: string[] = []
  for (const target of await includeTargets(ctx, scope.parsed.file, path, at))
    if (await checkIncludeOnce(ctx, scope, target, at)) targets.push(target)
  // Read a folder's files concurrently (the order of reads does not matter:
  // each is cached), then splice them strictly in the sorted order. A file
  // included among manifests may hold raw objects, which are only values.
  const read = kind === 'manifests' ? readRepoValues : readRepoYaml
  const files = await Promise.all(
    targets.map((target) => read(ctx, target, at, 'include'))
  )
  for (const [index, parsed] of files.entries()) {
    if (!parsed) continue
    const chain = [...scope.chain, targets[index] as string]
    await spliceFile(ctx, parsed, chain, listPointer, kind, out)
  }
}

/**
 * Reports an include cycle or a file included twice, the same file by its
 * real path (`includeKey`); true when it is fine.
 */
async function checkIncludeOnce(
  ctx: ComposeContext,
  scope: FileScope,
  target: string,
  at: SourceLocation & { pointer?: string }
): Promise<boolean> {
  const key = await includeKey(ctx, target)
  const first = ctx.includedAt.get(key)
  const chainKeys = await Promise.all(
    scope.chain.map((path) => includeKey(ctx, path))
  )
  const entered = chainKeys.indexOf(key)
  if (entered >= 0) {
    const cycle = [...scope.chain.slice(entered), target]
    reportAt(
      ctx,
      at,
      'include-cycle',
      `include cycle: ${cycle.join(' → ')}`,
      first
        ? `${cycle[0] ?? target} was entered at ${first.file}:${first.line}:${first.column}; remove one of the two includes.`
        : 'Remove one of the includes in the cycle.'
    )
    return false
  }
  if (first) {
    reportAt(
      ctx,
      at,
      'include-duplicate',
      `${target} is included twice in this cluster (first at ${first.file}:${first.line}:${first.column})`,
      'Include each file once; entries would otherwise be declared twice.'
    )
    return false
  }
  ctx.includedAt.set(key, {
    file: at.file,
    line: at.line,
    column: at.column
  })
  return true
}

/** Appends the entries of an included file to `out`. */
async function spliceFile(
  ctx: ComposeContext,
  file: ParsedFile,
  chain: string[],
  listPointer: string,
  kind: ListKind,
  out: unknown[]
): Promise<void> {
  if (kind === 'manifests' && spliceRawObjects(ctx, file, listPointer, out))
    return
  const parsed = documentsOf(ctx, file)
  for (const doc of parsed.documents) {
    const scope = documentScope(ctx, parsed, doc, chain)
    const items: MaybeNode[] = isSeq(doc.contents)
      ? doc.contents.items
      : [doc.contents]
    for (const node of items) {
      if (isMap(node) && node.has('include')) {
        await expandInclude(ctx, scope, node, listPointer, kind, out)
        continue
      }
      const pointer = childPointer(listPointer, out.length)
      out.push(await composeEntry(ctx, scope, node, pointer, kind))
    }
  }
}

/** Where a document starts, and whether it is a raw object (apiVersion + kind). */
interface DocumentStart {
  raw: boolean
  line: number
  column: number
}

/** The start of each document of a file, from its values or its Documents. */
function documentStarts(parsed: ParsedFile): DocumentStart[] {
  if ('values' in parsed) {
    return parsed.values.map(({ value, line, column }) => ({
      raw:
        isRecord(value) &&
        Object.hasOwn(value, 'apiVersion') &&
        Object.hasOwn(value, 'kind'),
      line,
      column
    }))
  }
  return parsed.documents.map((doc) => ({
    raw:
      isMap(doc.contents) &&
      doc.contents.has('apiVersion') &&
      doc.contents.has('kind'),
    ...positionOf(parsed, doc.contents?.range?.[0] ?? 0)
  }))
}

/**
 * Appends a file of raw objects as one manifest entry and returns true;
 * returns false when it holds none. A file that mixes raw objects with
 * entries is reported (and true returned: nothing is spliced).
 */
function spliceRawObjects(
  ctx: ComposeContext,
  parsed: ParsedFile,
  listPointer: string,
  out: unknown[]
): boolean {
  const starts = documentStarts(parsed)
  const [first] = starts
  if (!first || !starts.some((d) => d.raw)) return false
  const entry = starts.find((d) => !d.raw)
  if (entry) {
    reportAt(
      ctx,
      { file: parsed.file, line: entry.line, column: entry.column },
      'include-mixed-documents',
      `${parsed.file} mixes raw Kubernetes objects with manifest entries`,
      'Put raw objects (apiVersion + kind) and manifest entries (name + from_file/manifest) in separate files.'
    )
    return true
  }
  const pointer = childPointer(listPointer, out.length)
  out.push(rawManifestEntry(ctx, parsed, pointer, first))
  return true
}

/**
 * A file of raw Kubernetes objects becomes one manifest named after its path
 * without extension (raw-manifest-name.ts has the rule): paths are unique,
 * so files in different teams' folders never collide.
 */
function rawManifestEntry(
  ctx: ComposeContext,
  parsed: ParsedFile,
  pointer: string,
  first: DocumentStart
): Record<string, unknown> {
  const name = rawManifestName(ctx.definitionFile, parsed.file)
  const fromFile = parsed.file.slice(parsed.file.lastIndexOf('/') + 1)
  const position = { file: parsed.file, line: first.line, column: first.column }
  for (const p of [pointer, `${pointer}/name`, `${pointer}/from_file`]) {
    ctx.sourceMap.set(p, position)
  }
  ctx.references.set(`${pointer}/from_file`, { path: parsed.file, parsed })
  ctx.rawManifests.add(pointer)
  return { name, from_file: fromFile }
}
