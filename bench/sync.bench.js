// Benchmark (not a test) for issue 4: `npm run build && node bench/sync.bench.js
// [sizes…] [--runs N] [--loop-runs N]` (default sizes 100 1000 3000, 3 runs;
// CLUSTERSYNC_CLI=<bundle> benchmarks another build than dist/cli;
// CLUSTERSYNC_BASELINE_CLI=<bundle> adds an older build as one more
// contender in every round, for before/after figures from one session). Against the local control plane (started
// with `npm run cluster:up` when KUBECONFIG is not set), for each size on a
// fresh generated repository (bench/generate-sync-repo.js):
//   clustersync full sync, no-op sync, `sync --full` on the unchanged
//   cluster, one-file-change sync, plan; the
//   no-op's floors: Node's own start (`node -e 0`) and the least any Node
//   program must do to find nothing to apply (bench/noop-floor.js), and,
//   when NODE_EXTRA_CA_CERTS is set, the no-op and that floor without it;
//   (a) `kubectl apply -f <file>` once per file (hand-written workflows);
//   (b) one `kubectl apply --server-side -f <dir>` over all files.
// Every run (ClusterSync's and each baseline's) gets a fresh repository with
// its own namespaces and cluster name, and deletes them afterwards (untimed),
// so each full apply starts from empty; the order rotates per round and each
// figure is the median of the rounds. Before each timed run the bench waits
// (untimed, up to 15 s) until the machine is quiet — the control plane
// digests a full apply or a namespace deletion for seconds after the command
// returns, and a run started in that wake measures the wake too. The no-op
// is also timed once right after the full sync, in that wake, and shown as
// its own row.
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
const option = (name, fallback) => {
  const at = args.indexOf(name)
  return at >= 0 ? Number(args[at + 1]) : fallback
}
/** Rounds per size (medians are taken over them); --runs N, default 3. */
const runs = option('--runs', 3)
/** Rounds of the slow per-file loop (a); --loop-runs N, default `runs`. */
const loopRuns = option('--loop-runs', runs)
const sizes = args
  .filter((a, i) => /^\d+$/.test(a) && !/^--/.test(args[i - 1] ?? ''))
  .map(Number)
if (sizes.length === 0) sizes.push(100, 1000, 3000)
// CLUSTERSYNC_CLI: a bundle built elsewhere (e.g. from a work tree that is
// not the checkout's dist/), so benchmarks never need dist/ rebuilt.
const cli = process.env.CLUSTERSYNC_CLI
  ? resolve(process.env.CLUSTERSYNC_CLI)
  : join(repoRoot, 'dist', 'cli', 'index.js')
const baselineCli = process.env.CLUSTERSYNC_BASELINE_CLI
  ? resolve(process.env.CLUSTERSYNC_BASELINE_CLI)
  : undefined
const floorScript = join(here, 'noop-floor.js')
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

/** Busy and total CPU time so far, from /proc/stat (all CPUs). */
function cpuTimes() {
  const [cpu] = readFileSync('/proc/stat', 'utf8').split('\n')
  const fields = cpu.trim().split(/\s+/).slice(1).map(Number)
  const total = fields.reduce((a, b) => a + b, 0)
  const idle = fields[3] + (fields[4] ?? 0) // idle + iowait
  return { busy: total - idle, total }
}

/**
 * Waits (untimed) until the machine is quiet: two 300 ms windows in a row
 * below 25 % CPU over all cores, or 15 s.
 */
function settle() {
  if (!existsSync('/proc/stat')) return
  const started = Date.now()
  let quiet = 0
  let last = cpuTimes()
  while (quiet < 2 && Date.now() - started < 15_000) {
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 300)
    const now = cpuTimes()
    const share = (now.busy - last.busy) / Math.max(1, now.total - last.total)
    quiet = share < 0.25 ? quiet + 1 : 0
    last = now
  }
}

