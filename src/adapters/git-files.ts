/**
 * What `git rev-parse --show-toplevel`, `git rev-parse HEAD` and
 * `git rev-parse --abbrev-ref HEAD` would print, read from git's own files
 * with no git process.
 *
 * Why: the three `git rev-parse` processes took 7.2–9.6 ms together on a
 * 2-CPU runner, and up to 16 ms while a sync's TLS handshake competed with
 * them, where a no-op sync has ~0.12 s in all. The reader
 * answers only for the plain layouts git writes itself; wherever git could
 * print something else it is unsure (undefined) and the caller runs git as
 * before, so the answer is git's either way. It is unsure when:
 * - a GIT_* variable that steers discovery, config or refs is set, or the
 *   platform has no effective uid (Windows checks ownership its own way);
 * - discovery meets anything but a valid `.git` folder or `gitdir:` file
 *   (an invalid `.git`, a bare repository, a `.git` path component);
 * - the work tree, `.git`, the git dir or the common dir belongs to another
 *   user (git refuses those unless safe.directory says otherwise);
 * - the repository config sets core.worktree, core.bare, an include, an
 *   unknown format version or extension, or the refs are in a reftable;
 * - HEAD is neither a hex id nor `ref: refs/heads/<well-formed name>`, or
 *   the branch is unborn, symbolic or malformed;
 * - another ref matches the branch's short name, so `--abbrev-ref` (strict,
 *   git's default) would print more of it (a tag `main` → `heads/main`).
 * Where git finds no repository (walking up to `/`, or to a mount point as
 * it does by default) the answer is 'none'.
 */
import {
  lstatSync,
  readFileSync,
  realpathSync,
  statSync,
  type Stats
} from 'node:fs'
import { dirname, join } from 'node:path'
import { formatOf, settingsOf, textOf } from './git-config.js'

/** What git would print for a folder in a work tree. */
export interface CheckoutHead {
  /** `git rev-parse --show-toplevel` (an absolute real path, symlinks resolved). */
  top: string
  /** `git rev-parse HEAD` (40 or 64 hex digits). */
  commit: string
  /** `git rev-parse --abbrev-ref HEAD`, or undefined where git prints `HEAD` (detached). */
  branch?: string
}

/**
 * Variables that change where git looks, what config it reads or how refs
 * resolve. Conservative: set at all, even empty, means unsure. The last two
 * are git's own test switch for the ownership check and a setup internal.
 */
const unsureVariables = [
  'GIT_DIR',
  'GIT_WORK_TREE',
  'GIT_COMMON_DIR',
  'GIT_CEILING_DIRECTORIES',
  'GIT_DISCOVERY_ACROSS_FILESYSTEM',
  'GIT_NAMESPACE',
  'GIT_CONFIG_PARAMETERS',
  'GIT_CONFIG_COUNT',
  'GIT_REF_PARANOIA',
  'GIT_INDEX_FILE',
  'GIT_OBJECT_DIRECTORY',
  'GIT_TEST_ASSUME_DIFFERENT_OWNER',
  'GIT_IMPLICIT_WORK_TREE'
]

/** Where `.git` was found: the work tree's top, `.git` and the real git dir. */
interface Found {
  top: string
  dotGit: string
  gitDir: string
  common: string
}

/**
 * What git would answer for `folder`, read from git's files with synchronous
 * node:fs calls: a CheckoutHead; 'none' where git would say "not a git
 * repository" (walked up to the file-system root, or to a mount point,
 * finding nothing); undefined when unsure — the caller then asks git itself.
 * Never throws.
 */
export function readCheckout(
  folder: string,
  env: Readonly<Record<string, string | undefined>>
): CheckoutHead | 'none' | undefined {
  try {
    return readOrThrow(folder, env)
  } catch {
    // An unexpected file-system error: git may see it differently, so ask it.
    return undefined
  }
}

/**
 * readCheckout, answered once per folder: a sync asks for the top, the
 * commit and the branch, mostly of the same folder, within one process.
 */
export function createCheckoutReader(
  env: Readonly<Record<string, string | undefined>>
): (folder: string) => CheckoutHead | 'none' | undefined {
  const answers = new Map<string, CheckoutHead | 'none' | undefined>()
  return (folder) => {
    if (!answers.has(folder)) answers.set(folder, readCheckout(folder, env))
    return answers.get(folder)
  }
}

function readOrThrow(
  folder: string,
  env: Readonly<Record<string, string | undefined>>
): CheckoutHead | 'none' | undefined {
  if (unsureVariables.some((name) => env[name] !== undefined)) return undefined
  const uid = process.geteuid?.()
  if (uid === undefined) return undefined
  // git starts from getcwd(), which is a real path.
  const start = realpathSync.native(folder)
  // Inside a git dir git treats it as bare or worse; not worth mimicking.
  if (start.split('/').includes('.git')) return undefined
  if (!statSync(start).isDirectory()) return undefined
  const found = discover(start)
  if (found === undefined) return undefined
  if (found === 'none') return 'none'
  const { top, dotGit, gitDir, common } = found
  if (![top, dotGit, gitDir, common].every((p) => lstatSync(p).uid === uid))
    return undefined
  // macOS git may precompose Unicode in paths; only ASCII is certain there.
  if (process.platform === 'darwin' && !/^[\x20-\x7e]*$/.test(top))
    return undefined
  const hexLength = hexLengthOf(gitDir, common)
  return hexLength === undefined ? undefined : headOf(found, hexLength)
}

