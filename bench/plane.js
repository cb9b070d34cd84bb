// The local control plane as a benchmark sees it: its environment, the
// process ids of its components (from the state directory `cluster.js`
// writes), the CPU time they have spent, and a wait until they are quiet.
import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { stateDir } from '../e2e/scripts/lib/settings.js'

/** KUBECONFIG from the environment, else from `cluster.js up`'s exports. */
export function planeEnv(repoRoot) {
  if (process.env.KUBECONFIG) return { ...process.env }
  const up = spawnSync(
    process.execPath,
    [join(repoRoot, 'e2e/scripts/cluster.js'), 'up'],
    { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] }
  )
  if (up.status !== 0) throw new Error('cluster:up failed')
  const env = { ...process.env }
  for (const line of up.stdout.split('\n')) {
    const m = /^export (\w+)=(.*)$/.exec(line)
    if (!m) continue
    env[m[1]] = m[2]
      .replace(/^'(.*)'$/, '$1')
      .replace('$PATH', process.env.PATH ?? '')
  }
  return env
}

/**
 * The pids of the plane's API server, etcd and controllers (not its chart
 * server or registry), or [] when the state directory has none (a plane
 * the bench did not start: then nothing is waited for or measured).
 */
export function planePids(env) {
  const file = join(stateDir(env), 'state.json')
  if (!existsSync(file)) return []
  const state = JSON.parse(readFileSync(file, 'utf8'))
  if (state.kubeconfig !== env.KUBECONFIG) return []
  return state.components
    .filter((c) =>
      /^(etcd|kube-apiserver|kube-controller-manager|kube-scheduler|kwok)$/.test(
        c.name
      )
    )
    .map((c) => c.pid)
}

const ticksPerSecond = 100 // USER_HZ on Linux

/** User + system CPU seconds the processes have spent so far. */
export function planeCpuSeconds(pids) {
  let ticks = 0
  for (const pid of pids) {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
    // Fields after the command name (in parentheses, may hold spaces).
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
    ticks += Number(fields[11]) + Number(fields[12])
  }
  return ticks / ticksPerSecond
}

/**
 * Waits (untimed) until the plane is quiet: two 300 ms windows in a row in
 * which its processes used under 10 % of one CPU, or 15 s. Watching the
 * plane, not the whole machine, keeps this meaningful on a machine others
 * share.
 */
export function settlePlane(pids) {
  if (pids.length === 0) return
  const started = Date.now()
  let quiet = 0
  let last = planeCpuSeconds(pids)
  while (quiet < 2 && Date.now() - started < 15_000) {
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 300)
    const now = planeCpuSeconds(pids)
    quiet = now - last < 0.03 ? quiet + 1 : 0
    last = now
  }
}
