/**
 * What changed in the checkout since a commit, asked of git through the
 * Exec port (argv only, never a shell): the paths that differ between the
 * commit and the working tree, untracked files included (a new values file
 * not yet committed changes what a local sync reads), and the text a
 * deleted file had, to name the cluster a deleted definition managed.
 * Paths are relative to `root` (`--relative`), as the loader's journal
 * writes them.
 */
import { ConfigurationError } from '../errors.js'
import type { Exec } from '../ports/exec.js'

/** Paths changed since the commit, and which of them were deleted. */
export interface GitChanges {
  changed: Set<string>
  deleted: string[]
}

const gitTimeoutMs = 60_000

/** The full commit id `ref` names in `root`, or undefined when git does not know it. */
export async function resolveCommit(
  exec: Exec,
  root: string,
  ref: string
): Promise<string | undefined> {
  const result = await git(exec, root, [
    'rev-parse',
    '--verify',
    '--quiet',
    '--end-of-options',
    `${ref}^{commit}`
  ]).catch(() => undefined)
  const out = result?.stdout.trim() ?? ''
  return result?.exitCode === 0 && out !== '' ? out : undefined
}

/**
 * The changes between `commit` and the working tree under `root`. Throws
 * ConfigurationError when git cannot answer (not a repository).
 */
export async function changesSince(
  exec: Exec,
  root: string,
  commit: string
): Promise<GitChanges> {
  const [diff, untracked] = await Promise.all([
    git(exec, root, [
      'diff',
      '--name-status',
      '--no-renames',
      '--relative',
      '-z',
      commit,
      '--'
    ]),
    git(exec, root, ['ls-files', '--others', '--exclude-standard', '-z'])
  ])
  for (const r of [diff, untracked]) {
    if (r.exitCode !== 0) {
      throw new ConfigurationError(
        `git could not list the changes since ${commit.slice(0, 12)} in ${root}: ${r.stderr.trim().split('\n')[0] ?? ''}`
      )
    }
  }
  const changed = new Set<string>()
  const deleted: string[] = []
  // -z: "<status>\0<path>\0" pairs; paths are never quoted.
  const parts = diff.stdout.split('\0')
  for (let i = 0; i + 1 < parts.length; i += 2) {
    const status = parts[i] as string
    const path = parts[i + 1] as string
    changed.add(path)
    if (status === 'D') deleted.push(path)
  }
  for (const path of untracked.stdout.split('\0'))
    if (path !== '') changed.add(path)
  return { changed, deleted }
}

/** The text `path` (relative to `root`) had at `commit`; undefined when unreadable. */
export async function textAt(
  exec: Exec,
  root: string,
  commit: string,
  path: string
): Promise<string | undefined> {
  const result = await git(exec, root, ['show', `${commit}:./${path}`]).catch(
    () => undefined
  )
  return result?.exitCode === 0 ? result.stdout : undefined
}

function git(
  exec: Exec,
  root: string,
  args: string[]
): ReturnType<Exec['run']> {
  return exec.run('git', args, { cwd: root, timeoutMs: gitTimeoutMs })
}
