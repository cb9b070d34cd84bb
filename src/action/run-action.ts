/**
 * One run of the Action, over ports only: decides whether there is anything
 * to sync, reports the start to GitHub (check run, pending status, a
 * Deployment for syncs), runs validation / plan / sync, and reports the end.
 * GitHub writes go through GitHubWrites, so a refused or failed write is a
 * note in the summary, never a failed sync. main.ts wires the adapters and
 * turns the outcome into outputs, annotations and the job summary.
 */
import { basename, extname, posix } from 'node:path'
import type { Plan } from '../plan/plan-types.js'
import type { Clock } from '../ports/clock.js'
import type { FileSystem } from '../ports/fs.js'
import type { GitHubApi } from '../ports/github.js'
import type { Logger } from '../ports/logger.js'
import type { Phase, SyncMetadata, SyncResult } from '../sync/sync-result.js'
import {
  completeCheckRun,
  phaseCheckRun,
  startCheckRun
} from '../report/checks.js'
import { GitHubWrites } from '../report/github-writes.js'
import {
  deploymentDescription,
  deploymentState,
  readHistory,
  syncRecord,
  type HistoryRow
} from '../report/history.js'
import type { RepoLinks } from '../report/links.js'
import type { RenderedPlan } from '../report/sections.js'
import { phaseDurations } from '../report/record-details.js'
import { renderPlanComment, upsertPlanComment } from '../report/pr-comment.js'
import { finalStatus, pendingStatus } from '../report/statuses.js'
import { peekClusterName } from '../definition/cluster-name.js'
import type { Trigger } from './event.js'
import { notConfigured, type Engine, type EngineOutcome } from './modes.js'
import { driftCheckRun, driftStatus, type DriftCount } from './drift-verdict.js'

export interface ActionRequest {
  root: string
  definition: string
  trigger: Trigger
  /** Workflow re-run attempts (GITHUB_RUN_ATTEMPT - 1). */
  rerunAttempts: number
  /** Absent: no kubeconfig given, or withheld from a fork's pull request. */
  kubeconfigPath?: string
  links: RepoLinks
  /** `clustersync:<run id>:<attempt>`; the cluster name is appended. */
  externalId: string
  /** A scheduled drift check that finds drift fails (else it is neutral). */
  failOnDrift?: boolean
  /**
   * Aborted when the job is cancelled, for runs that apply nothing
   * (cancellation.ts, stopOnRunnerSignals): the run stops waiting and
   * reports itself cancelled.
   */
  cancelled?: AbortSignal
  /**
   * For runs that apply nothing: aborted when the `timeout` input has
   * passed (main.ts); the run stops waiting and reports it ran out of time,
   * as a sync does, instead of waiting for a chart repository that never
   * answers.
   */
  deadline?: { signal: AbortSignal; timeoutSeconds: number }
}

export interface ActionDeps {
  github: GitHubApi
  fs: FileSystem
  logger: Logger
  clock: Clock
  engine: Engine
  /** GitHub requests retried inside this run so far. */
  transientRetries: () => number
}

export interface ActionOutcome {
  result: SyncResult
  plan?: Plan
  planRendered?: RenderedPlan
  checkRunUrl?: string
  history?: HistoryRow[]
  currentHistoryId?: number
  notes: string[]
  /** What a comparison with the live cluster found. */
  drift?: DriftCount
  /** A scheduled drift check found drift (see drift-verdict.ts). */
  drifted?: boolean
  /** See EngineOutcome.abandoned. */
  abandoned?: true
}

