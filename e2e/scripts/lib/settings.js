// Where the local control plane keeps its state and which names it uses. The
// one place that reads CLUSTERSYNC_* settings, so `up`, `down`, `status` and
// the Jest global setup always agree on the state directory.
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

/** The repository root (three levels above this file). */
export const repoRoot = fileURLToPath(new URL('../../../', import.meta.url))

/** Components in start order; `down` stops them in reverse. */
export const componentOrder = [
  'etcd',
  'kube-apiserver',
  'kube-controller-manager',
  'kube-scheduler',
  'kwok',
  'chart-server',
  'registry'
]

/** The fake node kwok manages; chart pods are scheduled onto it. */
export const nodeName = 'clustersync-node-0'

/**
 * Port settings: each may be pinned with its env var; unset ones get a free
 * loopback port at `up` time (so two users on one machine never collide).
 */
export const portSettings = {
  etcd: 'CLUSTERSYNC_ETCD_PORT',
  etcdPeer: 'CLUSTERSYNC_ETCD_PEER_PORT',
  apiserver: 'CLUSTERSYNC_API_PORT',
  controllerManager: 'CLUSTERSYNC_KCM_PORT',
  scheduler: 'CLUSTERSYNC_SCHEDULER_PORT',
  chartServer: 'CLUSTERSYNC_CHART_PORT',
  registry: 'CLUSTERSYNC_REGISTRY_PORT'
}

/**
 * The state directory: CLUSTERSYNC_STATE_DIR, else a per-user folder under
 * XDG_RUNTIME_DIR or the OS temp dir. Outside the repository on purpose, so
 * no test run can leave etcd data or keys in the working tree.
 */
export function stateDir(env = process.env) {
  if (env.CLUSTERSYNC_STATE_DIR) return resolve(env.CLUSTERSYNC_STATE_DIR)
  if (env.XDG_RUNTIME_DIR) {
    return join(env.XDG_RUNTIME_DIR, 'clustersync-cluster')
  }
  // os.tmpdir() is shared between users; the uid keeps their planes apart.
  return join(tmpdir(), `clustersync-cluster-${process.getuid?.() ?? 'user'}`)
}

/**
 * The state directory of the plane the e2e tests run on:
 * CLUSTERSYNC_TEST_STATE_DIR when set (a plane started there on purpose is
 * reused as it is), else the state directory above with `-tests` appended.
 * So `npm test` never runs on the plane `npm run demo` or `cluster:up`
 * started, whatever a user changed in it since, even when CLUSTERSYNC_STATE_DIR
 * names the demo's plane.
 */
export function testStateDir(env = process.env) {
  return env.CLUSTERSYNC_TEST_STATE_DIR
    ? resolve(env.CLUSTERSYNC_TEST_STATE_DIR)
    : `${stateDir(env)}-tests`
}

/** Paths of the files inside a state directory. */
export function statePaths(dir) {
  return {
    dir,
    state: join(dir, 'state.json'),
    lock: `${dir}.lock`,
    logs: join(dir, 'logs'),
    pids: join(dir, 'pids'),
    pki: join(dir, 'pki'),
    etcdData: join(dir, 'etcd-data'),
    kubeconfig: join(dir, 'kubeconfig'),
    tokens: join(dir, 'tokens.csv'),
    saKey: join(dir, 'sa.key'),
    charts: join(dir, 'charts'),
    registryData: join(dir, 'registry-data'),
    helmHome: join(dir, 'helm-home')
  }
}

/** Writes one progress line to stderr (stdout is reserved for `export` lines). */
export function log(message) {
  process.stderr.write(`[cluster] ${message}\n`)
}
