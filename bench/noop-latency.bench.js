// Benchmark (not a test): a no-op sync against a cluster some round trips
// away. `node bench/noop-latency.bench.js [--rtt 0,20,60] [--objects N]
// [--runs N]` with KUBECONFIG set (the lines `npm run cluster:up` prints);
// CLUSTERSYNC_CLI and CLUSTERSYNC_BASELINE_CLI as in sync.bench.js.
//
// Each contender syncs its own generated repository once, straight to the
// local API server; then its no-ops run through bench/latency-proxy.js,
// which delays every chunk by rtt/2 each way, interleaved with the other
// contender's. Prints the median and quartiles of the wall times.
import { spawn, spawnSync } from 'node:child_process'
import { once } from 'node:events'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { dump, load } from 'js-yaml'
import { generateSyncRepo } from './generate-sync-repo.js'
import { startLatencyProxy } from './latency-proxy.js'

const here = dirname(fileURLToPath(import.meta.url))
const args = process.argv.slice(2)
const option = (name, fallback) => {
  const at = args.indexOf(name)
  return at >= 0 ? args[at + 1] : fallback
}
const rtts = option('--rtt', '0,20,60').split(',').map(Number)
const objects = Number(option('--objects', '1000'))
const runs = Number(option('--runs', '11'))
const contenders = [
  [
    'now',
    resolve(process.env.CLUSTERSYNC_CLI ?? join(here, '../dist/cli/index.js'))
  ],
  ...(process.env.CLUSTERSYNC_BASELINE_CLI
    ? [['baseline', resolve(process.env.CLUSTERSYNC_BASELINE_CLI)]]
    : [])
]
if (!process.env.KUBECONFIG)
  throw new Error('set KUBECONFIG (run `npm run cluster:up` and its exports)')

/** The kubeconfig with its server moved to the relay's port. */
function relayedKubeconfig(folder, port) {
  const config = load(readFileSync(process.env.KUBECONFIG, 'utf8'))
  for (const { cluster } of config.clusters) {
    const url = new URL(cluster.server)
    url.port = String(port)
    cluster.server = url.toString().replace(/\/$/, '')
  }
  const path = join(folder, `kubeconfig-${port}`)
  writeFileSync(path, dump(config), { mode: 0o600 })
  return path
}

function serverPort() {
  const config = load(readFileSync(process.env.KUBECONFIG, 'utf8'))
  return Number(new URL(config.clusters[0].cluster.server).port)
}

/**
 * One sync; wall seconds. Not spawnSync: the relay runs in this process,
 * and a blocked event loop would forward nothing.
 */
async function sync(bundle, repo, kubeconfig) {
  const start = process.hrtime.bigint()
  const child = spawn(
    process.execPath,
    [bundle, 'sync', repo.definition, '--root', dirname(repo.definition)],
    {
      env: { ...process.env, KUBECONFIG: kubeconfig },
      stdio: ['ignore', 'pipe', 'ignore']
    }
  )
  let out = ''
  child.stdout.on('data', (chunk) => (out += chunk))
  const [code] = await once(child, 'close')
  if (code !== 0) throw new Error(`sync failed: ${out.slice(-1500)}`)
  return Number(process.hrtime.bigint() - start) / 1e9
}

function quartiles(list) {
  const s = [...list].sort((a, b) => a - b)
  const at = (q) => s[Math.min(s.length - 1, Math.floor(q * (s.length - 1)))]
  return { median: at(0.5), q1: at(0.25), q3: at(0.75) }
}

async function main() {
  const folder = mkdtempSync(join(tmpdir(), 'clustersync-latency-'))
  const stamp = Date.now().toString(36)
  const repos = contenders.map(([name]) =>
    generateSyncRepo(join(folder, name), {
      objects,
      namespacePrefix: `lat${name[0]}${stamp}`,
      cluster: `latency-${name}-${stamp}`
    })
  )
  const lines = [
    '| Round trip | Run | No-op median | Quartiles |',
    '|---|---|---|---|'
  ]
  try {
    for (const [i, [, bundle]] of contenders.entries())
      await sync(bundle, repos[i], process.env.KUBECONFIG)
    for (const rtt of rtts) {
      const proxy = await startLatencyProxy(serverPort(), rtt / 2)
      const kubeconfig = relayedKubeconfig(folder, proxy.port)
      const times = contenders.map(() => [])
      try {
        for (let round = 0; round < runs; round++) {
          for (const [i, [, bundle]] of contenders.entries())
            times[i].push(await sync(bundle, repos[i], kubeconfig))
        }
      } finally {
        await proxy.close()
      }
      contenders.forEach(([name], i) => {
        const q = quartiles(times[i])
        lines.push(
          `| ${rtt} ms | ${name} | ${q.median.toFixed(3)} s | ${q.q1.toFixed(3)}–${q.q3.toFixed(3)} s |`
        )
      })
      console.error(`bench: round trip ${rtt} ms done`)
    }
  } finally {
    for (const repo of repos) {
      const namespaces = Array.from(
        { length: repo.stacks },
        (_, s) => `${repo.namespacePrefix}-s${String(s).padStart(3, '0')}`
      )
      spawnSync('kubectl', [
        'delete',
        'namespace',
        ...namespaces,
        '--wait=false'
      ])
    }
    for (const [name] of contenders)
      spawnSync('kubectl', [
        'delete',
        'configmap,lease',
        `clustersync-latency-${name}-${stamp}`,
        '-n',
        'clustersync-system',
        '--ignore-not-found'
      ])
    rmSync(folder, { recursive: true, force: true })
  }
  console.log(lines.join('\n'))
}

await main()
