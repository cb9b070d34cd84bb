/**
 * The fleet workflow (docs/workflows/clustersync-fleet.yml) as the runner
 * runs it: the built Action (dist/index.js, on the Action's Node) against
 * the GitHub API double, with the inputs, matrix, job conditions and job
 * outputs read from the documented workflow itself, so the two cannot
 * drift apart. A repository of three clusters sharing one file, with git
 * commits made here: `mode: discover` on a push gives the matrix; the sync
 * job runs once per entry (each syncs into the local control plane, its
 * own namespace, with its own check run and status); `mode: summary` lists
 * the clusters that reported. A push changing the shared file selects all
 * three, one changing a cluster's own file selects that one, and one that
 * touches no cluster gives an empty matrix, which skips the sync and
 * summary jobs.
 */
import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { load } from 'js-yaml'
import {
  runMain,
  webhookExample,
  type ActionRun
} from '../support/action-runner.js'
import {
  startGitHubDouble,
  type GitHubDouble
} from '../support/github-double/server.js'
import {
  evaluateAny,
  evaluateTemplate
} from '../../__tests__/action/github-expression.js'
import { kubectl } from '../support/cluster.js'
import { removeSyncedCluster } from './sync-support.js'

const slow = 300_000
const repository = 'Codertocat/Hello-World'
const stamp = Date.now().toString(36)
// Letters and digits only: the workflow names each cluster's secret
// KUBECONFIG_<cluster>, and secret names take no "-".
const clusters = ['alpha', 'beta', 'gamma'].map((c) => `fleet${c}${stamp}`)
const namespaceOf = (cluster: string): string => `cs-${cluster}`

interface Step {
  id?: string
  uses?: string
  with?: Record<string, string>
}
interface Job {
  if?: string
  outputs?: Record<string, string>
  strategy?: { matrix: string }
  steps: Step[]
}
const workflow = load(
  readFileSync('docs/workflows/clustersync-fleet.yml', 'utf8')
) as { jobs: Record<string, Job> }
const actionInputs = (
  load(readFileSync('action.yml', 'utf8')) as {
    inputs: Record<string, { default?: string }>
  }
).inputs

/** The job's ClusterSync step. */
function clustersyncStep(job: string): Step {
  const step = workflow.jobs[job]?.steps.find((s) =>
    s.uses?.includes('/clustersync@')
  )
  if (!step) throw new Error(`job ${job} has no ClusterSync step`)
  return step
}

/**
 * The step's inputs as the runner passes them: action.yml's defaults, then
 * the step's `with:`, each evaluated in the job's context.
 */
function inputsOf(
  step: Step,
  context: Record<string, unknown>
): Record<string, string> {
  const inputs: Record<string, string> = {}
  for (const [name, input] of Object.entries(actionInputs)) {
    if (input.default !== undefined)
      inputs[name] = evaluateTemplate(String(input.default), context)
  }
  for (const [name, value] of Object.entries(step.with ?? {}))
    inputs[name] = evaluateTemplate(String(value), context)
  return inputs
}

/** A job's `if:`, evaluated; true when it has none. */
function jobRuns(job: string, context: Record<string, unknown>): boolean {
  const condition = workflow.jobs[job]?.if
  if (condition === undefined) return true
  const value = evaluateAny(condition.replace(/^\$\{\{|\}\}$/g, ''), context)
  return value !== null && value !== false && value !== ''
}

let double: GitHubDouble
let workspace: string
let planeKubeconfig: string

function git(...args: string[]): string {
  return execFileSync('git', args, {
    cwd: workspace,
    encoding: 'utf8',
    env: {
      ...process.env,
      GIT_AUTHOR_NAME: 'Codertocat',
      GIT_AUTHOR_EMAIL: 'octocat@github.com',
      GIT_COMMITTER_NAME: 'Codertocat',
      GIT_COMMITTER_EMAIL: 'octocat@github.com'
    }
  }).trim()
}

function write(path: string, text: string): void {
  mkdirSync(dirname(join(workspace, path)), { recursive: true })
  writeFileSync(join(workspace, path), text)
}

/** The shared file: one ConfigMap, put in each cluster's namespace by its stack's variable. */
function writeShared(value: string): void {
  write(
    'shared/config.yaml',
    [
      'apiVersion: v1',
      'kind: ConfigMap',
      'metadata:',
      '  name: fleet-shared',
      '  namespace: ${{ ankra.ns }}',
      'data:',
      `  value: ${value}`,
      ''
    ].join('\n')
  )
}

