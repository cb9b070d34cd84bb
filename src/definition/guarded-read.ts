/**
 * The one guarded way to read a file a repository names: the definition,
 * includes, `from_file`, values files, chart folders, registry folders, and
 * the Action's early look at the cluster's name. A pull request writes these
 * files, and the Action reads them before any check and for forks too, so
 * every read is refused, as data and never a throw, unless the path
 *
 * - stays inside the root, lexically and after symlinks (compared by path
 *   segments, so `..config.yaml` is inside and `../x` is not);
 * - is a regular file: a FIFO would hang the run, a device (a link to
 *   /dev/zero) would fill its memory, a socket is no file at all;
 * - is at most `maxBytes` long, checked before reading, and read with that
 *   cap (the FileSystem port's contract), so a file that grows or lies
 *   about its size is still never read past the limit.
 */
import { errorCode } from '../errors.js'
import { isAbsolute, join, posix, relative, sep } from 'node:path'
import type { FileStat, FileSystem } from '../ports/fs.js'

/** Files larger than this are refused before they are read (5 MiB). */
export const maxFileBytes = 5 * 1024 * 1024

/** A root to read inside: as given, and with its symlinks resolved. */
export interface ReadRoot {
  root: string
  realRoot: string
}

/** Why a file was not read: a diagnostic's code, message and hint. */
export interface Refusal {
  code:
    | 'file-not-found'
    | 'path-escapes-repository'
    | 'not-a-file'
    | 'file-too-large'
    | 'path-in-git-folder'
  message: string
  hint?: string
}

/** A read file, or why it was not read. */
export type GuardedRead =
  { bytes: Uint8Array; real: string } | { refused: Refusal }

/**
 * True when `path` is the absolute `root`, a separator, and names that are
 * neither empty, `.` nor `..` (split at either slash, which can only send
 * more paths to relative()): below the root without resolving anything.
 * Real paths under a real root are all of this form, and relative()
 * resolves both paths, asking for the working folder, on every call.
 */
function isPlainlyBelow(root: string, path: string): boolean {
  if (
    !isAbsolute(root) ||
    root.endsWith(sep) ||
    !path.startsWith(root) ||
    path[root.length] !== sep
  )
    return false
  return !path
    .slice(root.length + 1)
    .split(/[\\/]/)
    .some((name) => name === '' || name === '.' || name === '..')
}

/** Resolves the root's real path once; a missing root stays as given. */
export async function readRoot(
  fs: FileSystem,
  root: string
): Promise<ReadRoot> {
  try {
    return { root, realRoot: await fs.realpath(root) }
  } catch {
    // A missing root shows up as a missing file right after.
    return { root, realRoot: root }
  }
}

/** True when `path` is `root` or below it, compared segment by segment. */
export function isInside(root: string, path: string): boolean {
  if (isPlainlyBelow(root, path)) return true
  const rel = relative(root, path)
  return !(rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel))
}

/** True when a repository-relative path climbs above the root. */
export function climbsOut(path: string): boolean {
  const normal = posix.normalize(path)
  return normal === '..' || normal.startsWith('../') || posix.isAbsolute(path)
}

/** The absolute path of a repository-relative path. */
export function absoluteIn(root: string, path: string): string {
  return path === '' ? root : join(root, ...path.split('/'))
}

/**
 * The real path of `path` (repository-relative) when it exists and stays
 * inside the root, or why not. `what` names the file in messages
 * ("include", "the cluster definition").
 */
export async function realPathInside(
  fs: FileSystem,
  at: ReadRoot,
  path: string,
  what: string
): Promise<string | { refused: Refusal }> {
  if (climbsOut(path))
    return refuse(
      'path-escapes-repository',
      `${what} "${path}" leaves the repository`,
      'Write paths relative to the file that contains them, inside the repository.'
    )
  let real: string
  try {
    real = await fs.realpath(absoluteIn(at.root, path))
  } catch (error) {
    if (errorCode(error) === 'ELOOP')
      return refuse(
        'file-not-found',
        `${what} "${path}" is a symbolic link whose links loop and never reach a file`,
        'Replace the link with the file or folder it should name.'
      )
    return refuse(
      'file-not-found',
      `${what} "${path}" does not exist`,
      'Check the spelling; paths are relative to the file that contains them.'
    )
  }
  if (!isInside(at.realRoot, real))
    return refuse(
      'path-escapes-repository',
      `${what} "${path}" is a symbolic link to a place outside the repository`,
      'Copy the file into the repository instead of linking to it.'
    )
  if (inGitFolder(path) || inGitFolder(relative(at.realRoot, real)))
    return refuse(
      'path-in-git-folder',
      `${what} "${path}" is inside .git/, which holds the checkout's own data (in CI, its credentials); it is never read`,
      'Name a file of the repository, outside .git/.'
    )
  return real
}

