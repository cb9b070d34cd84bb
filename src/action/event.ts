/**
 * What the triggering event means for a run: the mode (push and
 * workflow_dispatch sync, pull_request plans, schedule checks drift), the
 * sync source in Ankra's words, the commit to report on, who triggered it,
 * and whether the pull request comes from a fork (then the kubeconfig secret
 * is never used). Pure: main.ts passes the event name and payload in.
 */
import type { SyncSource } from '../sync/sync-result.js'
import type { Mode } from '../inputs.js'

export interface EventFacts {
  eventName: string
  payload: Record<string, unknown>
  /** GITHUB_SHA */
  sha: string
  /** GITHUB_REF, e.g. refs/heads/main */
  ref: string
  /** GITHUB_ACTOR */
  actor: string
  /** GITHUB_REPOSITORY */
  repository: string
}

export interface Trigger {
  mode: Mode
  source: SyncSource
  /** The commit the check run and status belong to (a PR's head, not its merge commit). */
  sha: string
  /** The branch the definition is synced from (a PR's base). */
  branch?: string
  triggeredBy: string
  pullRequest?: number
  /** A pull request from another repository: read-only token, no secrets. */
  fromFork: boolean
  /** workflow_dispatch's `full-reconcile` input, when the workflow passes it. */
  fullReconcile: boolean
}

/**
 * The default mode and facts of an event; `requested` (the `mode` input)
 * overrides the mode, except that a pull request never syncs.
 */
export function readTrigger(facts: EventFacts, requested?: Mode): Trigger {
  const p = facts.payload
  const branch = facts.ref.startsWith('refs/heads/')
    ? facts.ref.slice('refs/heads/'.length)
    : undefined
  const sender = login(p.sender) ?? facts.actor
  const base: Trigger = {
    mode: 'sync',
    source: 'webhook',
    sha: facts.sha,
    branch,
    triggeredBy: sender,
    fromFork: false,
    fullReconcile: false
  }
  switch (facts.eventName) {
    case 'push':
      return {
        ...base,
        mode: requested ?? 'sync',
        sha: str(p.after) ?? facts.sha
      }
    case 'workflow_dispatch': {
      const inputs = (p.inputs ?? {}) as Record<string, unknown>
      const force = inputs['full-reconcile']
      return {
        ...base,
        mode: requested ?? 'sync',
        source: 'manual',
        triggeredBy: facts.actor || sender,
        fullReconcile: force === true || force === 'true'
      }
    }
    case 'schedule':
      // The drift check unless `mode` asks for another: a nightly
      // `mode: sync` (with `full-reconcile`) is how a workflow heals drift
      // on a schedule, and was run as a drift check without a word.
      return {
        ...base,
        mode: requested ?? 'plan',
        source: 'schedule',
        triggeredBy: 'schedule'
      }
    case 'pull_request':
    case 'pull_request_target': {
      const pr = (p.pull_request ?? {}) as Record<string, unknown>
      const head = (pr.head ?? {}) as Record<string, unknown>
      const baseRef = (pr.base ?? {}) as Record<string, unknown>
      const headRepo = (head.repo ?? {}) as Record<string, unknown>
      const fromFork =
        headRepo.fork === true || str(headRepo.full_name) !== facts.repository
      return {
        ...base,
        // Pull requests are validated and planned, never applied.
        mode: requested === 'validate' ? 'validate' : 'plan',
        source: 'pull_request',
        sha: str(head.sha) ?? facts.sha,
        branch: str(baseRef.ref) ?? branch,
        pullRequest: typeof pr.number === 'number' ? pr.number : undefined,
        fromFork
      }
    }
    default:
      return { ...base, mode: requested ?? 'plan', source: 'manual' }
  }
}

function str(v: unknown): string | undefined {
  return typeof v === 'string' && v !== '' ? v : undefined
}

function login(user: unknown): string | undefined {
  return typeof user === 'object' && user !== null
    ? str((user as Record<string, unknown>).login)
    : undefined
}