function writeCluster(cluster: string, label: string): void {
  write(
    `clusters/${cluster}/cluster.yaml`,
    [
      'apiVersion: v1',
      'kind: ImportCluster',
      'metadata:',
      `  name: ${cluster}`,
      'spec:',
      '  stacks:',
      '    - name: base',
      '      variables:',
      `        ns: ${namespaceOf(cluster)}`,
      '      manifests:',
      '        - name: namespace',
      '          from_file: namespace.yaml',
      '        - name: shared',
      '          from_file: ../../shared/config.yaml',
      '          parents:',
      '            - manifest: namespace',
      ''
    ].join('\n')
  )
  write(
    `clusters/${cluster}/namespace.yaml`,
    [
      'apiVersion: v1',
      'kind: Namespace',
      'metadata:',
      `  name: ${namespaceOf(cluster)}`,
      `  labels: { fleet-label: ${label} }`,
      ''
    ].join('\n')
  )
}

/** Commits everything; returns the new commit. */
function commit(message: string): string {
  git('add', '-A')
  git('commit', '-qm', message)
  return git('rev-parse', 'HEAD')
}

/** A real push payload for `before..after` on main. */
function pushPayload(before: string, after: string): Record<string, unknown> {
  const push = webhookExample('push')
  return {
    ...push,
    ref: 'refs/heads/main',
    before,
    after,
    forced: false,
    created: false,
    commits: [{ ...(push.head_commit as object), id: after }],
    head_commit: { ...(push.head_commit as object), id: after }
  }
}

/** What every job's step gets from the runner for this push. */
function runnerEnv(sha: string, job: string): Record<string, string> {
  return {
    GITHUB_API_URL: double.url,
    GITHUB_SERVER_URL: double.url,
    GITHUB_REPOSITORY: repository,
    GITHUB_RUN_ID: '5151',
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_JOB: job,
    GITHUB_ACTOR: 'Codertocat',
    GITHUB_REF: 'refs/heads/main',
    GITHUB_SHA: sha
  }
}

function baseContext(): Record<string, unknown> {
  return {
    github: {
      event_name: 'push',
      ref: 'refs/heads/main',
      token: 'ghs_fleet_token'
    },
    // Every cluster's secret holds the local control plane's kubeconfig.
    secrets: Object.fromEntries(
      clusters.map((c) => [`KUBECONFIG_${c.toUpperCase()}`, planeKubeconfig])
    )
  }
}

/** What the workflow did for one push. */
interface Pushed {
  discover: ActionRun
  /** The discover job's outputs, through the job's `outputs:` mapping. */
  outputs: Record<string, string>
  /** The sync jobs, by matrix entry; empty when the job was skipped. */
  syncs: { entry: Record<string, string>; run: ActionRun }[]
  /** The summary job; undefined when it was skipped. */
  summary?: ActionRun
}

/** Runs the fleet workflow's three jobs for a push of `before..after`. */
async function runWorkflow(before: string, after: string): Promise<Pushed> {
  const payload = pushPayload(before, after)
  const context = baseContext()
  const discover = await runMain({
    eventName: 'push',
    payload,
    workspace,
    inputs: inputsOf(clustersyncStep('discover'), context),
    env: runnerEnv(after, 'discover')
  })
  if (discover.exitCode !== 0)
    throw new Error(`discover failed:\n${discover.stdout}${discover.stderr}`)
  const stepId = clustersyncStep('discover').id ?? ''
  const outputs = Object.fromEntries(
    Object.entries(workflow.jobs.discover?.outputs ?? {}).map(([k, v]) => [
      k,
      evaluateTemplate(v, {
        ...context,
        steps: { [stepId]: { outputs: discover.outputs } }
      })
    ])
  )
  const afterDiscover = { ...context, needs: { discover: { outputs } } }
  const syncs: Pushed['syncs'] = []
  if (jobRuns('clustersync', afterDiscover)) {
    const matrixText = workflow.jobs.clustersync?.strategy?.matrix ?? ''
    const matrix = evaluateAny(
      matrixText.replace(/^\$\{\{|\}\}$/g, ''),
      afterDiscover
    ) as { include: Record<string, string>[] }
    // fail-fast: false; the jobs run side by side on separate runners.
    const runs = await Promise.all(
      matrix.include.map(async (entry) => ({
        entry,
        run: await runMain({
          eventName: 'push',
          payload,
          // Each job checks out the same commit.
          workspace,
          inputs: inputsOf(clustersyncStep('clustersync'), {
            ...afterDiscover,
            matrix: entry
          }),
          env: runnerEnv(after, 'clustersync')
        })
      }))
    )
    syncs.push(...runs)
  }
  const afterSyncs = {
    ...afterDiscover,
    needs: { ...afterDiscover.needs, clustersync: { result: 'success' } }
  }
  const summary = jobRuns('summary', afterSyncs)
    ? await runMain({
        eventName: 'push',
        payload,
        workspace,
        inputs: inputsOf(clustersyncStep('summary'), afterSyncs),
        env: runnerEnv(after, 'summary')
      })
    : undefined
  return { discover, outputs, syncs, ...(summary ? { summary } : {}) }
}

