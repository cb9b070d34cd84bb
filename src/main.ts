/**
 * The Action's composition root: inputs → event → adapters → runAction →
 * outputs, annotations and the job summary. The same bundle is the post step
 * (detected through saved state, as actions/checkout does), which deletes
 * the kubeconfig written by the main step. `run()` is the single failure
 * funnel: the only core.setFailed, and it never rejects.
 */
import { maskValue, scrubMasked } from './adapters/masked-values.js'
import { codeIdentity } from './adapters/code-identity.js'
import {
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync
} from 'node:fs'
import { delimiter, join, resolve } from 'node:path'
import * as core from '@actions/core'
import * as github from '@actions/github'
import {
  createActionsLogger,
  emitAnnotations
} from './adapters/actions-logger.js'
import { createGitHubApi } from './adapters/actions-github.js'
import { createKubeApiOpener } from './adapters/kube-direct.js'
import { createNodeExec } from './adapters/node-exec.js'
import { createNodeFs } from './adapters/node-fs.js'
import { createSystemClock } from './adapters/system-clock.js'
import { createDriftCheck } from './action/drift-check.js'
import { openOnFirstUse, refusedConnection } from './cluster/connection.js'
import { readOnce } from './sync/read-once.js'
import { readTrigger, type EventFacts } from './action/event.js'
import { decodeKubeconfig } from './action/kubeconfig.js'
import type { KubeconfigDocument } from './ports/kube-api.js'
import { runAction, type ActionOutcome } from './action/run-action.js'
import { workspaceRelative } from './action/definition-path.js'
import { createEngine, planInputs, refusingEngine } from './action/modes.js'
import { pruneOptionsOf, syncRunner } from './action/sync-runner.js'
import { machineCapacity } from './adapters/machine-capacity.js'
import {
  cancelOnRunnerSignals,
  stopOnRunnerSignals
} from './action/cancellation.js'
import {
  ConfigurationError,
  getErrorMessage,
  isSystemError,
  internalErrorMessage,
  isUserError
} from './errors.js'
import { readInputsChecked } from './inputs.js'
import { workflowSecrets } from './secrets/workflow-secrets.js'
import { renderPlanJson } from './plan/render-plan.js'
import { workflowAnnotations } from './report/annotations.js'
import { repoLinks } from './report/links.js'
import { renderSummary } from './report/summary.js'

const State = { isPost: 'isPost', kubeconfigDir: 'kubeconfig-dir' } as const

/** Runs the main or the post step; never rejects. */
export async function run(): Promise<void> {
  try {
    if (core.getState(State.isPost) === 'true') {
      cleanup()
      return
    }
    core.saveState(State.isPost, 'true')
    await main()
  } catch (error) {
    // The user's mistakes and a failed sync are said as they are; anything
    // else is a bug of ours and says so (the stack only in debug output).
    // A system error (a RUNNER_TEMP that cannot be written, a missing
    // summary file) is the runner's environment, not a bug of ours.
    if (
      isUserError(error) ||
      error instanceof SyncFailed ||
      isSystemError(error)
    ) {
      core.setFailed(`ClusterSync: ${getErrorMessage(error)}`)
      return
    }
    if (error instanceof Error && error.stack) core.debug(error.stack)
    core.setFailed(
      `ClusterSync: ${internalErrorMessage(error, 're-running the job with debug logging')}`
    )
  }
}

/** The post step: delete the kubeconfig even when main failed or was cancelled. */
function cleanup(): void {
  const dir = core.getState(State.kubeconfigDir)
  if (dir === '') return
  rmSync(dir, { recursive: true, force: true })
  core.info('ClusterSync: removed the kubeconfig written for this job')
}