/** Runs one command, timed; returns seconds and peak RSS in MiB (or null). */
function timed(env, command, argv, options = {}) {
  const scratch = mkdtempSync(join(tmpdir(), 'clustersync-bench-time-'))
  const rssFile = join(scratch, 'rss')
  const [cmd, cmdArgs] = gnuTime
    ? [gnuTime, ['-f', '%M', '-o', rssFile, command, ...argv]]
    : [command, argv]
  const { hot, allowFailure, ...spawnOptions } = options
  if (!hot) settle()
  const start = process.hrtime.bigint()
  const result = spawnSync(cmd, cmdArgs, {
    env,
    encoding: 'utf8',
    maxBuffer: 1 << 28,
    ...spawnOptions
  })
  const seconds = Number(process.hrtime.bigint() - start) / 1e9
  const rss =
    gnuTime && existsSync(rssFile)
      ? Number(readFileSync(rssFile, 'utf8').trim()) / 1024
      : null
  rmSync(scratch, { recursive: true, force: true })
  if (result.status !== 0 && !allowFailure) {
    throw new Error(
      `${command} ${argv.join(' ')} exited ${result.status}: ${(result.stderr ?? '').slice(-2000)}`
    )
  }
  return { seconds, rss }
}

/** Sums several timed runs (the per-file kubectl loop); RSS is the max. */
function loop(env, commands) {
  let seconds = 0
  let rss = null
  settle()
  for (const [command, argv] of commands) {
    // One workflow: the plane is not given time between its files.
    const r = timed(env, command, argv, { hot: true })
    seconds += r.seconds
    rss = r.rss === null ? rss : Math.max(rss ?? 0, r.rss)
  }
  return { seconds, rss }
}

/** Deletes what one run created (untimed), so every run starts empty. */
function cleanup(env, namespaces, cluster) {
  if (namespaces.length > 0) {
    timed(
      env,
      'kubectl',
      [
        'delete',
        'namespace',
        ...namespaces,
        '--ignore-not-found',
        '--wait=true',
        '--timeout=300s'
      ],
      { hot: true }
    )
  }
  if (cluster) {
    timed(
      env,
      'kubectl',
      [
        'delete',
        'configmap,lease',
        `clustersync-${cluster}`,
        '-n',
        'clustersync-system',
        '--ignore-not-found'
      ],
      { hot: true }
    )
  }
}

function namespacesOf(repo) {
  return Array.from(
    { length: repo.stacks },
    (_, s) => `${repo.namespacePrefix}-s${String(s).padStart(3, '0')}`
  )
}

/** One ClusterSync run on a fresh repository: plan, full, no-op, one file. */
function clusterSyncRun(env, root, objects, tag, bundle = cli) {
  const cluster = `bench-${tag}`
  const repo = generateSyncRepo(join(root, tag), {
    objects,
    workloads,
    namespacePrefix: tag,
    cluster
  })
  const base = [repo.definition, '--root', join(root, tag)]
  const results = {
    plan: timed(env, process.execPath, [bundle, 'plan', ...base, '--no-live'])
  }
  const sync = ({ extra = [], ...options } = {}) =>
    timed(env, process.execPath, [bundle, 'sync', ...base, ...extra], options)
  results.full = sync()
  // In the full sync's wake first, then on a quiet plane.
  results.noopHot = sync({ hot: true })
  results.noop = sync()
  if (bundle === cli) {
    // The no-op's floors in the same round: Node's own start, and the
    // least a Node program must do to find nothing to apply
    // (noop-floor.js); then both no-ops without this machine's
    // NODE_EXTRA_CA_CERTS (see extraCaEnv).
    results.nodeStart = timed(env, process.execPath, ['-e', '0'])
    results.floor = timed(env, process.execPath, [floorScript, ...base])
    const plain = extraCaEnv(env)
    if (plain) {
      results.noopNoExtraCa = timed(plain, process.execPath, [
        bundle,
        'sync',
        ...base
      ])
      results.floorNoExtraCa = timed(plain, process.execPath, [
        floorScript,
        ...base
      ])
    }
  }
  // The reconcile that corrects drift (issue 19): every object compared
  // with the cluster, on a cluster nothing changed since the full sync.
  results.reconcile = sync({ extra: ['--full'] })
  editOneFile(repo, 2)
  results.oneFile = sync()
  cleanup(env, namespacesOf(repo), cluster)
  return results
}

