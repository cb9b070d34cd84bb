/**
 * Reading repository files for the loader: every path is repository-relative
 * (forward slashes), must stay inside the repository root — lexically and
 * after symlinks are resolved — and every refusal is a diagnostic at the
 * place that referenced the file, never a throw.
 */
import { posix } from 'node:path'
import type { Diagnostic, SourceLocation } from '../diagnostics.js'
import type { FileStat, FileSystem } from '../ports/fs.js'
import {
  absoluteIn,
  isInside,
  readGuarded,
  readRoot,
  realPathInside,
  type Refusal
} from './guarded-read.js'
import { SourceMap } from './source-map.js'
import {
  decodeUtf8,
  maxFileBytes,
  parseYamlText,
  parseYamlValues,
  type ParsedFile,
  type ParsedYaml
} from './yaml-parse.js'
import { documentsFromValues } from './reads-only.js'

/** Shared state of one `loadDefinition` run. */
export interface LoaderContext {
  fs: FileSystem
  /** Absolute repository root, as given. */
  root: string
  /** The root with symlinks resolved, for the "stays inside" check. */
  realRoot: string
  diagnostics: Diagnostic[]
  sourceMap: SourceMap
  /** Every repository file read, repository-relative. */
  filesRead: Set<string>
  /**
   * Parsed files by path; `undefined` when reading failed (already
   * reported). A file read for its values may hold them only.
   */
  cache: Map<string, ParsedFile | undefined>
  /**
   * Regular files (not symlinks) found while listing a folder whose real
   * path was already checked: their real path and lstat are known, so
   * reading them needs neither another realpath nor another stat.
   */
  listed: Map<string, { real: string; stat: FileStat }>
  /**
   * File contents read ahead (see `prefetch`) by real path, each taken by
   * the one read that needs it, so no file's bytes outlive their parsing.
   */
  readAhead: Map<string, Promise<Uint8Array>>
  /** Only which files are read matters (see `LoadOptions.readsOnly`). */
  readsOnly: boolean
}

/** Where a path was written, for diagnostics about it. */
export type Referrer = SourceLocation & { pointer?: string }

/** Creates the context, resolving the root's real path once. */
export async function createLoaderContext(
  fs: FileSystem,
  root: string,
  readsOnly = false
): Promise<LoaderContext> {
  const { realRoot } = await readRoot(fs, root)
  return {
    fs: memoizedFs(fs),
    root,
    realRoot,
    diagnostics: [],
    sourceMap: new SourceMap(),
    filesRead: new Set(),
    cache: new Map(),
    listed: new Map(),
    readAhead: new Map(),
    readsOnly
  }
}

/**
 * Starts the file-system calls that reading `reference` (relative to
 * `fromFile`) will make, without waiting and without reporting anything:
 * the loader reads its files one after the other (diagnostics keep their
 * order), and overlapping those waits saved ~0.1 s at 100 files with
 * fs/promises. The Node adapter now answers synchronously (node-fs.ts), so
 * there it only moves the reads earlier; a slower file system still gains.
 * A failure waits, unreported, for the real read, which reports it as before.
 */
export function prefetch(
  ctx: LoaderContext,
  fromFile: string,
  reference: unknown
): void {
  // Reading only for the paths, nothing is read ahead: the files entries
  // point at are looked up, never read (reads-only.ts).
  if (ctx.readsOnly || typeof reference !== 'string' || reference === '') return
  const joined = joinInRepo(fromFile, reference)
  if (typeof joined !== 'string' || ctx.cache.has(joined)) return
  const quiet = (p: Promise<unknown>): void => void p.catch(() => undefined)
  const real = ctx.fs.realpath(absolutePath(ctx, joined))
  quiet(
    real.then(async (path) => {
      // Never read ahead what the real read will refuse to read.
      if (!isInside(ctx.realRoot, path)) return
      const stat = await ctx.fs.stat(path)
      if (
        stat.kind === 'file' &&
        stat.size <= maxFileBytes &&
        !ctx.readAhead.has(path)
      ) {
        const bytes = ctx.fs.readFile(path, maxFileBytes)
        quiet(bytes)
        ctx.readAhead.set(path, bytes)
      }
    })
  )
}

/**
 * The loader's view of the file system: each look-up (realpath, stat,
 * readdir) is made once per path and run, so a prefetched answer is the one
 * the real read gets; file contents are not kept here (see `readAhead`).
 */
function memoizedFs(fs: FileSystem): FileSystem {
  const memo = new Map<string, Promise<unknown>>()
  const once = <T>(key: string, call: () => Promise<T>): Promise<T> => {
    let answer = memo.get(key) as Promise<T> | undefined
    if (!answer) {
      answer = call()
      // Rejections are for whoever awaits; an unawaited prefetch is no crash.
      answer.catch(() => undefined)
      memo.set(key, answer)
    }
    return answer
  }
  return {
    readFile: (path, maxBytes) => fs.readFile(path, maxBytes),
    stat: (path) => once(`stat:${path}`, () => fs.stat(path)),
    readdir: (path) => once(`dir:${path}`, () => fs.readdir(path)),
    realpath: (path) => once(`real:${path}`, () => fs.realpath(path))
  }
}

/** Adds an error diagnostic at `at`. */
export function reportAt(
  ctx: LoaderContext,
  at: Referrer,
  code: string,
  message: string,
  hint?: string
): void {
  ctx.diagnostics.push({
    severity: 'error',
    code,
    message,
    file: at.file,
    line: at.line,
    column: at.column,
    pointer: at.pointer,
    hint
  })
}

/**
 * Resolves `reference` relative to the folder of `fromFile`; returns the
 * repository-relative path, or undefined (after reporting) when it leaves the
 * repository or is absolute.
 */
