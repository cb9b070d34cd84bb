/**
 * readCheckout against the real git: each case builds a repository in a temp
 * folder and compares the reader's answer with what git prints there
 * (`rev-parse --show-toplevel`, `rev-parse HEAD`, `rev-parse --abbrev-ref
 * HEAD`). The property, checked on every call: undefined, or exactly git's
 * answers, with 'none' only where git says "not a git repository" to all
 * three. The common layouts must be answered, so the fast path is really
 * taken; the odd ones must fall back to git.
 */
import { spawnSync } from 'node:child_process'
import {
  chownSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  realpathSync,
  rmSync,
  symlinkSync,
  writeFileSync
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import {
  createCheckoutReader,
  readCheckout,
  type CheckoutHead
} from '../../src/adapters/git-files.js'

type Env = Record<string, string | undefined>

/** Who commits, and the branch `git init` starts on, whatever the machine says. */
const identity = [
  '-c',
  'user.name=t',
  '-c',
  'user.email=t@e',
  '-c',
  'init.defaultBranch=main'
]

let root: string
/** git's environment: no inherited GIT_* variable, no user or system config. */
let env: Env

beforeAll(() => {
  root = realpathSync(mkdtempSync(join(tmpdir(), 'git-files-')))
  mkdirSync(join(root, 'home'))
  env = {
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    HOME: join(root, 'home'),
    GIT_CONFIG_NOSYSTEM: '1',
    LC_ALL: 'C'
  }
})

afterAll(() => {
  rmSync(root, { recursive: true, force: true })
})

/** Runs git for a case's setup; a failure fails the test with git's words. */
function git(cwd: string, ...args: string[]): string {
  const result = spawnSync('git', [...identity, ...args], {
    cwd,
    env,
    encoding: 'utf8'
  })
  if (result.status !== 0)
    throw new Error(`git ${args.join(' ')}: ${result.stderr}`)
  return result.stdout.trim()
}

/**
 * What git prints in `folder`, in readCheckout's terms; 'fails' where some
 * (or all, for a reason other than "not a git repository") of the three fail.
 */
function gitSays(
  folder: string,
  gitEnv: Env = env
): CheckoutHead | 'none' | 'fails' {
  const ask = (
    ...args: string[]
  ): { ok: boolean; out: string; err: string } => {
    const r = spawnSync('git', ['rev-parse', ...args], {
      cwd: folder,
      env: gitEnv,
      encoding: 'utf8'
    })
    return {
      ok: r.status === 0,
      out: r.stdout.replace(/\n$/, ''),
      err: r.stderr
    }
  }
  const [top, commit, abbrev] = [
    ask('--show-toplevel'),
    ask('HEAD'),
    ask('--abbrev-ref', 'HEAD')
  ]
  const all = [top, commit, abbrev]
  if (all.every((a) => !a.ok && /not a git repository/.test(a.err)))
    return 'none'
  if (all.some((a) => !a.ok)) return 'fails'
  return abbrev.out === 'HEAD'
    ? { top: top.out, commit: commit.out }
    : { top: top.out, commit: commit.out, branch: abbrev.out }
}

/** The reader's answer, once checked to be undefined or exactly git's. */
function read(
  folder: string,
  readEnv: Env = env
): CheckoutHead | 'none' | undefined {
  const answer = readCheckout(folder, readEnv)
  if (answer !== undefined) expect(answer).toEqual(gitSays(folder, readEnv))
  return answer
}

/** A new repository under the temp root with one commit on `main`. */
function repository(name: string, ...init: string[]): string {
  const dir = join(root, name)
  mkdirSync(dir, { recursive: true })
  git(dir, 'init', '-q', ...init)
  git(dir, 'commit', '-q', '--allow-empty', '-m', 'first')
  return dir
}

/** Mounts an empty tmpfs on `folder`; false where the system does not allow it. */
function mount(folder: string): boolean {
  return spawnSync('mount', ['-t', 'tmpfs', 'tmpfs', folder]).status === 0
}

/** Whether a test may mount a file system: tried once, on a throwaway folder. */
function canMount(): boolean {
  if (process.geteuid?.() !== 0) return false
  const folder = mkdtempSync(join(tmpdir(), 'git-files-mount-'))
  const mounted = mount(folder)
  if (mounted) spawnSync('umount', [folder])
  rmSync(folder, { recursive: true, force: true })
  return mounted
}

function head(dir: string): string {
  return git(dir, 'rev-parse', 'HEAD')
}

describe('readCheckout answers the common layouts itself', () => {
  test('a branch with a loose ref', () => {
    const repo = repository('loose')
    expect(existsSync(join(repo, '.git/refs/heads/main'))).toBe(true)
    expect(read(repo)).toEqual({
      top: repo,
      commit: head(repo),
      branch: 'main'
    })
  })

  test('a branch whose ref is packed', () => {
    const repo = repository('packed')
    git(repo, 'tag', 'v1')
    git(repo, 'pack-refs', '--all')
    expect(existsSync(join(repo, '.git/refs/heads/main'))).toBe(false)
    expect(read(repo)).toEqual({
      top: repo,
      commit: head(repo),
      branch: 'main'
    })
  })

  test('once per folder for a process: a later commit keeps the first answer', () => {
    const repo = repository('memo')
    const checkout = createCheckoutReader(env)
    const first = checkout(repo)
    expect(first).toEqual(read(repo))
    git(repo, 'commit', '-q', '--allow-empty', '-m', 'later')
    expect(checkout(repo)).toBe(first)
    expect(read(repo)).not.toEqual(first)
  })

  test('a detached HEAD', () => {
    const repo = repository('detached')
    git(repo, 'checkout', '-q', '--detach')
    expect(read(repo)).toEqual({ top: repo, commit: head(repo) })
  })

  test('a subfolder of the work tree', () => {
    const repo = repository('subfolder')
    mkdirSync(join(repo, 'a', 'b'), { recursive: true })
    expect(read(join(repo, 'a', 'b'))).toEqual({
      top: repo,
      commit: head(repo),
      branch: 'main'
    })
  })

  test('a folder reached through a symlink gives the real top', () => {
    const repo = repository('real')
    mkdirSync(join(repo, 'a'))
    symlinkSync(join(repo, 'a'), join(root, 'link-to-a'))
    symlinkSync(repo, join(root, 'link-to-repo'))
    const expected = { top: repo, commit: head(repo), branch: 'main' }
    expect(read(join(root, 'link-to-a'))).toEqual(expected)
    expect(read(join(root, 'link-to-repo'))).toEqual(expected)
  })

  test('a linked worktree on a branch, and one detached', () => {
    const repo = repository('main-tree')
    git(repo, 'worktree', 'add', '-q', '-b', 'topic', '../wt-branch')
    git(repo, 'worktree', 'add', '-q', '--detach', '../wt-detached')
    const commit = head(repo)
    const branchTree = join(root, 'wt-branch')
    const detachedTree = join(root, 'wt-detached')
    expect(read(branchTree)).toEqual({
      top: branchTree,
      commit,
      branch: 'topic'
    })
    expect(read(detachedTree)).toEqual({ top: detachedTree, commit })
    // The main worktree is unaffected by its linked ones.
    expect(read(repo)).toEqual({ top: repo, commit, branch: 'main' })
  })

  test('a branch name with slashes, loose and packed', () => {
    const repo = repository('slashes')
    git(repo, 'checkout', '-q', '-b', 'feature/x')
    const expected = { top: repo, commit: head(repo), branch: 'feature/x' }
    expect(read(repo)).toEqual(expected)
    git(repo, 'pack-refs', '--all')
    expect(read(repo)).toEqual(expected)
  })

  test('branch names git allows with dots, @ and non-ASCII', () => {
    const repo = repository('names')
    for (const name of ['with.dot', 'x@y', 'ümlaut/ß', 'heads/x']) {
      git(repo, 'checkout', '-q', '-b', name)
      expect(read(repo)).toEqual({
        top: repo,
        commit: head(repo),
        branch: name
      })
    }
  })

  test('a checkout configured like actions/checkout (partial clone)', () => {
    const repo = repository('like-actions-checkout')
    git(repo, 'remote', 'add', 'origin', 'https://github.com/o/r')
    git(
      repo,
      'config',
      'http.https://github.com/.extraheader',
      'AUTHORIZATION: basic ***'
    )
    git(repo, 'config', 'gc.auto', '0')
    git(repo, 'config', 'core.repositoryformatversion', '1')
    git(repo, 'config', 'extensions.partialClone', 'origin')
    git(repo, 'config', 'remote.origin.promisor', 'true')
    expect(read(repo)).toEqual({
      top: repo,
      commit: head(repo),
      branch: 'main'
    })
  })

  test('a SHA-256 repository', () => {
    const repo = repository('sha256', '--object-format=sha256')
    const commit = head(repo)
    expect(commit).toMatch(/^[0-9a-f]{64}$/)
    expect(read(repo)).toEqual({ top: repo, commit, branch: 'main' })
  })

  test('a folder in no repository', () => {
    const folder = join(root, 'nothing', 'here')
    mkdirSync(folder, { recursive: true })
    expect(read(folder)).toBe('none')
  })

  // git stops at a mount point by default ("stopping at filesystem
  // boundary"), even below a repository. Mounting needs root (and a system
  // that allows it); elsewhere this skips.
  ;(canMount() ? test : test.skip)('a folder below a mount point', () => {
    const repo = repository('mounted')
    const mountPoint = join(repo, 'mnt')
    mkdirSync(mountPoint)
    expect(mount(mountPoint)).toBe(true)
    try {
      mkdirSync(join(mountPoint, 'inner'))
      expect(read(join(mountPoint, 'inner'))).toBe('none')
    } finally {
      spawnSync('umount', [mountPoint])
    }
  })
})

describe('readCheckout leaves the odd layouts to git', () => {
  test('a tag named like the branch (git prints heads/<name>)', () => {
    const repo = repository('tag-like-branch')
    git(repo, 'tag', 'main')
    expect(gitSays(repo)).toMatchObject({ branch: 'heads/main' })
    expect(read(repo)).toBeUndefined()
    git(repo, 'pack-refs', '--all')
    expect(read(repo)).toBeUndefined()
  })

  test('a remote HEAD named like the branch (strict abbreviation)', () => {
    const repo = repository('remote-like-branch')
    git(repo, 'update-ref', 'refs/remotes/main/HEAD', 'HEAD')
    expect(gitSays(repo)).toMatchObject({ branch: 'heads/main' })
    expect(read(repo)).toBeUndefined()
  })

  test("a worktree's own ref named like its branch", () => {
    const repo = repository('per-worktree')
    git(repo, 'worktree', 'add', '-q', '-b', 'bisect/x', '../wt-bisect')
    const tree = join(root, 'wt-bisect')
    // refs/bisect/* live in the worktree's git dir, not the common one.
    git(tree, 'update-ref', 'refs/bisect/x', 'HEAD')
    expect(gitSays(tree)).toMatchObject({ branch: 'heads/bisect/x' })
    expect(read(tree)).toBeUndefined()
  })

  test('a branch named like a file in the git dir', () => {
    const repo = repository('branch-config')
    git(repo, 'checkout', '-q', '-b', 'config')
    expect(read(repo)).toBeUndefined()
  })

  test('a config that includes another file', () => {
    const repo = repository('config-include')
    git(repo, 'config', 'include.path', 'more-config')
    expect(read(repo)).toBeUndefined()
  })

  test('an unborn branch', () => {
    const repo = join(root, 'unborn')
    mkdirSync(repo)
    git(repo, 'init', '-q')
    expect(gitSays(repo)).toBe('fails')
    expect(read(repo)).toBeUndefined()
  })

  test('GIT_DIR in the environment', () => {
    const repo = repository('git-dir-env')
    const withGitDir = { ...env, GIT_DIR: join(repo, '.git') }
    mkdirSync(join(repo, 'sub'))
    // With GIT_DIR alone, git takes the current folder for the top.
    expect(gitSays(join(repo, 'sub'), withGitDir)).toMatchObject({
      top: join(repo, 'sub')
    })
    expect(read(join(repo, 'sub'), withGitDir)).toBeUndefined()
    expect(read(repo, withGitDir)).toBeUndefined()
  })

  test('an empty .git folder inside a subfolder of a repository', () => {
    const repo = repository('empty-dot-git')
    mkdirSync(join(repo, 'sub', '.git'), { recursive: true })
    // git walks on past the invalid .git to the repository above.
    expect(gitSays(join(repo, 'sub'))).toMatchObject({ top: repo })
    expect(read(join(repo, 'sub'))).toBeUndefined()
  })

  test('a .git file pointing nowhere', () => {
    const folder = join(root, 'dangling')
    mkdirSync(folder)
    writeFileSync(join(folder, '.git'), `gitdir: ${join(root, 'missing')}\n`)
    expect(read(folder)).toBeUndefined()
  })

  test('HEAD pointing at a tag', () => {
    const repo = repository('head-at-tag')
    git(repo, 'tag', 'x')
    git(repo, 'symbolic-ref', 'HEAD', 'refs/tags/x')
    expect(read(repo)).toBeUndefined()
  })

  test('a bare repository and a folder inside a git dir', () => {
    const bare = join(root, 'bare.git')
    git(root, 'init', '-q', '--bare', bare)
    expect(read(bare)).toBeUndefined()
    expect(read(join(bare, 'refs'))).toBeUndefined()
    const repo = repository('inside-git-dir')
    expect(read(join(repo, '.git', 'refs'))).toBeUndefined()
  })

  test('a submodule (its config sets core.worktree)', () => {
    const origin = repository('sub-origin')
    const outer = repository('super')
    git(
      outer,
      '-c',
      'protocol.file.allow=always',
      'submodule',
      'add',
      '-q',
      origin,
      'sub'
    )
    const sub = join(outer, 'sub')
    expect(gitSays(sub)).toMatchObject({ top: sub, commit: head(origin) })
    expect(read(sub)).toBeUndefined()
    // The superproject itself stays on the fast path.
    expect(read(outer)).toEqual({
      top: outer,
      commit: head(outer),
      branch: 'main'
    })
  })

  // git refuses a repository owned by someone else ("dubious ownership").
  // Only root can hand a folder to another user, so elsewhere this skips.
  const isRoot = process.geteuid?.() === 0
  ;(isRoot ? test : test.skip)('a repository owned by another user', () => {
    const repo = repository('foreign-top')
    chownSync(repo, 4242, 4242)
    expect(gitSays(repo)).toBe('fails')
    expect(read(repo)).toBeUndefined()
    const other = repository('foreign-git-dir')
    chownSync(join(other, '.git'), 4242, 4242)
    expect(gitSays(other)).toBe('fails')
    expect(read(other)).toBeUndefined()
  })
})