/** Runs and reports one sync, plan or validation. Never rejects for GitHub failures. */
export async function runAction(
  req: ActionRequest,
  deps: ActionDeps
): Promise<ActionOutcome> {
  const { github, clock, logger } = deps
  const { trigger, links } = req
  const writes = new GitHubWrites()
  const started = clock.now()
  const cluster =
    (await peekClusterName(deps.fs, req.root, req.definition)) ??
    basename(req.definition, extname(req.definition))
  const metadata: SyncMetadata = {
    cluster,
    commit: trigger.sha,
    ref: trigger.branch,
    source: trigger.source,
    triggeredBy: trigger.triggeredBy,
    retryCount: req.rerunAttempts,
    startedAt: started.toISOString(),
    filesUrl: links.treeUrl(trigger.sha, posix.normalize(req.definition))
  }
  const check = await writes.attempt('create check runs', () =>
    github.createCheckRun(
      startCheckRun({
        cluster,
        sha: trigger.sha,
        startedAt: metadata.startedAt,
        // One check run per cluster and run attempt; the record itself is
        // the JSON block in the output text.
        externalId: `${req.externalId}:${cluster}`,
        detailsUrl: links.runUrl
      })
    )
  )
  const syncing = trigger.mode === 'sync'
  await writes.attempt('create commit statuses', () =>
    github.createCommitStatus(
      pendingStatus(cluster, trigger.sha, 'Fetching', links.runUrl)
    )
  )
  const deployment = syncing
    ? await writes.attempt('create deployments', () =>
        github.createDeployment({
          ref: trigger.sha,
          environment: cluster,
          description: `ClusterSync ${trigger.source} sync of ${cluster}`,
          payload: { ...syncRecord(metadata, undefined, links.runUrl) }
        })
      )
    : undefined
  if (deployment) {
    await writes.attempt('create deployment statuses', () =>
      github.createDeploymentStatus(deployment.id, {
        state: 'in_progress',
        description: 'Syncing',
        ...(links.runUrl ? { log_url: links.runUrl } : {})
      })
    )
  }
  // When each phase began, for the durations the record keeps; Fetching
  // began with the run.
  const phaseStarts: { phase: Phase; at: number }[] = [
    { phase: 'Fetching', at: started.getTime() }
  ]
  // Set when a stop (cancelled, out of time) won over the run's own end.
  let abandoned = false
  // A stop: when `signal` fires first, the run ends saying `why`.
  const stopBy = (signal: AbortSignal | undefined, why: string) => ({
    signal,
    stopped: (): EngineOutcome => {
      abandoned = true
      const phase = phaseStarts.at(-1)?.phase ?? 'Fetching'
      return {
        result: stoppedRun(metadata, trigger.mode, phase, why),
        abandoned: true
      }
    }
  })
  // The phase writes in order; the run's end waits for the last, so a
  // phase update still on its way (the job cancelled meanwhile) cannot land
  // after the check run completed and reopen it.
  let phaseWrites: Promise<void> = Promise.resolve()
  const onPhase = (phase: Phase, detail?: string): Promise<void> => {
    // A stopped run (cancelled, out of time) has completed its check run:
    // nothing the abandoned work reports may reopen it.
    if (abandoned) return Promise.resolve()
    if (phaseStarts.at(-1)?.phase !== phase)
      phaseStarts.push({ phase, at: clock.now().getTime() })
    logger.info(`${cluster}: ${phase}${detail ? ` (${detail})` : ''}`)
    phaseWrites = phaseWrites.then(async () => {
      if (check) {
        await writes.attempt('update check runs', () =>
          github.updateCheckRun(check.id, phaseCheckRun(phase, detail))
        )
      }
      if (phase !== 'Completed') {
        await writes.attempt('create commit statuses', () =>
          github.createCommitStatus(
            pendingStatus(cluster, trigger.sha, phase, links.runUrl)
          )
        )
      }
    })
    return phaseWrites
  }

  // Anything at the path is the user's definition, whatever it is: a link
  // is followed by the loader, and a FIFO or folder is refused there with
  // a diagnostic naming it, not taken for "no definition".
  const exists = await deps.fs.stat(posix.join(req.root, req.definition)).then(
    () => true,
    () => false
  )
  const ran: EngineOutcome =
    exists || deps.engine.runsWithoutDefinition
      ? await untilStopped<EngineOutcome>(
          deps.engine.run({ ...req, metadata, onPhase }),
          [
            stopBy(req.cancelled, 'the job was cancelled'),
            stopBy(
              req.deadline?.signal,
              `the run ran out of time (the timeout input: ${req.deadline?.timeoutSeconds ?? 0} s)`
            )
          ]
        )
      : {
          result: notConfigured(
            metadata,
            `no cluster definition at ${req.definition}`
          )
        }
  const finished = clock.now()
  const result: SyncResult = {
    ...ran.result,
    metadata: {
      ...ran.result.metadata,
      ...metadata,
      retryCount:
        req.rerunAttempts +
        deps.transientRetries() +
        ran.result.steps.reduce((n, s) => n + s.retries, 0),
      finishedAt: finished.toISOString(),
      durationMs: finished.getTime() - started.getTime()
    }
  }

  // Otherwise the step's log is silent about a run that did nothing (a
  // mistyped definition path, a secret that is not set).
  if (result.status === 'not-configured')
    logger.warning(
      `${cluster}: Not Configured: ${result.summary}; nothing was synced`
    )
  const record = syncRecord(
    result.metadata,
    result,
    links.runUrl,
    phaseDurations(phaseStarts, finished.getTime())
  )
  // Only a scheduled check that compared and found something: a pull
  // request's live plan shows changes it is meant to make.
  // A check that also found objects it could not vouch for failed its plan
  // (modes.ts), and still reports the drift it found.
  const compared =
    result.status === 'synced' ||
    (result.reason === 'PlanFailed' && result.phase === 'Completed')
  const drift =
    trigger.source === 'schedule' &&
    compared &&
    ran.drift !== undefined &&
    ran.drift.objects > 0
      ? ran.drift
      : undefined
  const failOnDrift = req.failOnDrift === true
  await phaseWrites
  if (check) {
    const completing = completeCheckRun(
      {
        result,
        definitionFile: req.definition,
        record,
        links,
        plan: ran.planRendered,
        modeNote: syncing
          ? undefined
          : `${trigger.mode} only: nothing was applied`
      },
      finished.toISOString()
    )
    const requests = drift
      ? driftCheckRun(completing, drift, failOnDrift)
      : completing
    for (const payload of requests) {
      await writes.attempt('update check runs', () =>
        github.updateCheckRun(check.id, payload)
      )
    }
  }
  const status = finalStatus(result, trigger.sha, links.runUrl)
  await writes.attempt('create commit statuses', () =>
    github.createCommitStatus(
      drift ? driftStatus(status, drift, failOnDrift) : status
    )
  )
  if (deployment) {
    await writes.attempt('create deployment statuses', () =>
      github.createDeploymentStatus(deployment.id, {
        state: deploymentState(result),
        description: deploymentDescription(result),
        ...(links.runUrl ? { log_url: links.runUrl } : {})
      })
    )
  }
  // A cancelled plan leaves the comment to the run that replaced it.
  if (
    trigger.pullRequest !== undefined &&
    result.status !== 'not-configured' &&
    !req.cancelled?.aborted
  ) {
    const body = renderPlanComment({
      result,
      links,
      plan: ran.planRendered,
      checkRunUrl: check?.html_url
    })
    await writes.attempt('comment on pull requests', () =>
      upsertPlanComment(github, trigger.pullRequest as number, cluster, body)
    )
  }
  const history = syncing
    ? await readHistory(github, {
        cluster,
        page: 1,
        perPage: 10,
        sort: { column: 'started', direction: 'desc' },
        limit: 100
      }).then(
        (page) => page.rows,
        () => undefined
      )
    : undefined
  return {
    result,
    plan: ran.plan,
    planRendered: ran.planRendered,
    checkRunUrl: check?.html_url,
    history,
    currentHistoryId: deployment?.id,
    notes: writes.notes(),
    ...(ran.drift ? { drift: ran.drift } : {}),
    ...(drift ? { drifted: true } : {}),
    ...(ran.abandoned ? { abandoned: true as const } : {})
  }
}