export function resolveInRepo(
  ctx: LoaderContext,
  fromFile: string,
  reference: string,
  at: Referrer,
  what: string
): string | undefined {
  const joined = joinInRepo(fromFile, reference)
  if (typeof joined === 'string') return joined
  if (joined.absolute) {
    reportAt(
      ctx,
      at,
      'path-escapes-repository',
      `${what} "${reference}" is an absolute path`,
      'Write paths relative to the file that contains them.'
    )
    return undefined
  }
  reportAt(
    ctx,
    at,
    'path-escapes-repository',
    `${what} "${reference}" leaves the repository (it resolves to ${joined.resolved})`,
    `Paths are relative to ${fromFile}; ".." may climb to the repository root but not above it.`
  )
  return undefined
}

/**
 * The repository-relative path `reference` names from `fromFile`, or why it
 * names none (absolute, or above the root). Pure: the loader's read and its
 * read-ahead resolve alike.
 */
function joinInRepo(
  fromFile: string,
  reference: string
): string | { absolute: true } | { absolute: false; resolved: string } {
  if (reference.startsWith('/') || /^[A-Za-z]:[\\/]/.test(reference))
    return { absolute: true }
  const joined = posix.normalize(posix.join(posix.dirname(fromFile), reference))
  if (joined === '..' || joined.startsWith('../'))
    return { absolute: false, resolved: joined }
  return joined === '.' ? '' : joined.replace(/\/$/, '')
}

/** The absolute path of a repository-relative path. */
export function absolutePath(ctx: LoaderContext, path: string): string {
  return absoluteIn(ctx.root, path)
}

/** Reports a refusal of the guarded reader at `at`. */
export function reportRefusal(
  ctx: LoaderContext,
  at: Referrer,
  refusal: Refusal
): void {
  reportAt(ctx, at, refusal.code, refusal.message, refusal.hint)
}

/**
 * Checks that `path` exists and, after resolving symlinks, is still inside
 * the repository. Reports `file-not-found` or `path-escapes-repository`.
 */
export async function checkRealPath(
  ctx: LoaderContext,
  path: string,
  at: Referrer,
  what: string
): Promise<boolean> {
  return (await realPathInRepo(ctx, path, at, what)) !== undefined
}

/** Like checkRealPath, but resolves with the real path (undefined after reporting). */
export async function realPathInRepo(
  ctx: LoaderContext,
  path: string,
  at: Referrer,
  what: string
): Promise<string | undefined> {
  const real = await realPathInside(ctx.fs, ctx, path, what)
  if (typeof real === 'string') return real
  reportRefusal(ctx, at, real.refused)
  return undefined
}

/**
 * Reads and parses a YAML file of the repository, once per run. Returns
 * undefined after reporting when it is missing, a folder, too large, not
 * UTF-8, outside the repository, or has no valid document.
 */
export async function readRepoYaml(
  ctx: LoaderContext,
  path: string,
  at: Referrer,
  what: string
): Promise<ParsedYaml | undefined> {
  // For the paths only, a file's Documents are made from its values where
  // the fast path vouches for them: the same composition, without `yaml`'s
  // parse, which was most of the reads-only load of a definition.
  const parse = ctx.readsOnly ? parseYamlValues : parseYamlText
  const parsed = await readCached(ctx, path, at, what, (text, file, found) =>
    parse(text, file, found, 'definition')
  )
  return parsed && documentsOf(ctx, parsed)
}

/**
 * Like {@link readRepoYaml}, for a file whose documents are only turned into
 * values (from_file manifests and Helm values, included raw objects): it
 * may take the js-yaml fast path and hold values only.
 */
export async function readRepoValues(
  ctx: LoaderContext,
  path: string,
  at: Referrer,
  what: string
): Promise<ParsedFile | undefined> {
  return readCached(ctx, path, at, what, (text, file, found) =>
    parseYamlValues(text, file, found, 'objects')
  )
}

/**
 * The Documents of a parsed file. A file read on the fast path is parsed
 * again with `yaml` (which then reports any problem, as it would have) and
 * cached so.
 */
export function documentsOf(
  ctx: LoaderContext,
  parsed: ParsedFile
): ParsedYaml {
  if (!('values' in parsed)) return parsed
  const documents = ctx.readsOnly
    ? documentsFromValues(parsed)
    : parseYamlText(parsed.text, parsed.file, ctx.diagnostics, parsed.reader)
  ctx.cache.set(parsed.file, documents)
  return documents
}

async function readCached(
  ctx: LoaderContext,
  path: string,
  at: Referrer,
  what: string,
  parse: (text: string, file: string, diagnostics: Diagnostic[]) => ParsedFile
): Promise<ParsedFile | undefined> {
  if (ctx.cache.has(path)) return ctx.cache.get(path)
  const parsed = await readUncached(ctx, path, at, what, parse)
  ctx.cache.set(path, parsed)
  return parsed
}

async function readUncached(
  ctx: LoaderContext,
  path: string,
  at: Referrer,
  what: string,
  parse: (text: string, file: string, diagnostics: Diagnostic[]) => ParsedFile
): Promise<ParsedFile | undefined> {
  const known = ctx.listed.get(path)
  ctx.listed.delete(path)
  const read = await readGuarded(ctx.fs, ctx, path, what, {
    ...(known ? { known } : {}),
    read: (real) => {
      const ahead = ctx.readAhead.get(real)
      ctx.readAhead.delete(real)
      return ahead
    }
  })
  if ('refused' in read) {
    reportRefusal(ctx, at, read.refused)
    return undefined
  }
  ctx.filesRead.add(path)
  const text = decodeUtf8(read.bytes, path, ctx.diagnostics)
  return text === undefined ? undefined : parse(text, path, ctx.diagnostics)
}
