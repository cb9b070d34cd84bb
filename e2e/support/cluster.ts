// Helpers for e2e tests against the local control plane that
// global-setup.js starts. Every command runs from an argv array (never a
// shell) with the environment the setup prepared: KUBECONFIG, PATH with
// kubectl/helm/helm4, CLUSTERSYNC_CHART_REPO, CLUSTERSYNC_OCI_REPO and a
// private Helm home.
import { spawn } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { setTimeout as sleep } from 'node:timers/promises'

/** The outcome of one command. */
export interface RunResult {
  code: number
  stdout: string
  stderr: string
}

export interface RunOptions {
  /** Written to the command's stdin (manifests go here, not to temp files). */
  input?: string
  /** Resolve with a non-zero exit code instead of rejecting. */
  allowFailure?: boolean
  /** Kill the command after this long; default 120 s. */
  timeoutMs?: number
  /** The command's environment; default: this process's. */
  env?: NodeJS.ProcessEnv
}

/** The coordinates the global setup exported; throws if it did not run. */
export function clusterEnv(): {
  kubeconfig: string
  bin: string
  /** http://127.0.0.1:<port>: index.yaml plus the packaged test charts. */
  chartRepo: string
  /** oci://127.0.0.1:<port>/charts: the same charts; helm needs --plain-http. */
  ociRepo: string
} {
  const env = process.env
  const kubeconfig = env.KUBECONFIG
  const bin = env.CLUSTERSYNC_KUBE_BIN
  const chartRepo = env.CLUSTERSYNC_CHART_REPO
  const ociRepo = env.CLUSTERSYNC_OCI_REPO
  if (!kubeconfig || !bin || !chartRepo || !ociRepo) {
    throw new Error(
      'the e2e global setup did not run; use `npx jest --selectProjects e2e`'
    )
  }
  return { kubeconfig, bin, chartRepo, ociRepo }
}

/**
 * Runs `command` with `args` and resolves its output. Rejects on a non-zero
 * exit (unless `allowFailure`), naming the argv and stderr, or on timeout.
 */
export function run(
  command: string,
  args: readonly string[],
  options: RunOptions = {}
): Promise<RunResult> {
  const { input, allowFailure = false, timeoutMs = 120000, env } = options
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      stdio: ['pipe', 'pipe', 'pipe'],
      timeout: timeoutMs,
      env
    })
    let stdout = ''
    let stderr = ''
    child.stdout.setEncoding('utf8').on('data', (s: string) => (stdout += s))
    child.stderr.setEncoding('utf8').on('data', (s: string) => (stderr += s))
    child.on('error', reject)
    child.on('close', (code, signal) => {
      const result = { code: code ?? -1, stdout, stderr }
      if (result.code === 0 || (allowFailure && signal === null)) {
        resolve(result)
      } else {
        const how = signal ? `killed by ${signal}` : `exit ${code}`
        const argv = [command, ...args].join(' ')
        reject(new Error(`${argv} failed (${how}):\n${stderr.trim()}`))
      }
    })
    child.stdin.end(input)
  })
}

/** Runs kubectl (the plane's own, v1.34.2). */
export function kubectl(
  args: readonly string[],
  options?: RunOptions
): Promise<RunResult> {
  return run('kubectl', args, options)
}

/**
 * Reads one value with a kubectl JSONPath template, e.g.
 * `kubectlGet(['deploy', 'web', '-n', ns], '{.status.readyReplicas}')`.
 */
export async function kubectlGet(
  resource: readonly string[],
  jsonPath: string
): Promise<string> {
  const args = ['get', ...resource, '-o', `jsonpath=${jsonPath}`]
  return (await kubectl(args)).stdout
}

/** Runs helm v3 (`helm`) or helm v4 (`helm4`). */
export function helm(
  major: 3 | 4,
  args: readonly string[],
  options?: RunOptions
): Promise<RunResult> {
  return run(major === 3 ? 'helm' : 'helm4', args, options)
}

/**
 * Polls `probe` every `intervalMs` until it returns a value other than
 * undefined, and returns that value. Rejects after `timeoutMs`, naming `what`
 * and the last error the probe threw.
 */
export async function waitFor<T>(
  what: string,
  probe: () => Promise<T | undefined>,
  timeoutMs = 60000,
  intervalMs = 250
): Promise<T> {
  const deadline = Date.now() + timeoutMs
  let lastError: unknown
  for (;;) {
    try {
      const value = await probe()
      if (value !== undefined) return value
    } catch (error: unknown) {
      lastError = error
    }
    if (Date.now() > deadline) {
      const cause = lastError instanceof Error ? `: ${lastError.message}` : ''
      throw new Error(
        `timed out after ${timeoutMs} ms waiting for ${what}${cause}`
      )
    }
    await sleep(intervalMs)
  }
}

/** A namespace that belongs to one test. */
export interface TestNamespace {
  name: string
  /** Deletes the namespace without waiting for it to finish terminating. */
  cleanup(): Promise<void>
}

/** Label on every test namespace, to find leftovers of interrupted runs. */
export const testNamespaceLabel = 'clustersync.dev/e2e'

/**
 * Creates a namespace `<prefix>-<random>` (a valid DNS label) for one test.
 * Call `cleanup()` in afterAll/afterEach.
 */
export async function uniqueNamespace(prefix: string): Promise<TestNamespace> {
  const base = prefix
    .toLowerCase()
    .replace(/[^a-z0-9-]+/g, '-')
    .slice(0, 50)
  const name = `${base}-${randomBytes(4).toString('hex')}`.replace(/^-+/, '')
  const manifest = {
    apiVersion: 'v1',
    kind: 'Namespace',
    metadata: { name, labels: { [testNamespaceLabel]: 'true' } }
  }
  await kubectl(['create', '-f', '-'], { input: JSON.stringify(manifest) })
  return {
    name,
    cleanup: async () => {
      await kubectl([
        'delete',
        'namespace',
        name,
        '--ignore-not-found',
        '--wait=false'
      ])
    }
  }
}
