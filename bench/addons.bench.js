// Benchmark (not a test) for issue 19's add-on target: `npm run build &&
// node bench/addons.bench.js [releases] [--runs N] [--helm <binary>]
// [--cap N] [--index-mb N] [--ready-after 3s]` (default 20 releases, 3 rounds, helm from PATH). Against the
// local control plane (started with `npm run cluster:up` when KUBECONFIG is
// not set), each round installs `releases` releases of the plane's `app`
// chart (e2e/charts/app, served at $CLUSTERSYNC_CHART_REPO) from empty:
//   clustersync sync, choosing how many run at once itself;
//   with --cap N, also clustersync sync --concurrency N (the old default: 4);
//   the baseline: `helm upgrade --install --wait` once per release, all at
//   once (what a hand-written workflow or helmfile with no limit does);
//   with CLUSTERSYNC_BASELINE_CLI=<bundle>, an older build's sync as well.
// With --ready-after D every release's pods take D to become ready (kwok's
// delay annotation, e2e/scripts/kwok-stages.yaml), as real pods take time to
// pull an image and pass a readiness probe; without it they are ready at once.
// With --index-mb N every contender installs the chart from a repository
// whose index.yaml is padded to about N MB (bench/padded-chart-repo.js), as
// big public repositories' indexes are: helm parses the whole index in each
// process that names the repository.
// Every contender gets its own namespace and cluster name and deletes them
// afterwards (untimed), so each starts from empty; the order rotates per
// round, the machine is let settle before each timed run, and each figure
// is the median of the rounds. Prints a Markdown table for BENCHMARKS.md.
import { spawn, spawnSync } from 'node:child_process'
import {
  existsSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync
} from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { paddedChartRepo } from './padded-chart-repo.js'

const here = dirname(fileURLToPath(import.meta.url))
const repoRoot = resolve(here, '..')
const args = process.argv.slice(2)
const option = (name, fallback) => {
  const at = args.indexOf(name)
  return at >= 0 ? args[at + 1] : fallback
}
const runs = Number(option('--runs', '3'))
const readyAfter = option('--ready-after', undefined)
// kwok reads Go durations; one without a unit would silently be no delay.
if (readyAfter !== undefined && !/^\d+(?:\.\d+)?(?:ms|s|m)$/.test(readyAfter))
  throw new Error(
    `--ready-after takes a duration such as 3s or 500ms; got ${readyAfter}`
  )
const readyAnnotation = 'pod-ready.stage.kwok.x-k8s.io/delay'
const cap = option('--cap', undefined)
const releases = Number(
  args.find((a, i) => /^\d+$/.test(a) && !/^--/.test(args[i - 1] ?? '')) ?? 20
)
const cli = process.env.CLUSTERSYNC_CLI
  ? resolve(process.env.CLUSTERSYNC_CLI)
  : join(repoRoot, 'dist', 'cli', 'index.js')
const baselineCli = process.env.CLUSTERSYNC_BASELINE_CLI
  ? resolve(process.env.CLUSTERSYNC_BASELINE_CLI)
  : undefined