/** setup_git_directory's walk from `start` up; see the file comment. */
function discover(start: string): Found | 'none' | undefined {
  const device = statSync(start, { bigint: true }).dev
  for (let dir = start; ;) {
    const found = gitDirAt(dir)
    if (found !== 'absent') return found
    const parent = dirname(dir)
    // git stops at the root and, by default, at a file-system boundary.
    if (parent === dir) return 'none'
    if (statSync(parent, { bigint: true }).dev !== device) return 'none'
    dir = parent
  }
}

/** The repository whose `.git` is in `dir`; 'absent' to walk on. */
function gitDirAt(dir: string): Found | 'absent' | undefined {
  const dotGit = join(dir, '.git')
  const stats = lstatOrMissing(dotGit)
  if (stats === undefined) return looksLikeGitDir(dir) ? undefined : 'absent'
  // An invalid `.git` folder makes git walk on by rules not worth copying;
  // an invalid `.git` file makes it fail. Either way: unsure.
  const target = stats.isDirectory()
    ? dotGit
    : stats.isFile()
      ? gitFileTarget(dotGit)
      : undefined
  const gitDir = target === undefined ? undefined : realpathOrMissing(target)
  const common = gitDir === undefined ? undefined : commonIfGitDir(gitDir)
  if (gitDir === undefined || common === undefined) return undefined
  return { top: dir, dotGit, gitDir, common }
}

/** True where git might take `dir` for a bare repository (a superset). */
function looksLikeGitDir(dir: string): boolean {
  const has = (name: string): boolean => exists(join(dir, name))
  return has('HEAD') && (has('commondir') || (has('objects') && has('refs')))
}

/** The path in a `gitdir: <path>` file, as read_gitfile_gently builds it. */
function gitFileTarget(dotGit: string): string | undefined {
  const text = textOf(readFileSync(dotGit))
  if (text === undefined || !text.startsWith('gitdir: ')) return undefined
  // git strips only line ends; any other space belongs to the path.
  const path = text.slice('gitdir: '.length).replace(/[\r\n]+$/, '')
  if (path === '' || path.includes('\0')) return undefined
  // Relative to the file's folder by plain concatenation, as git does, so
  // `..` after a symlink means what the kernel says.
  return path.startsWith('/') ? path : dotGit.slice(0, -'.git'.length) + path
}

/** The common dir when `gitDir` is a valid git dir (is_git_directory). */
function commonIfGitDir(gitDir: string): string | undefined {
  if (lstatOrMissing(join(gitDir, 'HEAD'))?.isFile() !== true) return undefined
  const common = commonDirOf(gitDir)
  if (common === undefined) return undefined
  const isDir = (name: string): boolean =>
    statOrMissing(join(common, name))?.isDirectory() === true
  return isDir('objects') && isDir('refs') ? common : undefined
}

/** `<gitDir>/commondir` (a linked worktree's shared repository), else gitDir. */
function commonDirOf(gitDir: string): string | undefined {
  const file = readOrMissing(join(gitDir, 'commondir'))
  if (file === undefined) return gitDir
  const path = textOf(file)?.replace(/[\r\n]+$/, '')
  if (path === undefined || path === '' || path.includes('\0')) return undefined
  return realpathOrMissing(path.startsWith('/') ? path : `${gitDir}/${path}`)
}

/** Hex digits per object id, when the config holds nothing to be unsure of. */
function hexLengthOf(gitDir: string, common: string): number | undefined {
  if (exists(join(common, 'reftable'))) return undefined
  const config = readOrMissing(join(common, 'config'))
  const settings = config === undefined ? undefined : settingsOf(config)
  const worktreeFile = readOrMissing(join(gitDir, 'config.worktree'))
  // A linked worktree's own config may set what matters; none of it is usual.
  if (worktreeFile !== undefined && settingsOf(worktreeFile)?.size !== 0)
    return undefined
  return settings === undefined ? undefined : formatOf(settings)
}

/** The answer from HEAD: detached, or on a branch resolved in the refs. */
function headOf(found: Found, hexLength: number): CheckoutHead | undefined {
  const head = refTextOf(join(found.gitDir, 'HEAD'))
  if (head === undefined) return undefined
  if (isHex(head, hexLength)) return { top: found.top, commit: head }
  const target = /^ref:[ \t\n\r]*refs\/heads\/(.*)$/.exec(head)?.[1]
  if (target === undefined || !isPlainBranchName(target)) return undefined
  const packed = packedRefsOf(found.common)
  if (packed === undefined) return undefined
  const commit = branchCommitOf(found.common, target, packed, hexLength)
  if (commit === undefined || isAmbiguous(found, target, packed, hexLength))
    return undefined
  return { top: found.top, commit, branch: target }
}

