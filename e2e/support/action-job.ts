/**
 * One job of a workflow that runs the built Action against the GitHub API
 * double and the local control plane, as the e2e suites that sync through
 * the Action set it up: the runner's GITHUB_* variables pointing at the
 * double (API and server URL, repository, run, actor, ref, commit), and the
 * plane's kubeconfig as the `kubeconfig` input beside a token. The event
 * payload, workspace and the job's own inputs come from the test.
 */
import { readFileSync } from 'node:fs'
import { runMain, type ActionRun } from './action-runner.js'
import { clusterEnv } from './cluster.js'
import { startGitHubDouble, type GitHubDouble } from './github-double/server.js'

/** The repository of @octokit/webhooks-examples' payloads. */
export const exampleRepository = 'Codertocat/Hello-World'

/** What tells one job from another on the double. */
export interface JobIdentity {
  /** GITHUB_RUN_ID: the check run's details and the run links name it. */
  runId: string
  /** GITHUB_SHA: the commit the run reports on. */
  sha: string
  /** GITHUB_REF; default refs/heads/main. */
  ref?: string
}

/** The variables the runner sets for a job, with GitHub being `double`. */
export function runnerEnv(
  double: GitHubDouble,
  job: JobIdentity
): Record<string, string> {
  return {
    GITHUB_API_URL: double.url,
    GITHUB_SERVER_URL: double.url,
    GITHUB_REPOSITORY: exampleRepository,
    GITHUB_RUN_ID: job.runId,
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_ACTOR: 'Codertocat',
    GITHUB_REF: job.ref ?? 'refs/heads/main',
    GITHUB_SHA: job.sha
  }
}

/** The local control plane's kubeconfig, as a workflow passes a secret. */
export function planeKubeconfig(): string {
  return readFileSync(clusterEnv().kubeconfig, 'utf8')
}

export interface PlaneJob extends JobIdentity {
  double: GitHubDouble
  eventName: string
  /** A real webhook payload (action-runner.ts webhookExample). */
  payload: unknown
  /** The checked-out repository (GITHUB_WORKSPACE). */
  workspace: string
  /** The step's inputs besides `token` and `kubeconfig`. */
  inputs?: Record<string, string>
}

/**
 * Runs the Action's main step for `job` with the plane's kubeconfig;
 * resolves with what it wrote (see runMain), whatever its exit code.
 */
export function runPlaneJob(job: PlaneJob): Promise<ActionRun> {
  return runMain({
    eventName: job.eventName,
    payload: job.payload,
    workspace: job.workspace,
    inputs: { token: 't', kubeconfig: planeKubeconfig(), ...job.inputs },
    env: runnerEnv(job.double, job)
  })
}

/** Runs `use` with a fresh GitHub double, closed afterwards whatever happens. */
export async function withGitHubDouble<T>(
  use: (double: GitHubDouble) => Promise<T>
): Promise<T> {
  const double = await startGitHubDouble()
  try {
    return await use(double)
  } finally {
    await double.close()
  }
}
