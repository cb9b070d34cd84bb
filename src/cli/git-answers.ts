/**
 * What the commands ask git about the checkout: its top folder, HEAD's
 * commit and HEAD's branch, each from `git rev-parse` itself (reading git's
 * files instead did not buy a measurable share of any command: README,
 * "Decisions, made once").
 */
import { resolve } from 'node:path'
import type { CliContext } from './context.js'

/** `git rev-parse --show-toplevel` of `folder`; the folder itself outside a repository. */
export async function gitTopLevel(
  folder: string,
  ctx: CliContext
): Promise<string> {
  // No git (or the folder does not exist): the folder itself is the root,
  // as documented; a missing definition is reported by the loader.
  const top = await askGit(ctx, folder, ['--show-toplevel'])
  return top === undefined ? folder : resolve(top)
}

/** HEAD's commit in `folder`; undefined outside a repository or on an unborn branch. */
export async function gitCommit(
  ctx: CliContext,
  folder: string
): Promise<string | undefined> {
  return askGit(ctx, folder, ['HEAD'])
}

/** HEAD's branch in `folder`; undefined when detached (CI checkouts of a commit) or outside a repository. */
export async function gitBranch(
  ctx: CliContext,
  folder: string
): Promise<string | undefined> {
  const branch = await askGit(ctx, folder, ['--abbrev-ref', 'HEAD'])
  // A detached HEAD names no branch to compare.
  return branch === 'HEAD' ? undefined : branch
}

/** `git rev-parse <args>` in `folder`: its trimmed output, or undefined when it fails. */
async function askGit(
  ctx: CliContext,
  folder: string,
  args: string[]
): Promise<string | undefined> {
  try {
    const result = await ctx.exec.run('git', ['rev-parse', ...args], {
      cwd: folder,
      timeoutMs: 10_000
    })
    const out = result.stdout.trim()
    return result.exitCode === 0 && out !== '' ? out : undefined
  } catch {
    return undefined
  }
}