/**
 * True for a name git accepts in `refs/heads/` (check_refname_format) and
 * that cannot name a worktree's pseudo-ref (`main-worktree/`, `worktrees/`).
 * `.invalid`, the reftable placeholder, fails the leading-dot rule.
 */
function isPlainBranchName(name: string): boolean {
  const parts = name.split('/')
  return (
    name !== '' &&
    name !== '@' &&
    !Array.from(name).some((c) => c <= ' ' || c === '\x7f') &&
    !/[~^:?*[\\]|\.\.|@\{|\.$/.test(name) &&
    parts.every(
      (p) => p !== '' && !p.startsWith('.') && !p.endsWith('.lock')
    ) &&
    !['main-worktree', 'worktrees'].includes(parts[0] ?? '')
  )
}

/** The branch's commit: the loose ref, else the packed one; unborn: unsure. */
function branchCommitOf(
  common: string,
  name: string,
  packed: Buffer,
  hexLength: number
): string | undefined {
  const loose = join(common, 'refs', 'heads', name)
  const stats = lstatOrMissing(loose)
  if (stats === undefined) {
    // '' (listed nowhere) is an unborn branch, where git fails.
    const id = packedRefOf(packed, `refs/heads/${name}`, hexLength)
    return id === '' ? undefined : id
  }
  const text = stats.isFile() ? refTextOf(loose) : undefined
  return text !== undefined && isHex(text, hexLength) ? text : undefined
}

/**
 * True when a ref other than `refs/heads/<name>` would match `<name>` under
 * git's rev-parse rules, loose (in either dir) or packed; then git prints a
 * longer name. Anything in the way (even a folder) counts.
 */
function isAmbiguous(
  found: Found,
  name: string,
  packed: Buffer,
  hexLength: number
): boolean {
  const refs = [
    name,
    `refs/${name}`,
    `refs/tags/${name}`,
    `refs/remotes/${name}`,
    `refs/remotes/${name}/HEAD`
  ]
  // A linked worktree keeps some refs (refs/bisect/*, pseudo-refs) apart.
  const dirs = new Set([found.gitDir, found.common])
  return refs.some(
    (ref) =>
      [...dirs].some((dir) => exists(join(dir, ref))) ||
      packedRefOf(packed, ref, hexLength) !== ''
  )
}

/** `<common>/packed-refs` (empty if missing); undefined if git might read it otherwise. */
function packedRefsOf(common: string): Buffer | undefined {
  const packed = readOrMissing(join(common, 'packed-refs')) ?? Buffer.alloc(0)
  const unterminated = packed.length > 0 && packed[packed.length - 1] !== 0x0a
  return unterminated || packed.includes(0x0d) ? undefined : packed
}

/**
 * The packed id of `ref`: '' when it is not listed, undefined when listed in
 * a way git might read differently (twice, or not as `<hex> <ref>`).
 * Searched, not parsed: packed-refs can hold many thousand tags.
 */
function packedRefOf(
  packed: Buffer,
  ref: string,
  hexLength: number
): string | undefined {
  const line = Buffer.from(` ${ref}\n`)
  const at = packed.indexOf(line)
  if (at === -1) return ''
  const start = at - hexLength
  const hex = start < 0 ? '' : packed.toString('latin1', start, at)
  const lineStart = start === 0 || packed[start - 1] === 0x0a
  if (packed.indexOf(line, at + 1) !== -1 || !lineStart) return undefined
  return isHex(hex, hexLength) ? hex : undefined
}

/** A ref file's text without git's trailing whitespace; undefined if not UTF-8. */
function refTextOf(path: string): string | undefined {
  return textOf(readFileSync(path))?.replace(/[ \t\n\r]+$/, '')
}

/** Lower-case hex of exactly the object format's length. */
function isHex(text: string, length: number): boolean {
  return text.length === length && /^[0-9a-f]+$/.test(text)
}

function exists(path: string): boolean {
  return lstatOrMissing(path) !== undefined
}

// Missing (ENOENT, or ENOTDIR for a file on the way) is an answer; any other
// error is unexpected and reaches readCheckout's catch. Most checks here
// find nothing, so they ask not to throw: a thrown ENOENT costs ~5 µs, three
// times the lstat itself.
function lstatOrMissing(path: string): Stats | undefined {
  return orMissing(() => lstatSync(path, { throwIfNoEntry: false }))
}

function statOrMissing(path: string): Stats | undefined {
  return orMissing(() => statSync(path, { throwIfNoEntry: false }))
}

function readOrMissing(path: string): Buffer | undefined {
  if (lstatOrMissing(path) === undefined) return undefined
  return orMissing(() => readFileSync(path))
}

function realpathOrMissing(path: string): string | undefined {
  return orMissing(() => realpathSync.native(path))
}

function orMissing<T>(call: () => T): T | undefined {
  try {
    return call()
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'ENOENT' || code === 'ENOTDIR') return undefined
    throw error
  }
}