async function main(): Promise<void> {
  const { inputs, problems } = readInputsChecked()
  // Mask before anything can be logged, including by the inputs' own errors.
  if (inputs.token !== '') maskValue(inputs.token)
  for (const secret of workflowSecrets(inputs)) maskValue(secret)
  // The page and fleet modes are loaded only when they run: a sync's first
  // phase line waits for every module the bundle evaluates before main().
  if (inputs.page.enabled) {
    const { pageMain } = await import('./main-page.js')
    return pageMain(inputs, problems)
  }
  const env = process.env
  const ctx = github.context
  const repository = env.GITHUB_REPOSITORY ?? ''
  const event: EventFacts = {
    eventName: ctx.eventName ?? '',
    payload: ctx.payload,
    sha: ctx.sha ?? '',
    ref: ctx.ref ?? '',
    actor: ctx.actor ?? '',
    repository
  }
  if (inputs.fleetMode) {
    // No cluster of its own to report on: a bad input fails the step.
    if (problems[0]) throw problems[0]
    const { runFleetMode } = await import('./main-fleet.js')
    await runFleetMode(inputs, inputs.fleetMode, env, ctx.apiUrl, event)
    return
  }
  const trigger = readTrigger(
    event,
    // With a bad input nothing runs but its report: validate mode takes no
    // kubeconfig and makes no Deployment, whatever the event.
    problems.length > 0 ? 'validate' : inputs.mode
  )
  const fullReconcile = inputs.fullReconcile || trigger.fullReconcile
  const temp = env.RUNNER_TEMP ?? env.TMPDIR ?? '/tmp'
  // Runs that read the cluster get the kubeconfig: syncs, the scheduled
  // drift check and the live plan of a pull request from this repository
  // (a server-side dry run; pull requests never apply). Never a fork's.
  const needsCluster = !trigger.fromFork && trigger.mode !== 'validate'
  const kubeconfig =
    inputs.kubeconfig === undefined && needsCluster
      ? kubeconfigFromEnv(env.KUBECONFIG)
      : writeKubeconfig(inputs.kubeconfig, temp, needsCluster)
  const kubeconfigPath = kubeconfig?.path
  const logger = createActionsLogger()
  const clock = createSystemClock()
  // One view of the repository for the run: the check run's name, the
  // unchanged-files check and the loader read each file once.
  const fs = readOnce(createNodeFs())
  const exec = createNodeExec()
  // The run's one connection to the cluster, opened when the run first
  // needs it (after the check run exists). A kubeconfig that cannot be
  // decoded is a connection that refuses, so the run reports it on the
  // commit as the user's mistake it is, like a context the kubeconfig lacks.
  const connection = kubeconfig?.problem
    ? refusedConnection(kubeconfig.problem)
    : kubeconfigPath
      ? openOnFirstUse(createKubeApiOpener(), {
          binary: inputs.kubectl,
          kubeconfig: kubeconfigPath,
          // Decoded once: the channel reads no file back.
          ...(kubeconfig?.decoded ? { decoded: kubeconfig.decoded } : {}),
          ...(inputs.context ? { context: inputs.context } : {})
        })
      : undefined
  let transient = 0
  if (inputs.token.trim() === '')
    logger.warning(
      'ClusterSync: the `token` input is empty (an unset secret?): nothing is written to GitHub (check run, statuses, comment, Deployment); the results are in the job summary. Leave the input out to use github.token.'
    )
  const [owner = '', repo = ''] = repository.split('/')
  const api = createGitHubApi({
    token: inputs.token,
    apiUrl: env.GITHUB_API_URL ?? ctx.apiUrl,
    owner,
    repo,
    clock,
    logger,
    onRetry: () => void transient++
  })
  const runAttempt = Number(env.GITHUB_RUN_ATTEMPT ?? '1') || 1
  const links = repoLinks(
    env.GITHUB_SERVER_URL ?? ctx.serverUrl,
    repository,
    env.GITHUB_RUN_ID,
    runAttempt
  )
  const root = env.GITHUB_WORKSPACE ?? process.cwd()
  // A sync has work in flight to end cleanly; any other run stops waiting
  // at the runner's first signal and reports itself cancelled.
  const cancellation =
    trigger.mode === 'sync' ? cancelOnRunnerSignals(process, logger) : undefined
  const planStop =
    trigger.mode === 'sync' ? undefined : stopOnRunnerSignals(process, logger)
  // The `timeout` input bounds every run: a sync's steps (sync-runner.ts),
  // and here a plan, drift check or validation, whose comparison may wait
  // on a chart repository that never answers.
  const planDeadline =
    trigger.mode === 'sync'
      ? undefined
      : AbortSignal.timeout(Math.round(inputs.timeoutSeconds * 1000))
  let outcome: ActionOutcome
  try {
    outcome = await runAction(
      {
        root,
        definition: workspaceRelative(root, inputs.definition),
        trigger,
        rerunAttempts: runAttempt - 1,
        ...(kubeconfigPath ? { kubeconfigPath } : {}),
        links,
        externalId: `clustersync:${env.GITHUB_RUN_ID ?? 'local'}:${runAttempt}`,
        failOnDrift: inputs.failOnDrift === true,
        ...(planStop ? { cancelled: planStop.signal } : {}),
        ...(planDeadline
          ? {
              deadline: {
                signal: planDeadline,
                timeoutSeconds: inputs.timeoutSeconds
              }
            }
          : {})
      },
      {
        github: api,
        fs,
        logger,
        clock,
        engine: problems.length
          ? refusingEngine(problems)
          : createEngine(
              fs,
              syncRunner({
                inputs,
                fullReconcile,
                ...(kubeconfigPath ? { kubeconfigPath } : {}),
                lockIdentity: `github-actions ${repository} run ${env.GITHUB_RUN_ID ?? 'local'}`,
                fs,
                exec,
                ...(connection ? { connection } : {}),
                build: codeIdentity(),
                clock,
                logger,
                machine: machineCapacity(),
                ...(cancellation ? { cancellation } : {})
              }),
              connection
                ? createDriftCheck({
                    exec,
                    clock,
                    connection,
                    kubectl: inputs.kubectl,
                    rendering: {
                      helm: inputs.helm,
                      root,
                      credentials: inputs.registryCredentials,
                      // Plans open encrypted files as the sync would; a
                      // fork's pull request never gets here (no cluster).
                      ...(trigger.fromFork
                        ? {}
                        : {
                            sops: {
                              identities: inputs.sopsAgeKeys,
                              mask: (secret: string) => logger.mask(secret)
                            }
                          }),
                      noKeyHint: 'give the input sops-age-key',
                      prune: pruneOptionsOf(inputs),
                      // Out of time: helm processes and reads are ended.
                      ...(planDeadline ? { signal: planDeadline } : {})
                    },
                    ...(kubeconfigPath ? { kubeconfig: kubeconfigPath } : {}),
                    ...(inputs.context ? { context: inputs.context } : {})
                  })
                : undefined,
              inputs.chartMirrors,
              planInputs(inputs)
            ),
        transientRetries: () => transient
      }
    )
  } finally {
    cancellation?.dispose()
    planStop?.dispose()
    await connection?.close()
  }
  await report(outcome, trigger.mode, links, temp, inputs.failOnDrift === true)
  // The abandoned comparison's helm and kubectl processes would keep the
  // job alive until the runner kills it.
  if (outcome.abandoned) process.exit(1)
}