/** True when a path has a `.git` folder among its parts (any letter case). */
export function inGitFolder(path: string): boolean {
  return path.split(/[\\/]/).some((part) => part.toLowerCase() === '.git')
}

/**
 * Whether what lies at the real path `real` may be read: a regular file of
 * at most `maxBytes`. `stat` is its lstat when already known.
 */
export function refuseUnreadable(
  stat: FileStat,
  path: string,
  what: string,
  maxBytes = maxFileBytes
): { refused: Refusal } | undefined {
  if (stat.kind === 'folder')
    return refuse(
      'not-a-file',
      `${what} "${path}" is a folder, not a file`,
      'Name a .yaml file here (includes accept folders; from_file does not).'
    )
  if (stat.kind !== 'file') return notRegular(path, what, stat.kind)
  if (stat.size > maxBytes)
    return refuse(
      'file-too-large',
      `${what} "${path}" is ${stat.size} bytes; the limit is ${limitText(maxBytes)}`,
      'Split it into several files and include them.'
    )
  return undefined
}

/**
 * Reads `path` (repository-relative) under every guard of the file
 * comment. `known` is the real path and lstat when a folder listing
 * already found them; `read` replaces the read itself (a read-ahead of the
 * same real path, started only after the same checks).
 */
export async function readGuarded(
  fs: FileSystem,
  at: ReadRoot,
  path: string,
  what: string,
  options: {
    maxBytes?: number
    known?: { real: string; stat: FileStat }
    read?: (real: string) => Promise<Uint8Array> | undefined
  } = {}
): Promise<GuardedRead> {
  const maxBytes = options.maxBytes ?? maxFileBytes
  const real = options.known?.real ?? (await realPathInside(fs, at, path, what))
  if (typeof real !== 'string') return real
  try {
    const stat = options.known?.stat ?? (await fs.stat(real))
    const refused = refuseUnreadable(stat, path, what, maxBytes)
    if (refused) return refused
    const bytes = await (options.read?.(real) ?? fs.readFile(real, maxBytes))
    return { bytes, real }
  } catch (error) {
    return failedRead(error, path, what, maxBytes)
  }
}

/** A read that failed after its checks passed: the file changed under us. */
function failedRead(
  error: unknown,
  path: string,
  what: string,
  maxBytes: number
): { refused: Refusal } {
  const { code, kind } = (error ?? {}) as { code?: unknown; kind?: unknown }
  if (code === 'EFBIG')
    return refuse(
      'file-too-large',
      `${what} "${path}" grew past the limit of ${limitText(maxBytes)} while it was read`,
      'Split it into several files and include them.'
    )
  if (code === 'EFTYPE' || code === 'EISDIR')
    return notRegular(path, what, typeof kind === 'string' ? kind : 'folder')
  // A race (deleted between checks) or a permission problem: the user can
  // fix it, so it is a refusal, not a crash.
  return refuse('file-not-found', `${what} "${path}" could not be read`)
}

function notRegular(
  path: string,
  what: string,
  kind: string
): { refused: Refusal } {
  return refuse(
    'not-a-file',
    `${what} "${path}" is a ${kind}, not a file`,
    'Replace it with a regular file: ClusterSync reads only regular files, since a FIFO, socket or device can hang a run or fill its memory.'
  )
}

function limitText(maxBytes: number): string {
  const mib = maxBytes / (1024 * 1024)
  return Number.isInteger(mib)
    ? `${maxBytes} bytes (${mib} MiB)`
    : `${maxBytes} bytes`
}

function refuse(
  code: Refusal['code'],
  message: string,
  hint?: string
): { refused: Refusal } {
  return {
    refused: hint === undefined ? { code, message } : { code, message, hint }
  }
}
