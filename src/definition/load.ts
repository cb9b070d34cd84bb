/**
 * `loadDefinition`: reads a cluster definition and everything it includes or
 * refers to through the FileSystem port, and returns the composed document
 * with a source map. User mistakes (missing files, bad YAML, escaping paths,
 * include cycles) are diagnostics; it never throws for them.
 */
import { compareText, type Diagnostic } from '../diagnostics.js'
import type { FileSystem } from '../ports/fs.js'
import {
  composeRoot,
  documentScope,
  includeKey,
  type ComposeContext
} from './compose.js'
import type { ReferencedFile } from './references.js'
import { createLoaderContext, readRepoYaml } from './repo-files.js'
import type { SourceMap } from './source-map.js'

export interface LoadOptions {
  fs: FileSystem
  /** Absolute path of the repository root. */
  root: string
  /** Repository-relative path of the definition (forward slashes). */
  file: string
  /**
   * Load only to learn which files the definition reads (fleet discovery,
   * fleet/discover.ts): every path is asked about as in a full load, but the
   * files entries point at (`from_file`, values) are not read or parsed,
   * since their contents name no other file, and documents come from the
   * YAML fast path where it vouches for them. The document, references and
   * diagnostics are then incomplete and not for validating. `files` are a
   * full load's, and so are the paths asked about through `fs`, besides the
   * folders whose real path stands for their files' (reads-only.ts).
   */
  readsOnly?: boolean
}

/** The composed definition, before validation. */
export interface LoadedDefinition {
  root: string
  /** Repository-relative path of the root definition file. */
  file: string
  /** The root document with every include expanded; undefined when it could not be read. */
  document: unknown
  /** JSON pointer (into `document`) → where the value was written. */
  sourceMap: SourceMap
  /**
   * Files that entries point at, keyed by the pointer of the path value
   * (`/spec/stacks/0/manifests/1/from_file`). Missing keys mean the loader
   * already reported the problem.
   */
  references: Map<string, ReferencedFile>
  /** Pointers of manifests made from included files of raw Kubernetes objects. */
  rawManifests: Set<string>
  /** Every repository file read, sorted. */
  files: string[]
  diagnostics: Diagnostic[]
}

/** Loads and composes the definition; resolves even when the input is broken. */
export async function loadDefinition(
  options: LoadOptions
): Promise<LoadedDefinition> {
  const base = await createLoaderContext(
    options.fs,
    options.root,
    options.readsOnly
  )
  const file = options.file.split('\\').join('/')
  const ctx: ComposeContext = {
    ...base,
    definitionFile: file,
    references: new Map(),
    rawManifests: new Set(),
    includedAt: new Map(),
    includeKeys: new Map()
  }
  const at = { file, line: 1, column: 1 }
  ctx.includedAt.set(await includeKey(ctx, file), at)
  const parsed = await readRepoYaml(ctx, file, at, 'the cluster definition')
  let document: unknown
  const [first, ...others] = parsed?.documents ?? []
  if (parsed && first) {
    if (others.length > 0) {
      const start = others[0]?.contents?.range?.[0] ?? 0
      const { line, col } = parsed.lineCounter.linePos(start)
      ctx.diagnostics.push({
        severity: 'error',
        code: 'definition-multiple-documents',
        message: `${file} holds ${others.length + 1} YAML documents; a cluster definition is one document`,
        file,
        line,
        column: col,
        hint: 'Move the other documents into files of their own and include them.'
      })
    }
    document = await composeRoot(ctx, documentScope(ctx, parsed, first, [file]))
  } else if (parsed && ctx.diagnostics.length === 0) {
    ctx.diagnostics.push({
      severity: 'error',
      code: 'definition-empty',
      message: `${file} is empty`,
      file,
      line: 1,
      column: 1,
      hint: 'Start from `apiVersion: v1`, `kind: ImportCluster`, `metadata: {name: …}`, `spec: {stacks: […]}`.'
    })
  }
  return {
    root: options.root,
    file,
    document,
    sourceMap: ctx.sourceMap,
    references: ctx.references,
    rawManifests: ctx.rawManifests,
    files: [...ctx.filesRead].sort(compareText),
    diagnostics: ctx.diagnostics
  }
}