/**
 * Writes the kubeconfig to RUNNER_TEMP with mode 0600 (kubectl and helm
 * read a file), after masking every credential in it, and returns it
 * decoded too, for the API channel. Withheld from forks' pull requests and from runs that
 * never touch the cluster (validate, offline plans). A value that cannot be
 * decoded is returned as the problem to report, not thrown: the run still
 * reports on the commit, where the user looks.
 */
function writeKubeconfig(
  value: string | undefined,
  temp: string,
  needed: boolean
):
  | {
      path?: string
      decoded?: KubeconfigDocument
      problem?: ConfigurationError
    }
  | undefined {
  if (value === undefined) return undefined
  // Mask first: decoding may fail, and nothing about the value may be logged.
  maskValue(value)
  let decoded
  try {
    decoded = decodeKubeconfig(value)
  } catch (error) {
    // A bad kubeconfig only matters to a run that would use it.
    if (!needed) return undefined
    if (error instanceof ConfigurationError) return { problem: error }
    throw error
  }
  // Every credential, line by line: the runner masks single values best.
  for (const secret of decoded.secrets) maskValue(secret)
  if (!needed) return undefined
  mkdirSync(temp, { recursive: true })
  const dir = mkdtempSync(join(temp, 'clustersync-'))
  core.saveState(State.kubeconfigDir, dir)
  const path = join(dir, 'kubeconfig')
  writeFileSync(path, decoded.text, { mode: 0o600 })
  return { path, decoded: { file: resolve(path), value: decoded.document } }
}

