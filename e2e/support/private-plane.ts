/**
 * A control plane of one test file's own (its own state directory and free
 * ports), for the suites that kill or restart its components: the shared
 * plane the other suites use is never disturbed. Started with `up`, stopped
 * with `down` in afterAll, also after a failure.
 */
import { spawn, spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

const clusterScript = fileURLToPath(
  new URL('../scripts/cluster.js', import.meta.url)
)

export interface PrivatePlane {
  stateDir: string
  kubeconfig: string
  apiPort: number
  /** http://127.0.0.1:<port>: this plane's chart repository. */
  chartRepo: string
  /** The pid of a running component (`kube-apiserver`, `etcd`, …). */
  pid(component: string): number
  /** `cluster.js restart <component>`, resolved once it is ready again. */
  restart(component: string): Promise<void>
  down(): void
}

function planeEnv(stateDir: string): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    CLUSTERSYNC_STATE_DIR: stateDir
  }
  for (const name of Object.keys(env)) {
    // Pinned ports belong to the shared plane; this one takes free ones.
    if (/^CLUSTERSYNC_\w+_PORT$/.test(name)) delete env[name]
  }
  return env
}

/** Runs cluster.js with the private state directory; throws on failure. */
function planeCommand(stateDir: string, args: string[]): string {
  const run = spawnSync(process.execPath, [clusterScript, ...args], {
    env: planeEnv(stateDir),
    encoding: 'utf8',
    timeout: 300_000
  })
  if (run.status !== 0) {
    throw new Error(`cluster.js ${args.join(' ')} failed:\n${run.stderr}`)
  }
  return run.stdout
}

/** Starts a plane in a fresh state directory named after `prefix`. */
export function startPrivatePlane(prefix: string): PrivatePlane {
  const stateDir = mkdtempSync(join(tmpdir(), `clustersync-${prefix}-plane-`))
  const exports = planeCommand(stateDir, ['up'])
  const match = /^export KUBECONFIG=(.*)$/m.exec(exports)
  if (!match?.[1]) throw new Error(`no KUBECONFIG in:\n${exports}`)
  const state = JSON.parse(
    readFileSync(join(stateDir, 'state.json'), 'utf8')
  ) as { ports: { apiserver: number }; chartRepo: string }
  return {
    stateDir,
    kubeconfig: match[1].replace(/^'(.*)'$/, '$1'),
    apiPort: state.ports.apiserver,
    chartRepo: state.chartRepo,
    pid: (component) =>
      Number(readFileSync(join(stateDir, 'pids', `${component}.pid`), 'utf8')),
    // Asynchronous, so a sync running in this process carries on meanwhile.
    restart: (component) =>
      new Promise((resolve, reject) => {
        const child = spawn(
          process.execPath,
          [clusterScript, 'restart', component],
          { env: planeEnv(stateDir), stdio: ['ignore', 'ignore', 'pipe'] }
        )
        let stderr = ''
        child.stderr.setEncoding('utf8').on('data', (t) => (stderr += t))
        child.on('error', reject)
        child.on('close', (code) =>
          code === 0
            ? resolve()
            : reject(new Error(`restart ${component} failed:\n${stderr}`))
        )
      }),
    down: () => {
      planeCommand(stateDir, ['down'])
      rmSync(stateDir, { recursive: true, force: true })
    }
  }
}
