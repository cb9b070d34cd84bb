/**
 * The commit a fleet's `mode: discover` compares with, from the event: a
 * push's `before`, a pull request's base commit; `workflow_dispatch`,
 * `schedule` and anything else select every cluster. When the base is
 * unknown — a new branch (`before` is all zeros), a force push (the old
 * commit may not be an ancestor), or a shallow checkout without it —
 * every cluster is selected and `why` says so; a missing commit is
 * fetched first (`git fetch --depth=1 origin <sha>`, with the credentials
 * actions/checkout left), which works whenever the token may read the
 * repository.
 */
import type { Exec } from '../ports/exec.js'
import { resolveCommit } from '../fleet/git-changes.js'

/** The base to select against, or why every cluster is selected. */
export type BaseCommit = { sha: string } | { all: string }

/** What the event says about the base, before git is asked. */
export function baseFromEvent(
  eventName: string,
  payload: Record<string, unknown>
): { sha: string; depth?: number } | { all: string } {
  if (eventName === 'push') {
    const before = typeof payload.before === 'string' ? payload.before : ''
    if (before === '' || /^0+$/.test(before)) {
      return {
        all: 'the push created the branch, so there is no earlier commit to compare with'
      }
    }
    if (payload.forced === true) {
      return {
        all: `the push was forced, so ${before.slice(0, 12)} may not be an ancestor of this commit`
      }
    }
    const commits = Array.isArray(payload.commits) ? payload.commits.length : 0
    // The checkout needs the pushed commits and the one before them.
    return { sha: before, depth: commits + 1 }
  }
  if (eventName === 'pull_request' || eventName === 'pull_request_target') {
    const pr = (payload.pull_request ?? {}) as Record<string, unknown>
    const base = (pr.base ?? {}) as Record<string, unknown>
    if (typeof base.sha === 'string' && base.sha !== '')
      return { sha: base.sha }
    return { all: 'the pull request event names no base commit' }
  }
  return {
    all: `a ${eventName || 'manual'} run checks every cluster`
  }
}

/**
 * The base, made present in the checkout when it can be: an unknown commit
 * is fetched once; if it is still unknown every cluster is selected, and
 * the reason names the checkout depth that would have had it.
 */
export async function resolveBase(
  exec: Exec,
  root: string,
  wanted: ReturnType<typeof baseFromEvent>
): Promise<BaseCommit> {
  if ('all' in wanted) return wanted
  if ((await resolveCommit(exec, root, wanted.sha)) !== undefined) {
    return { sha: wanted.sha }
  }
  const fetched = await exec
    .run('git', ['fetch', '--no-tags', '--depth=1', 'origin', wanted.sha], {
      cwd: root,
      timeoutMs: 120_000
    })
    .catch(() => undefined)
  if (
    fetched?.exitCode === 0 &&
    (await resolveCommit(exec, root, wanted.sha)) !== undefined
  ) {
    return { sha: wanted.sha }
  }
  const depth =
    wanted.depth !== undefined
      ? `fetch-depth: ${wanted.depth} or more (fetch-depth: 0 for all history)`
      : 'fetch-depth: 0'
  return {
    all: `the base commit ${wanted.sha.slice(0, 12)} is not in this checkout and could not be fetched; give actions/checkout ${depth}`
  }
}