async function report(
  outcome: ActionOutcome,
  mode: string,
  links: ReturnType<typeof repoLinks>,
  temp: string,
  failOnDrift: boolean
): Promise<void> {
  const { result } = outcome
  const moreAt = outcome.checkRunUrl
    ? `the check run ${outcome.checkRunUrl}`
    : 'the job summary'
  emitAnnotations(workflowAnnotations(result.diagnostics, moreAt))
  for (const note of outcome.notes)
    core.warning(note, { title: 'ClusterSync could not report to GitHub' })
  let planPath = ''
  if (outcome.plan) {
    mkdirSync(temp, { recursive: true })
    planPath = join(temp, `clustersync-plan-${result.metadata.cluster}.json`)
    writeFileSync(planPath, renderPlanJson(outcome.plan))
  }
  core.setOutput('status', result.status)
  core.setOutput('commit', result.metadata.commit ?? '')
  core.setOutput('applied', result.counts.applied)
  core.setOutput('unchanged', result.counts.unchanged)
  core.setOutput('pruned', result.counts.pruned)
  core.setOutput('failed', result.counts.failed)
  core.setOutput('check-run-url', outcome.checkRunUrl ?? '')
  core.setOutput('plan', planPath)
  // Set only when the run compared with the cluster (drift checks, live plans).
  if (outcome.drift) {
    core.setOutput('drifted', outcome.drift.objects > 0)
    core.setOutput('changes', outcome.drift.objects)
  }
  core.summary.addRaw(
    scrubMasked(
      renderSummary({
        result,
        mode,
        links,
        checkRunUrl: outcome.checkRunUrl,
        plan: outcome.planRendered,
        history: outcome.history,
        currentHistoryId: outcome.currentHistoryId,
        notes: outcome.notes,
        now: new Date()
      })
    )
  )
  try {
    await core.summary.write()
  } catch (error) {
    // No job summary (GITHUB_STEP_SUMMARY unset, as under act): the check
    // run and the log still say everything, and a failed sync still fails.
    core.warning(
      `ClusterSync could not write the job summary: ${getErrorMessage(error)}`
    )
  }
  if (result.status === 'error') throw new SyncFailed(result.summary)
  if (outcome.drifted && failOnDrift)
    throw new SyncFailed(`${result.summary} (fail-on-drift is set)`)
}

/**
 * The kubeconfig a cloud login step left in the job's environment
 * (azure/aks-set-context, aws eks update-kubeconfig,
 * google-github-actions/get-gke-credentials), used when the input is
 * empty; the caller never asks for a fork's pull request or a run that
 * does not read the cluster, exactly as for the input. The file is read
 * to mask its credentials and to hand the direct channel the same
 * document kubectl reads; its exec plugin runs through kubectl, as the
 * direct channel falls back to kubectl for exec users.
 */
function kubeconfigFromEnv(
  value: string | undefined
): ReturnType<typeof writeKubeconfig> {
  if (value === undefined || value.trim() === '') return undefined
  if (value.includes(delimiter)) {
    return {
      problem: new ConfigurationError(
        'KUBECONFIG lists several files; ClusterSync uses one: merge them (kubectl config view --flatten) into one file and set KUBECONFIG to it, or pass the input "kubeconfig"'
      )
    }
  }
  const path = resolve(value)
  core.info(
    `ClusterSync: the input "kubeconfig" is empty; using the kubeconfig at ${path} from the job's KUBECONFIG`
  )
  let decoded
  try {
    decoded = decodeKubeconfig(readFileSync(path, 'utf8'))
  } catch (error) {
    return {
      problem: new ConfigurationError(
        `the job's KUBECONFIG (${path}) cannot be used: ${error instanceof ConfigurationError ? 'it is not a kubeconfig' : getErrorMessage(error)}`
      )
    }
  }
  for (const secret of decoded.secrets) maskValue(secret)
  return { path, decoded: { file: path, value: decoded.document } }
}

/** The sync ended in error: the funnel reports it as the failure. */
class SyncFailed extends Error {}