/** `run`'s answer, or the first stop's `stopped()` as soon as its signal aborts. */
function untilStopped<T>(
  run: Promise<T>,
  stops: readonly { signal: AbortSignal | undefined; stopped: () => T }[]
): Promise<T> {
  const armed = stops.filter((s) => s.signal !== undefined)
  if (armed.length === 0) return run
  // What the abandoned run ends with no longer matters to anyone.
  run.catch(() => undefined)
  return Promise.race([
    run,
    ...armed.map(
      ({ signal, stopped }) =>
        new Promise<T>((resolve) => {
          if (signal?.aborted) resolve(stopped())
          else
            signal?.addEventListener('abort', () => resolve(stopped()), {
              once: true
            })
        })
    )
  ])
}

/** The result of a plan, drift check or validation stopped before it ended. */
function stoppedRun(
  metadata: SyncMetadata,
  mode: Trigger['mode'],
  phase: Phase,
  why: string
): SyncResult {
  return {
    status: 'error',
    reason: mode === 'validate' ? 'ValidationFailed' : 'PlanFailed',
    phase,
    metadata,
    diagnostics: [],
    steps: [],
    counts: { applied: 0, unchanged: 0, pruned: 0, failed: 0, skipped: 0 },
    summary: `${why} during ${phase}, before the ${mode === 'validate' ? 'validation' : 'plan'} ended: nothing was applied`
  }
}
