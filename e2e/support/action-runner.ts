/**
 * Runs the built Action (dist/index.js) the way the GitHub runner does: a
 * fresh process of the Node that action.yml's `runs.using` names (the pinned
 * release the e2e global setup installs), with INPUT_* variables, GITHUB_EVENT_NAME and
 * GITHUB_EVENT_PATH (a real webhook payload), and the GITHUB_OUTPUT,
 * GITHUB_STATE and GITHUB_STEP_SUMMARY files; then, like `post-if: always()`,
 * the post step with STATE_* taken from what the main step saved.
 */
import { spawn } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'

export interface ActionRun {
  exitCode: number
  stdout: string
  stderr: string
  outputs: Record<string, string>
  state: Record<string, string>
  summary: string
  /** The runner's temp folder of this job (kubeconfig, plan JSON). */
  runnerTemp: string
  /** The entry file that ran; the post step runs the same one. */
  bundle: string
  /** Set when the run was killed for going over `limits`. */
  killed?: 'time' | 'memory'
}

/** A bound on one run: killed (SIGKILL) past either, and `killed` says which. */
export interface RunLimits {
  seconds: number
  /** Resident memory of the process, polled every 100 ms. */
  rssBytes: number
}

export interface RunOptions {
  eventName: string
  payload: unknown
  inputs?: Record<string, string>
  env?: Record<string, string>
  workspace: string
  /**
   * The Action's entry file; default this checkout's dist/index.js. Another
   * release's, unpacked from git, for upgrade tests.
   */
  bundle?: string
  /** Default: two minutes, memory unbounded. */
  limits?: RunLimits
  /** Called with each line the main step prints (stdout) and its pid: a test can signal it. */
  onLine?: (line: string, pid: number) => void
}

const dist = resolve('dist/index.js')

/**
 * Path of the Node binary GitHub would run the Action with: the release of
 * action.yml's major pinned in e2e/action-node, which the e2e global setup
 * installs and exports. Throws when the setup did not run.
 */
export function actionNode(): string {
  const node = process.env.CLUSTERSYNC_ACTION_NODE
  if (!node) {
    throw new Error(
      'CLUSTERSYNC_ACTION_NODE is not set: the e2e global setup did not run; use `npm test -- --selectProjects e2e`'
    )
  }
  return node
}

/**
 * Runs a process without blocking this one: the API double lives in the
 * test's own event loop, so a synchronous spawn would deadlock on the first
 * request. Killed past `limits` (by default after two minutes).
 */
function node(
  bundle: string,
  env: Record<string, string>,
  cwd?: string,
  limits: RunLimits = { seconds: 120, rssBytes: Infinity },
  onLine?: (line: string, pid: number) => void
): Promise<{
  status: number
  stdout: string
  stderr: string
  killed?: 'time' | 'memory'
}> {
  return new Promise((done, fail) => {
    const child = spawn(actionNode(), [bundle], { env, cwd })
    let stdout = ''
    let stderr = ''
    let killed: 'time' | 'memory' | undefined
    const kill = (why: 'time' | 'memory'): void => {
      killed ??= why
      child.kill('SIGKILL')
    }
    const timer = setTimeout(() => kill('time'), limits.seconds * 1000)
    const watch = setInterval(() => {
      if (residentBytes(child.pid) > limits.rssBytes) kill('memory')
    }, 100)
    let partial = ''
    child.stdout.on('data', (c: Buffer) => {
      const text = c.toString('utf8')
      stdout += text
      if (!onLine || child.pid === undefined) return
      const lines = (partial + text).split('\n')
      partial = lines.pop() ?? ''
      for (const line of lines) onLine(line, child.pid)
    })
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString('utf8')))
    child.on('error', fail)
    child.on('close', (code) => {
      clearTimeout(timer)
      clearInterval(watch)
      done({ status: code ?? 1, stdout, stderr, ...(killed ? { killed } : {}) })
    })
  })
}

/** VmRSS of a process (Linux), 0 when it cannot be read. */
function residentBytes(pid: number | undefined): number {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8')
    const kb = /^VmRSS:\s+(\d+) kB/m.exec(status)?.[1]
    return kb === undefined ? 0 : Number(kb) * 1024
  } catch {
    return 0
  }
}

/** Runs the main step; resolves with its files read back. */
export async function runMain(options: RunOptions): Promise<ActionRun> {
  const job = mkdtempSync(join(tmpdir(), 'clustersync-job-'))
  const files = {
    GITHUB_OUTPUT: join(job, 'output'),
    GITHUB_STATE: join(job, 'state'),
    GITHUB_STEP_SUMMARY: join(job, 'summary'),
    GITHUB_EVENT_PATH: join(job, 'event.json')
  }
  for (const f of Object.values(files)) writeFileSync(f, '')
  writeFileSync(files.GITHUB_EVENT_PATH, JSON.stringify(options.payload))
  const runnerTemp = join(job, 'temp')
  const inputs = Object.fromEntries(
    Object.entries(options.inputs ?? {}).map(([k, v]) => [
      `INPUT_${k.replace(/ /g, '_').toUpperCase()}`,
      v
    ])
  )
  const env = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? job,
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: options.eventName,
    GITHUB_WORKSPACE: options.workspace,
    RUNNER_TEMP: runnerTemp,
    ...files,
    ...inputs,
    ...options.env
  }
  const bundle = options.bundle ?? dist
  const main = await node(
    bundle,
    env,
    options.workspace,
    options.limits,
    options.onLine
  )
  return {
    ...(main.killed ? { killed: main.killed } : {}),
    exitCode: main.status,
    stdout: main.stdout,
    stderr: main.stderr,
    outputs: readFileCommands(files.GITHUB_OUTPUT),
    state: readFileCommands(files.GITHUB_STATE),
    summary: readFileSync(files.GITHUB_STEP_SUMMARY, 'utf8'),
    runnerTemp,
    bundle
  }
}

/** Runs the post step with STATE_* from the main step, as the runner does. */
export async function runPost(
  main: ActionRun,
  env: Record<string, string> = {}
): Promise<ActionRun> {
  const state = Object.fromEntries(
    Object.entries(main.state).map(([k, v]) => [`STATE_${k}`, v])
  )
  const post = await node(main.bundle, {
    PATH: process.env.PATH ?? '',
    GITHUB_ACTIONS: 'true',
    ...env,
    ...state
  })
  return {
    ...main,
    exitCode: post.status,
    stdout: post.stdout,
    stderr: post.stderr
  }
}

/** Parses `name<<delimiter\nvalue\ndelimiter` file commands. */
export function readFileCommands(path: string): Record<string, string> {
  const text = readFileSync(path, 'utf8')
  const out: Record<string, string> = {}
  const re = /^(.+?)<<(.+)\n([\s\S]*?)\n\2$/gm
  for (const m of text.matchAll(re)) out[m[1] as string] = m[3] as string
  return out
}

/** A real webhook payload from @octokit/webhooks-examples, deep-copied. */
export function webhookExample(
  name: string,
  pick: (example: Record<string, unknown>) => boolean = () => true
): Record<string, unknown> {
  const require = createRequire(import.meta.url)
  const all =
    require('@octokit/webhooks-examples/api.github.com/index.json') as {
      name: string
      examples: Record<string, unknown>[]
    }[]
  const example = all.find((e) => e.name === name)?.examples.find(pick)
  if (!example)
    throw new Error(`no ${name} example in @octokit/webhooks-examples`)
  return JSON.parse(JSON.stringify(example)) as Record<string, unknown>
}
