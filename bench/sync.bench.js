// Benchmark (not a test) for issue 4: `npm run build && node bench/sync.bench.js [sizes…]`
// (default sizes 100 1000 3000). Against the local control plane (started
// with `npm run cluster:up` when KUBECONFIG is not set), for each size on a
// fresh generated repository (bench/generate-sync-repo.js):
//   clustersync full sync, no-op sync, one-file-change sync, plan;
//   (a) `kubectl apply -f <file>` once per file (hand-written workflows);
//   (b) one `kubectl apply --server-side -f <dir>` over all files.
// Each size gets its own namespaces (the cluster name includes the size), and
// the baselines run in their own copy, so no run finds another's objects.
// Prints a Markdown table with wall time and peak RSS (GNU time's %M, when
// /usr/bin/time exists) to paste into BENCHMARKS.md. Pass --workloads to
// include Deployments (needs the kwok node of Tier B).
import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { editOneFile, generateSyncRepo } from './generate-sync-repo.js'

const here = dirname(fileURLToPath(import.meta.url))
const repoRoot = resolve(here, '..')
const args = process.argv.slice(2)
const workloads = args.includes('--workloads')
const sizes = args.filter((a) => /^\d+$/.test(a)).map(Number)
if (sizes.length === 0) sizes.push(100, 1000, 3000)
const cli = join(repoRoot, 'dist', 'cli', 'index.js')
const gnuTime = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined

/** KUBECONFIG from the environment, else from `cluster.js up`'s exports. */
function clusterEnv() {
  if (process.env.KUBECONFIG) return { ...process.env }
  const up = spawnSync(
    process.execPath,
    [join(repoRoot, 'e2e/scripts/cluster.js'), 'up'],
    {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'inherit']
    }
  )
  if (up.status !== 0) throw new Error('cluster:up failed')
  const env = { ...process.env }
  for (const line of up.stdout.split('\n')) {
    const m = /^export (\w+)=(.*)$/.exec(line)
    if (!m) continue
    const value = m[2]
      .replace(/^'(.*)'$/, '$1')
      .replace('$PATH', process.env.PATH ?? '')
    env[m[1]] = value
  }
  return env
}

/** Runs one command, timed; returns seconds and peak RSS in MiB (or null). */
function timed(env, command, argv, options = {}) {
  const scratch = mkdtempSync(join(tmpdir(), 'clustersync-bench-time-'))
  const rssFile = join(scratch, 'rss')
  const [cmd, cmdArgs] = gnuTime
    ? [gnuTime, ['-f', '%M', '-o', rssFile, command, ...argv]]
    : [command, argv]
  const start = process.hrtime.bigint()
  const result = spawnSync(cmd, cmdArgs, {
    env,
    encoding: 'utf8',
    maxBuffer: 1 << 28,
    ...options
  })
  const seconds = Number(process.hrtime.bigint() - start) / 1e9
  const rss =
    gnuTime && existsSync(rssFile)
      ? Number(readFileSync(rssFile, 'utf8').trim()) / 1024
      : null
  rmSync(scratch, { recursive: true, force: true })
  if (result.status !== 0 && !options.allowFailure) {
    throw new Error(
      `${command} ${argv.join(' ')} exited ${result.status}: ${(result.stderr ?? '').slice(-2000)}`
    )
  }
  return { seconds, rss }
}

/** Sums several timed runs (the per-file kubectl loop); RSS is the max. */
function loop(env, runs) {
  let seconds = 0
  let rss = null
  for (const [command, argv] of runs) {
    const r = timed(env, command, argv)
    seconds += r.seconds
    rss = r.rss === null ? rss : Math.max(rss ?? 0, r.rss)
  }
  return { seconds, rss }
}

function benchSize(env, objects) {
  const root = mkdtempSync(join(tmpdir(), `clustersync-bench-${objects}-`))
  try {
    const repo = generateSyncRepo(join(root, 'repo'), {
      objects,
      workloads,
      namespacePrefix: `ns-${objects}`
    })
    const sync = (extra = []) =>
      timed(env, process.execPath, [
        cli,
        'sync',
        repo.definition,
        '--root',
        join(root, 'repo'),
        ...extra
      ])
    const results = {}
    results.plan = timed(env, process.execPath, [
      cli,
      'plan',
      repo.definition,
      '--root',
      join(root, 'repo'),
      '--no-live'
    ])
    results.full = sync()
    results.noop = sync()
    editOneFile(repo, 2)
    results.oneFile = sync()
    // The baselines must create objects too, not find ClusterSync's: each
    // runs on its own copy with its own namespaces.
    const base = generateSyncRepo(join(root, 'baseline'), {
      objects,
      workloads,
      revision: 3,
      namespacePrefix: `ns-loop-${objects}`
    })
    results.perFile = loop(
      env,
      base.files.map((f) => ['kubectl', ['apply', '-f', f]])
    )
    const ssa = generateSyncRepo(join(root, 'ssa'), {
      objects,
      workloads,
      revision: 4,
      namespacePrefix: `ns-ssa-${objects}`
    })
    results.serverSide = timed(env, 'kubectl', [
      'apply',
      '--server-side',
      '-f',
      join(dirname(ssa.definition), 'manifests')
    ])
    return results
  } finally {
    rmSync(root, { recursive: true, force: true })
  }
}

function row(name, objects, r, full) {
  const ratio = full
    ? ` (${((r.seconds / full.seconds) * 100).toFixed(1)}% of full)`
    : ''
  const rss = r.rss === null ? 'n/a' : `${r.rss.toFixed(0)} MiB`
  return `| ${objects} | ${name} | ${r.seconds.toFixed(2)} s${ratio} | ${rss} |`
}

function main() {
  if (!existsSync(cli))
    throw new Error('run `npm run build` first (dist/cli/index.js is missing)')
  const env = clusterEnv()
  const lines = [
    '| Objects | Run | Wall time | Peak RSS |',
    '|---|---|---|---|'
  ]
  for (const objects of sizes) {
    console.error(`bench: ${objects} objects…`)
    const r = benchSize(env, objects)
    lines.push(
      row('clustersync plan (offline)', objects, r.plan),
      row('clustersync sync, full', objects, r.full),
      row('clustersync sync, no-op', objects, r.noop, r.full),
      row('clustersync sync, one file changed', objects, r.oneFile, r.full),
      row('(a) kubectl apply -f per file', objects, r.perFile),
      row('(b) kubectl apply --server-side -f dir', objects, r.serverSide)
    )
  }
  console.log(lines.join('\n'))
}

main()