/** The matrix output's cluster names. */
function selected(pushed: Pushed): string[] {
  const matrix = JSON.parse(pushed.outputs.matrix ?? '') as {
    include: { cluster: string; definition: string }[]
  }
  for (const m of matrix.include)
    expect(m.definition).toBe(`clusters/${m.cluster}/cluster.yaml`)
  return matrix.include.map((m) => m.cluster)
}

/** Each sync job synced its cluster and reported it on the commit under its own name. */
function expectSynced(pushed: Pushed, sha: string, names: string[]): void {
  expect(pushed.syncs.map((s) => s.entry.cluster).sort()).toEqual(names)
  for (const { entry, run } of pushed.syncs) {
    if (run.exitCode !== 0)
      throw new Error(`${entry.cluster}: ${run.stdout}${run.stderr}`)
    expect(run.outputs.status).toBe('synced')
    const checks = double.state.checkRuns.filter(
      (c) => c.head_sha === sha && c.name === `ClusterSync / ${entry.cluster}`
    )
    expect(checks).toHaveLength(1)
    expect(checks[0]?.conclusion).toBe('success')
    const statuses = double.state.statuses.filter(
      (s) => s.sha === sha && s.context === `clustersync/${entry.cluster}`
    )
    expect(statuses.at(-1)?.state).toBe('success')
  }
}

/** The summary job's fleet table: its cluster names, in order. */
function summaryRows(pushed: Pushed): string[] {
  const summary = pushed.summary
  if (!summary) throw new Error('the summary job did not run')
  if (summary.exitCode !== 0)
    throw new Error(`summary failed:\n${summary.stdout}${summary.stderr}`)
  return [
    ...summary.summary.matchAll(/^\| \[([^\]]+)\]\([^)]+\) \| ✅ success \|/gm)
  ].map((m) => m[1] as string)
}

beforeAll(async () => {
  double = await startGitHubDouble()
  planeKubeconfig = readFileSync(process.env.KUBECONFIG as string, 'utf8')
  workspace = mkdtempSync(join(tmpdir(), 'clustersync-ws-fleet-'))
  git('init', '-q', '-b', 'main')
  writeShared('one')
  for (const c of clusters) writeCluster(c, 'one')
  write('README.md', '# fleet\n')
})
afterAll(async () => {
  await double.close()
  for (const c of clusters) await removeSyncedCluster(namespaceOf(c), c)
}, slow)
afterEach(() => double.assertNoViolations())

describe('the fleet workflow, run as the runner runs it', () => {
  let previous: string

  it(
    'a push changing the shared file selects all three; each syncs and reports on its own; the summary lists them',
    async () => {
      previous = commit('three clusters')
      writeShared('two')
      const sha = commit('change the shared file')
      const pushed = await runWorkflow(previous, sha)
      expect(selected(pushed)).toEqual([...clusters].sort())
      expect(pushed.outputs.clusters).toBe('3')
      expectSynced(pushed, sha, [...clusters].sort())
      // Each cluster got the shared file's new content, in its own namespace.
      for (const c of clusters) {
        const got = await kubectl([
          'get',
          'configmap',
          'fleet-shared',
          '-n',
          namespaceOf(c),
          '-o',
          'jsonpath={.data.value}'
        ])
        expect(got.stdout).toBe('two')
      }
      expect(summaryRows(pushed)).toEqual([...clusters].sort())
      expect(pushed.summary?.outputs.clusters).toBe('3')
      previous = sha
    },
    slow
  )

  it(
    "a push changing one cluster's file selects that one",
    async () => {
      const beta = clusters[1] as string
      writeCluster(beta, 'two')
      const sha = commit(`change ${beta}`)
      const pushed = await runWorkflow(previous, sha)
      expect(selected(pushed)).toEqual([beta])
      expect(pushed.outputs.clusters).toBe('1')
      expectSynced(pushed, sha, [beta])
      expect(summaryRows(pushed)).toEqual([beta])
      previous = sha
    },
    slow
  )

  it(
    'a push that touches no cluster gives an empty matrix, and the sync and summary jobs are skipped',
    async () => {
      write('README.md', '# fleet\n\nNothing a cluster reads.\n')
      const sha = commit('docs only')
      const checksBefore = double.state.checkRuns.length
      const pushed = await runWorkflow(previous, sha)
      expect(JSON.parse(pushed.outputs.matrix ?? '')).toEqual({
        include: [],
        removed: []
      })
      expect(pushed.outputs.clusters).toBe('0')
      expect(pushed.discover.stdout).toContain(
        `ClusterSync: 0 of 3 clusters selected (changed since ${previous.slice(0, 12)})`
      )
      expect(pushed.syncs).toEqual([])
      expect(pushed.summary).toBeUndefined()
      expect(double.state.checkRuns.length).toBe(checksBefore)
    },
    slow
  )
})
