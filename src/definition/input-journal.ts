/**
 * What the loader read, as a fingerprint that can be checked again without
 * loading: every file-system call the loader made (read, lstat, list,
 * realpath) and what it answered. The loader sees the repository only
 * through the FileSystem port, so the same calls answering the same way
 * mean the same definition, the same diagnostics and the same plan — the
 * rule build tools (make, ninja, Bazel) use to skip work, and the one Argo
 * CD's manifest cache keys on. A sync with nothing to do uses it to end
 * after one read of the cluster instead of validating again (sync/run-sync.ts).
 *
 * Paths are kept relative to the repository root, so a fresh checkout of
 * the same commit elsewhere (another runner, a laptop) checks the same.
 */
import { createHash } from 'node:crypto'
import { isAbsolute, relative, resolve, sep } from 'node:path'
import type { FileStat, FileSystem } from '../ports/fs.js'
import { isInside } from './guarded-read.js'
import { maxFileBytes } from './yaml-parse.js'

/** Which calls were made on one path: letters of `lprs` (list, realpath, read, stat). */
export type JournalReads = Record<string, string>

type Op = 'l' | 'p' | 'r' | 's'

/** What a journal keeps of each call. */
export interface JournalOptions {
  /**
   * False to record only which calls were made on which paths, not what
   * they answered: enough for `reads()` (fleet discovery asks only which
   * files a definition reads), and no hash of every file's bytes. Such a
   * journal has no digest.
   */
  answers?: boolean
}

/** Stands for every answer of a journal that records none. */
const unrecorded = Promise.resolve('')

/** Records the calls made through `fs` (see the file comment). */
export class InputJournal {
  private readonly answers = new Map<string, Promise<string>>()
  private readonly recordsAnswers: boolean

  constructor(
    private readonly root: string,
    options: JournalOptions = {}
  ) {
    this.recordsAnswers = options.answers ?? true
  }

  /** `fs`, with every call recorded. */
  wrap(fs: FileSystem): FileSystem {
    return {
      readFile: (path, maxBytes) =>
        this.track('r', path, fs.readFile(path, maxBytes)),
      stat: (path) => this.track('s', path, fs.stat(path)),
      readdir: (path) => this.track('l', path, fs.readdir(path)),
      realpath: (path) => this.track('p', path, fs.realpath(path))
    }
  }

  /**
   * Each call made, as its letter (of `lprs`) and path, in the order first
   * made; a path comes once per kind of call. Unsorted, for a caller that
   * only looks: reads() builds and sorts a record.
   */
  *calls(): Generator<[op: string, path: string]> {
    for (const key of this.answers.keys()) yield [key.slice(0, 1), key.slice(2)]
  }

  /** The paths and calls made, for storing next to the digest. */
  reads(): JournalReads {
    const reads: Record<string, Set<string>> = {}
    for (const key of this.answers.keys()) {
      const path = key.slice(2)
      ;(reads[path] ??= new Set()).add(key[0] as string)
    }
    return Object.fromEntries(
      Object.entries(reads)
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
        .map(([path, ops]) => [path, [...ops].sort().join('')])
    )
  }

  /**
   * The digest of every recorded answer under `key` (see `digestAnswers`).
   * Throws for a journal that records no answers.
   */
  async digest(key: string): Promise<string> {
    if (!this.recordsAnswers)
      throw new Error('this input journal records no answers to digest')
    const lines = await Promise.all(
      [...this.answers].map(async ([call, answer]) => `${call} ${await answer}`)
    )
    return digestAnswers(key, lines)
  }

  private track<T>(op: Op, path: string, call: Promise<T>): Promise<T> {
    const at = this.relativePath(path)
    // The loader asks each question once (memoizedFs); a repeat would ask
    // the same of the same file system, so the first answer stands.
    if (!this.answers.has(`${op} ${at}`)) {
      this.answers.set(
        `${op} ${at}`,
        this.recordsAnswers
          ? call.then(
              (value) => fingerprint(op, value, (p) => this.relativePath(p)),
              (error: unknown) => failed(error)
            )
          : unrecorded
      )
    }
    return call
  }

  private relativePath(path: string): string {
    return repoRelative(this.root, path)
  }
}