/**
 * `env` without NODE_EXTRA_CA_CERTS, or undefined when it has none. With
 * it, Node builds its certificate store (its own ~140 roots and the file's)
 * before running a line: on this machine, whose file is the system bundle
 * of 144, `node -e 0` takes ~60 ms instead of ~22. GitHub's hosted runners
 * do not set it.
 */
function extraCaEnv(env) {
  if (!env.NODE_EXTRA_CA_CERTS) return undefined
  const rest = { ...env }
  delete rest.NODE_EXTRA_CA_CERTS
  return rest
}

/** (a): `kubectl apply -f` once per file, namespaces first. */
function perFileRun(env, root, objects, tag) {
  const repo = generateSyncRepo(join(root, tag), {
    objects,
    workloads,
    namespacePrefix: tag
  })
  const result = loop(
    env,
    repo.files.map((f) => ['kubectl', ['apply', '-f', f]])
  )
  cleanup(env, namespacesOf(repo))
  return result
}

/** (b): one `kubectl apply --server-side -f <dir>`. */
function serverSideRun(env, root, objects, tag) {
  const repo = generateSyncRepo(join(root, tag), {
    objects,
    workloads,
    namespacePrefix: tag
  })
  const result = timed(env, 'kubectl', [
    'apply',
    '--server-side',
    '-f',
    join(dirname(repo.definition), 'manifests')
  ])
  cleanup(env, namespacesOf(repo))
  return result
}

/**
 * `runs` rounds per size; each round runs ClusterSync and both baselines on
 * fresh repositories and namespaces, in an order that rotates per round, so
 * drift in the control plane (etcd growth, controllers catching up) hits
 * every contender alike. Returns the per-figure lists of samples.
 */
/** What each ClusterSync contender measures per round (clusterSyncRun). */
const clusterSyncFigures = [
  'plan',
  'full',
  'noopHot',
  'noop',
  'nodeStart',
  'floor',
  'noopNoExtraCa',
  'floorNoExtraCa',
  'reconcile',
  'oneFile'
]

function benchSize(env, objects) {
  const root = mkdtempSync(join(tmpdir(), `clustersync-bench-${objects}-`))
  const stamp = Date.now().toString(36)
  const clusterSyncSamples = () =>
    Object.fromEntries(clusterSyncFigures.map((key) => [key, []]))
  const samples = {
    ...clusterSyncSamples(),
    baseline: clusterSyncSamples(),
    perFile: [],
    serverSide: []
  }
  /** One ClusterSync contender: `bundle`'s four figures go into `into`. */
  const clusterSync = (tag, bundle, into) => (round) => {
    const r = clusterSyncRun(
      env,
      root,
      objects,
      `${tag}${objects}-${stamp}-${round}`,
      bundle
    )
    for (const key of clusterSyncFigures) if (r[key]) into[key].push(r[key])
  }
  const contenders = [
    clusterSync('cs', cli, samples),
    (round) => {
      if (round < loopRuns)
        samples.perFile.push(
          perFileRun(env, root, objects, `pf${objects}-${stamp}-${round}`)
        )
    },
    (round) =>
      samples.serverSide.push(
        serverSideRun(env, root, objects, `ss${objects}-${stamp}-${round}`)
      ),
    ...(baselineCli ? [clusterSync('bl', baselineCli, samples.baseline)] : [])
  ]
  try {
    for (let round = 0; round < runs; round++) {
      for (let k = 0; k < contenders.length; k++) {
        contenders[(round + k) % contenders.length](round)
      }
      // Each round's own figures, so the medians' spread can be read.
      const last = (list) => list.at(-1)?.seconds.toFixed(2) ?? '-'
      console.error(
        `bench: ${objects} objects, round ${round + 1}/${runs} done (full ${last(samples.full)} s, --full unchanged ${last(samples.reconcile)} s, no-op ${last(samples.noop)} s (right after full ${last(samples.noopHot)} s), one file ${last(samples.oneFile)} s, (a) ${round < loopRuns ? last(samples.perFile) : '-'} s, (b) ${last(samples.serverSide)} s${baselineCli ? `, baseline full ${last(samples.baseline.full)} s, no-op ${last(samples.baseline.noop)} s` : ''})`
      )
    }
    return samples
  } finally {
    rmSync(root, { recursive: true, force: true })
  }
}