/** KUBECONFIG and the chart repository from `cluster.js up`'s exports. */
function clusterEnv() {
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

/** Busy and total CPU time so far, from /proc/stat (all CPUs). */
function cpuTimes() {
  const [cpu] = readFileSync('/proc/stat', 'utf8').split('\n')
  const fields = cpu.trim().split(/\s+/).slice(1).map(Number)
  const total = fields.reduce((a, b) => a + b, 0)
  return { busy: total - fields[3] - (fields[4] ?? 0), total }
}

/**
 * Waits (untimed) for two quiet 300 ms windows in a row (below 25 % CPU),
 * or 15 s: the plane digests a namespace deletion for seconds, and a run
 * started in that wake measures the wake too. On a machine other work
 * keeps busy this gives up after 15 s; rotation then spreads the noise.
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

/** Runs the commands at once; resolves with the seconds until all exited. */
async function timedAll(env, commands) {
  settle()
  const start = process.hrtime.bigint()
  await Promise.all(
    commands.map(
      ([command, argv]) =>
        new Promise((done, fail) => {
          const child = spawn(command, argv, {
            env,
            stdio: ['ignore', 'ignore', 'pipe']
          })
          let stderr = ''
          child.stderr.on('data', (d) => (stderr += d))
          child.on('error', fail)
          child.on('close', (code) =>
            code === 0
              ? done()
              : fail(
                  new Error(
                    `${command} ${argv.join(' ')} exited ${code}: ${stderr.slice(-1500)}`
                  )
                )
          )
        })
    )
  )
  return Number(process.hrtime.bigint() - start) / 1e9
}

function run(env, command, argv) {
  const r = spawnSync(command, argv, { env, encoding: 'utf8' })
  if (r.status !== 0)
    throw new Error(
      `${command} ${argv.join(' ')} exited ${r.status}: ${r.stderr}`
    )
}

/** Deletes one contender's namespace and inventory (untimed). */
function cleanup(env, namespace, cluster) {
  run(env, 'kubectl', [
    'delete',
    'namespace',
    namespace,
    '--ignore-not-found',
    '--wait=true',
    '--timeout=300s'
  ])
  if (cluster)
    run(env, 'kubectl', [
      'delete',
      'configmap,lease',
      `clustersync-${cluster}`,
      '-n',
      'clustersync-system',
      '--ignore-not-found'
    ])
}

/** A definition with `releases` add-ons of the app chart in `namespace`. */
function writeDefinition(dir, cluster, namespace, repoUrl) {
  const addons = Array.from({ length: releases }, (_, i) =>
    [
      `        - name: app-${String(i).padStart(2, '0')}`,
      '          chart_name: app',
      '          chart_version: 1.1.0',
      `          repository_url: ${repoUrl}`,
      `          namespace: ${namespace}`,
      ...(readyAfter
        ? [
            '          configuration:',
            '            values: |',
            '              podAnnotations:',
            `                ${readyAnnotation}: ${readyAfter}`
          ]
        : [])
    ].join('\n')
  )
  const file = join(dir, `${cluster}.yaml`)
  writeFileSync(
    file,
    `apiVersion: v1\nkind: ImportCluster\nmetadata:\n  name: ${cluster}\nspec:\n  stacks:\n    - name: addons\n      addons:\n${addons.join('\n')}\n`
  )
  return file
}

async function clusterSync(env, dir, tag, bundle, extra = []) {
  const file = writeDefinition(dir, tag, tag, env.CLUSTERSYNC_CHART_REPO)
  const argv = [bundle, 'sync', file, '--root', dir, '--helm', helm, ...extra]
  const seconds = await timedAll(env, [[process.execPath, argv]])
  cleanup(env, tag, tag)
  return seconds
}

async function helmAllAtOnce(env, tag) {
  const commands = Array.from({ length: releases }, (_, i) => [
    helm,
    [
      'upgrade',
      '--install',
      '--wait',
      '--namespace',
      tag,
      '--create-namespace',
      '--repo',
      env.CLUSTERSYNC_CHART_REPO,
      '--version',
      '1.1.0',
      ...(readyAfter
        ? [
            '--set-string',
            `podAnnotations.${readyAnnotation.replace(/\./g, '\\.')}=${readyAfter}`
          ]
        : []),
      `app-${String(i).padStart(2, '0')}`,
      'app'
    ]
  ])
  const seconds = await timedAll(env, commands)
  cleanup(env, tag)
  return seconds
}

const median = (list) => {
  const s = [...list].sort((a, b) => a - b)
  const mid = Math.floor(s.length / 2)
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2
}

const env = clusterEnv()
const indexMb = Number(option('--index-mb', '0'))
const padded =
  indexMb > 0
    ? await paddedChartRepo(env.CLUSTERSYNC_CHART_REPO, indexMb)
    : undefined
if (padded) env.CLUSTERSYNC_CHART_REPO = padded.url
const helm = option('--helm', 'helm')
const dir = mkdtempSync(join(tmpdir(), 'clustersync-addons-bench-'))
spawnSync('git', ['init', '-q', dir])
const stamp = Date.now().toString(36)
const contenders = [
  ['clustersync sync', (t) => clusterSync(env, dir, t, cli)],
  [
    `${releases} × helm upgrade --install --wait, all at once`,
    (t) => helmAllAtOnce(env, t)
  ],
  ...(cap
    ? [
        [
          `clustersync sync --concurrency ${cap}`,
          (t) => clusterSync(env, dir, t, cli, ['--concurrency', cap])
        ]
      ]
    : []),
  ...(baselineCli
    ? [
        [
          'clustersync sync (baseline build)',
          (t) => clusterSync(env, dir, t, baselineCli)
        ]
      ]
    : [])
]
const samples = contenders.map(() => [])
try {
  for (let round = 0; round < runs; round++) {
    for (let k = 0; k < contenders.length; k++) {
      const c = (round + k) % contenders.length
      samples[c].push(await contenders[c][1](`ab-${stamp}-${round}-${c}`))
    }
    console.error(
      `bench: round ${round + 1}/${runs}: ${contenders.map(([n], c) => `${n} ${samples[c].at(-1).toFixed(2)} s`).join(', ')}`
    )
  }
} finally {
  rmSync(dir, { recursive: true, force: true })
  padded?.stop()
}
const base = median(samples[1])
console.log(
  `| Run (${releases} releases, ${helm}${indexMb > 0 ? `, index ${indexMb} MB` : ''}) | Median wall time | Runs | Ratio to helm all at once |`
)
console.log('|---|---|---|---|')
contenders.forEach(([name], c) => {
  const m = median(samples[c])
  console.log(
    `| ${name} | ${m.toFixed(2)} s | ${samples[c].length} | ${(m / base).toFixed(2)} |`
  )
})