/**
 * Asks `fs` again every question `reads` names, as the loader asked it
 * under `root`, and returns the digest of the answers under `key`: equal to
 * the recorded digest exactly when every answer is the same.
 */
export async function replayDigest(
  fs: FileSystem,
  root: string,
  reads: JournalReads,
  key: string
): Promise<string> {
  const calls: Promise<string>[] = []
  for (const [path, ops] of Object.entries(reads)) {
    const absolute = absoluteOf(root, path)
    // Most realpaths answer the path itself: no need to work it out again.
    const relativize = (p: string): string =>
      p === absolute ? path : repoRelative(root, p)
    for (const op of ops) {
      calls.push(
        ask(fs, op, absolute).then(
          (value) =>
            `${op} ${path} ${fingerprint(op as Op, value, relativize)}`,
          (error: unknown) => `${op} ${path} ${failed(error)}`
        )
      )
    }
  }
  return digestAnswers(key, await Promise.all(calls))
}

/** One recorded question, asked again; a throwing port counts as a failed call. */
function ask(fs: FileSystem, op: string, path: string): Promise<unknown> {
  try {
    switch (op) {
      case 'r':
        // The loader reads every file with the guarded reader's limit.
        return fs.readFile(path, maxFileBytes)
      case 's':
        return fs.stat(path)
      case 'l':
        return fs.readdir(path)
      case 'p':
        return fs.realpath(path)
      default:
        return Promise.reject(new Error(`unknown call "${op}"`))
    }
  } catch (error) {
    return Promise.reject(
      error instanceof Error ? error : new Error(String(error))
    )
  }
}

/**
 * `resolve(root, path)`. A path as the journal writes it (no `.`, `..` or
 * empty part) is joined as it is: resolve() normalises every part and asks
 * for the working folder; it had 2.4 ms of self time in the CPU profile of
 * a 1,000-object no-op (not all of it from here).
 */
function absoluteOf(root: string, path: string): string {
  if (path === '.') return root
  const plain = !path
    .split('/')
    .some((p) => p === '' || p === '.' || p === '..')
  return plain && isAbsolute(root) && !root.endsWith(sep)
    ? `${root}${sep}${path.split('/').join(sep)}`
    : resolve(root, path)
}

/** sha256 over the key and the sorted answer lines. */
function digestAnswers(key: string, lines: string[]): string {
  const hash = createHash('sha256').update(key).update('\n')
  for (const line of lines.sort()) hash.update(line).update('\n')
  return hash.digest('hex')
}

/** A path relative to the root ('.' for the root), or as given outside it. */
function repoRelative(root: string, path: string): string {
  // The loader's paths are the root joined with plain parts: cut the root
  // off. relative() and resolve() normalise every part and ask for the
  // working folder; fleet discovery journals every file of every cluster
  // definition, and they were a tenth of its CPU profile.
  if (
    path.startsWith(root) &&
    path[root.length] === sep &&
    isAbsolute(root) &&
    !root.endsWith(sep)
  ) {
    const rest = path.slice(root.length + 1)
    const parts = rest.split(sep)
    if (!parts.some((p) => p === '' || p === '.' || p === '..'))
      return parts.join('/')
  }
  const rel = relative(root, path)
  if (rel === '') return '.'
  if (!isInside(root, path) || resolve(root, rel) !== resolve(path)) return path
  return rel.split(sep).join('/')
}

function fingerprint(
  op: Op,
  value: unknown,
  relativize: (path: string) => string
): string {
  switch (op) {
    case 'r':
      return createHash('sha256')
        .update(value as Uint8Array)
        .digest('hex')
    case 's': {
      // A folder's size is the file system's business (it differs between
      // checkouts of the same tree); a file's is its content's.
      const s = value as FileStat
      if (s.isDirectory) return 'dir'
      // A FIFO and a device are refused in different words: name the kind.
      return `${s.isFile ? 'file' : s.isSymbolicLink ? 'link' : s.kind}:${s.size}`
    }
    case 'l':
      // The loader sorts what it lists, so only the names count.
      return JSON.stringify([...(value as string[])].sort())
    case 'p':
      return relativize(value as string)
  }
}

function failed(error: unknown): string {
  const code = (error as { code?: unknown } | undefined)?.code
  return `!${typeof code === 'string' ? code : 'error'}`
}