/** The median of the wall times, and the largest peak RSS seen. */
function summary(list) {
  if (list.length === 0) return { seconds: NaN, rss: null, n: 0 }
  const seconds = list.map((r) => r.seconds).sort((a, b) => a - b)
  const mid = Math.floor(seconds.length / 2)
  const median =
    seconds.length % 2 === 1
      ? seconds[mid]
      : (seconds[mid - 1] + seconds[mid]) / 2
  const rsses = list.map((r) => r.rss).filter((r) => r !== null)
  return {
    seconds: median,
    rss: rsses.length > 0 ? Math.max(...rsses) : null,
    n: list.length
  }
}

function row(name, objects, r, note = '') {
  const rss = r.rss === null ? 'n/a' : `${r.rss.toFixed(0)} MiB`
  // Milliseconds count below a second (a no-op's 5 % of a full sync).
  const seconds = r.seconds.toFixed(r.seconds < 1 ? 3 : 2)
  return `| ${objects} | ${name} | ${seconds} s | ${r.n} | ${note} | ${rss} |`
}

const pct = (a, b) => `${((a.seconds / b.seconds) * 100).toFixed(1)}% of full`
const times = (a, b) => `${(a.seconds / b.seconds).toFixed(2)}× the full sync`

function main() {
  if (!existsSync(cli))
    throw new Error('run `npm run build` first (dist/cli/index.js is missing)')
  const env = clusterEnv()
  const lines = [
    '| Objects | Run | Median wall time | Runs | Ratio | Peak RSS |',
    '|---|---|---|---|---|---|'
  ]
  for (const objects of sizes) {
    console.error(`bench: ${objects} objects…`)
    const s = benchSize(env, objects)
    const summarize = (samples) =>
      Object.fromEntries(
        Object.entries(samples)
          .filter(([, v]) => Array.isArray(v))
          .map(([k, v]) => [k, summary(v)])
      )
    const r = summarize(s)
    const rows = (label, c, fullOfRatio) => [
      row(`${label} plan (offline)`, objects, c.plan),
      row(
        `${label} sync, full`,
        objects,
        c.full,
        fullOfRatio ? times(c.full, fullOfRatio) : ''
      ),
      row(`${label} sync, no-op`, objects, c.noop, pct(c.noop, c.full)),
      row(
        `${label} sync --full, unchanged cluster`,
        objects,
        c.reconcile,
        times(c.reconcile, c.full)
      ),
      row(
        `${label} sync, no-op right after the full sync`,
        objects,
        c.noopHot,
        pct(c.noopHot, c.full)
      ),
      ...[
        ["floor: the no-op's reads alone (noop-floor.js)", c.floor],
        ['floor: Node alone (`node -e 0`)', c.nodeStart],
        [`${label} sync, no-op, without NODE_EXTRA_CA_CERTS`, c.noopNoExtraCa],
        [
          "floor: the no-op's reads alone, without NODE_EXTRA_CA_CERTS",
          c.floorNoExtraCa
        ]
      ]
        .filter(([, figure]) => figure.n > 0)
        .map(([name, figure]) =>
          row(name, objects, figure, pct(figure, c.full))
        ),
      row(
        `${label} sync, one file changed`,
        objects,
        c.oneFile,
        pct(c.oneFile, c.full)
      )
    ]
    lines.push(
      ...rows('clustersync', r),
      row(
        '(a) kubectl apply -f per file',
        objects,
        r.perFile,
        times(r.perFile, r.full)
      ),
      row(
        '(b) kubectl apply --server-side -f dir',
        objects,
        r.serverSide,
        times(r.serverSide, r.full)
      )
    )
    if (baselineCli)
      lines.push(...rows('baseline:', summarize(s.baseline), r.full))
  }
  console.log(lines.join('\n'))
}

main()
