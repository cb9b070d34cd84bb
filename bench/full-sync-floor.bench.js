// Benchmark (not a test) for issue 19's third target: a ClusterSync sync of
// a generated repository into an empty cluster against the floor, the
// project's own minimal client (bench/apply-floor.js: the same objects as
// server-side-apply PATCHes prepared in advance, 8 in flight over one
// HTTP/2 connection). Targets: at most 1.3× the floor at 1,000 objects and
// 1.15× at 3,000.
//
//   node bench/full-sync-floor.bench.js [sizes…] [--runs N]
//
// Defaults: sizes 1000 3000, 5 rounds. KUBECONFIG from the environment, else
// `e2e/scripts/cluster.js up` (set CLUSTERSYNC_STATE_DIR for a private
// plane). CLUSTERSYNC_CLI benchmarks another build than dist/cli;
// CLUSTERSYNC_BASELINE_CLI adds an older build as a third contender.
// Each round runs every contender once, in an order that rotates per round,
// each on a fresh repository (bench/generate-sync-repo.js) with its own
// namespaces and cluster name, deleted afterwards (untimed), so every run
// starts from empty. Before each timed run the bench waits (untimed, up to
// 15 s) for the control plane to go quiet: it digests a namespace deletion
// for seconds after kubectl returns. Figures: wall time (ClusterSync: spawn
// to exit; the floor: first request to last answer, as it reports), the
// client's CPU (user + system), its peak RSS, and the CPU the plane's
// processes (etcd, kube-apiserver, controllers) spent during the run.
// Ratios are the median of each round's ratio, and the ratio of medians.
import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { cpus, loadavg, tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { generateSyncRepo } from './generate-sync-repo.js'
import { planeEnv, planePids, planeCpuSeconds, settlePlane } from './plane.js'

const here = dirname(fileURLToPath(import.meta.url))
const repoRoot = resolve(here, '..')
const args = process.argv.slice(2)
const runsAt = args.indexOf('--runs')
const runs = runsAt >= 0 ? Number(args[runsAt + 1]) : 5
const sizes = args
  .filter((a, i) => /^\d+$/.test(a) && i !== runsAt + 1)
  .map(Number)
if (sizes.length === 0) sizes.push(1000, 3000)
const cli = resolve(
  process.env.CLUSTERSYNC_CLI ?? join(repoRoot, 'dist', 'cli', 'index.js')
)
const baselineCli = process.env.CLUSTERSYNC_BASELINE_CLI
  ? resolve(process.env.CLUSTERSYNC_BASELINE_CLI)
  : undefined
const floorScript = join(here, 'apply-floor.js')
const gnuTime = '/usr/bin/time'

/**
 * Runs one command under GNU time: wall seconds, the child's CPU seconds
 * and peak RSS in MiB, the plane's CPU seconds meanwhile, and its stdout.
 */
function timed(env, pids, argv) {
  settlePlane(pids)
  const scratch = mkdtempSync(join(tmpdir(), 'clustersync-floor-time-'))
  const out = join(scratch, 'time')
  const planeBefore = planeCpuSeconds(pids)
  const start = process.hrtime.bigint()
  const result = spawnSync(
    gnuTime,
    ['-f', '%U %S %M', '-o', out, process.execPath, ...argv],
    { env, encoding: 'utf8', maxBuffer: 1 << 28 }
  )
  const seconds = Number(process.hrtime.bigint() - start) / 1e9
  const plane = planeCpuSeconds(pids) - planeBefore
  const [user, system, rssKiB] = readFileSync(out, 'utf8')
    .trim()
    .split('\n')
    .at(-1)
    .split(' ')
    .map(Number)
  rmSync(scratch, { recursive: true, force: true })
  if (result.status !== 0) {
    throw new Error(
      `${argv.join(' ')} exited ${result.status}: ${result.stderr.slice(-2000)}`
    )
  }
  return {
    seconds,
    cpu: user + system,
    rss: rssKiB / 1024,
    plane,
    stdout: result.stdout
  }
}

/** Deletes a run's namespaces and ClusterSync's records of it (untimed). */
function cleanup(env, repo, cluster) {
  const namespaces = Array.from(
    { length: repo.stacks },
    (_, s) => `${repo.namespacePrefix}-s${String(s).padStart(3, '0')}`
  )
  const kubectl = (argv) => {
    const r = spawnSync('kubectl', argv, { env, encoding: 'utf8' })
    if (r.status !== 0) throw new Error(`kubectl ${argv[0]}: ${r.stderr}`)
  }
  kubectl([
    'delete',
    'namespace',
    ...namespaces,
    '--ignore-not-found',
    '--wait=true',
    '--timeout=300s'
  ])
  if (cluster) {
    kubectl([
      'delete',
      'configmap,lease',
      `clustersync-${cluster}`,
      '-n',
      'clustersync-system',
      '--ignore-not-found'
    ])
  }
}

/** One contender's run on a fresh repository; returns its figures. */
function run(env, pids, root, objects, contender, tag) {
  const cluster = contender.cli ? tag : undefined
  const repo = generateSyncRepo(join(root, tag), {
    objects,
    namespacePrefix: tag,
    cluster: tag
  })
  try {
    if (!contender.cli) {
      const r = timed(env, pids, [
        floorScript,
        join(dirname(repo.definition), 'manifests')
      ])
      const said = JSON.parse(r.stdout.trim().split('\n').at(-1))
      // The floor's own clock leaves out its preparation.
      return { ...r, process: r.seconds, seconds: said.seconds }
    }
    return timed(env, pids, [
      contender.cli,
      'sync',
      repo.definition,
      '--root',
      join(root, tag)
    ])
  } finally {
    cleanup(env, repo, cluster)
  }
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
}

function benchSize(env, pids, objects, contenders) {
  const root = mkdtempSync(join(tmpdir(), `clustersync-floor-${objects}-`))
  const stamp = Date.now().toString(36)
  const samples = contenders.map(() => [])
  try {
    for (let round = 0; round < runs; round++) {
      for (let k = 0; k < contenders.length; k++) {
        const i = (round + k) % contenders.length
        const tag = `${contenders[i].tag}${objects}-${stamp}-${round}`
        samples[i][round] = run(env, pids, root, objects, contenders[i], tag)
      }
      console.error(
        `bench: ${objects} objects, round ${round + 1}/${runs}: ${contenders
          .map((c, i) => `${c.name} ${samples[i][round].seconds.toFixed(2)} s`)
          .join(', ')} (load ${loadavg()[0].toFixed(1)})`
      )
    }
    return samples
  } finally {
    rmSync(root, { recursive: true, force: true })
  }
}

function main() {
  if (!existsSync(cli)) throw new Error(`no CLI bundle at ${cli}`)
  const env = planeEnv(repoRoot)
  const pids = planePids(env)
  const contenders = [
    { name: 'floor', tag: 'fl' },
    { name: 'clustersync', tag: 'cs', cli },
    ...(baselineCli ? [{ name: 'baseline', tag: 'bl', cli: baselineCli }] : [])
  ]
  console.log(
    `machine: ${cpus().length} CPUs, node ${process.version}, load at start ${loadavg()
      .map((l) => l.toFixed(1))
      .join(
        ' '
      )}; ${runs} rounds; cli ${cli}${baselineCli ? `; baseline ${baselineCli}` : ''}`
  )
  const lines = [
    '| Objects | Run | Median wall | Client CPU | Plane CPU | Peak RSS | ÷ floor (median of rounds; of medians) |',
    '|---|---|---|---|---|---|---|'
  ]
  for (const objects of sizes) {
    const samples = benchSize(env, pids, objects, contenders)
    const floor = samples[0]
    contenders.forEach((c, i) => {
      const s = samples[i]
      const wall = median(s.map((r) => r.seconds))
      const ratio =
        i === 0
          ? ''
          : `${median(s.map((r, round) => r.seconds / floor[round].seconds)).toFixed(2)}×; ${(wall / median(floor.map((r) => r.seconds))).toFixed(2)}×`
      const name =
        i === 0
          ? `floor: ${objects + Math.ceil(objects / 100)} PATCHes, 8 in flight (its whole process ${median(s.map((r) => r.process)).toFixed(2)} s)`
          : `${c.name} sync into an empty cluster`
      lines.push(
        `| ${objects} | ${name} | ${wall.toFixed(2)} s | ${median(s.map((r) => r.cpu)).toFixed(2)} s | ${median(s.map((r) => r.plane)).toFixed(2)} s | ${Math.max(...s.map((r) => r.rss)).toFixed(0)} MiB | ${ratio} |`
      )
    })
    console.error(
      `  ${objects}: ${contenders.map((c, i) => `${c.name} ${samples[i].map((r) => r.seconds.toFixed(2)).join(', ')}`).join('; ')}`
    )
  }
  console.log(lines.join('\n'))
}

main()
