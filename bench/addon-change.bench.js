// Benchmark (not a test): one add-on's values changed, the figure a user
// sees after a push that edits one add-on. `npm run build && node
// bench/addon-change.bench.js [--add-ons N] [--runs N] [--helm <binary>]`
// (default 5 add-ons, 7 rounds, helm from PATH). Against the local control
// plane (started with `npm run cluster:up` when KUBECONFIG is not set),
// each contender gets its own namespace holding N releases of the plane's
// `app` chart, installed once (untimed); each round then changes one
// release's `message` value (its ConfigMap and its pods' checksum
// annotation: a rollout) and times:
//   clustersync sync of the definition with that one change;
//   with CLUSTERSYNC_BASELINE_CLI=<bundle>, an older build's sync as well;
//   the baseline: `helm upgrade --install --wait --atomic` of that release
//   alone (what a hand-written workflow step runs).
// The order rotates per round, the plane is let settle before each timed
// run, and each figure is the median of the rounds. Prints a Markdown table
// for BENCHMARKS.md.
import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { planeEnv, planePids, settlePlane } from './plane.js'

const here = dirname(fileURLToPath(import.meta.url))
const repoRoot = resolve(here, '..')
const args = process.argv.slice(2)
const option = (name, fallback) => {
  const at = args.indexOf(name)
  return at >= 0 ? args[at + 1] : fallback
}
const runs = Number(option('--runs', '7'))
const addons = Number(option('--add-ons', '5'))
const helm = option('--helm', 'helm')
const cli = process.env.CLUSTERSYNC_CLI
  ? resolve(process.env.CLUSTERSYNC_CLI)
  : join(repoRoot, 'dist', 'cli', 'index.js')
const baselineCli = process.env.CLUSTERSYNC_BASELINE_CLI
  ? resolve(process.env.CLUSTERSYNC_BASELINE_CLI)
  : undefined

const env = planeEnv(repoRoot)
const pids = planePids(env)
const dir = mkdtempSync(join(tmpdir(), 'clustersync-addon-change-'))
const stamp = Date.now().toString(36)
const name = (i) => `app-${i}`

function run(command, argv, input) {
  const result = spawnSync(command, argv, {
    env,
    encoding: 'utf8',
    ...(input === undefined ? {} : { input })
  })
  if (result.status !== 0)
    throw new Error(
      `${command} ${argv.join(' ')} exited ${result.status}: ${result.stderr.slice(-1500)}`
    )
}

/** Seconds one command takes, after the plane settles. */
function timed(command, argv, input) {
  settlePlane(pids)
  const start = process.hrtime.bigint()
  run(command, argv, input)
  return Number(process.hrtime.bigint() - start) / 1e9
}

/** The definition of `tag`'s add-ons, the first one's message given. */
function definition(tag, message) {
  const lines = Array.from({ length: addons }, (_, i) => [
    `        - name: ${name(i)}`,
    '          chart_name: app',
    '          chart_version: 1.1.0',
    `          repository_url: ${env.CLUSTERSYNC_CHART_REPO}`,
    `          namespace: ${tag}`,
    '          configuration:',
    '            values: |',
    `              message: ${i === 0 ? message : 'unchanged'}`
  ]).flat()
  const file = join(dir, `${tag}.yaml`)
  writeFileSync(
    file,
    `apiVersion: v1\nkind: ImportCluster\nmetadata:\n  name: ${tag}\nspec:\n  stacks:\n    - name: addons\n      addons:\n${lines.join('\n')}\n`
  )
  return file
}

function clusterSync(bundle) {
  return {
    prepare: (tag) =>
      run(process.execPath, [
        bundle,
        'sync',
        definition(tag, 'start'),
        '--root',
        dir,
        '--helm',
        helm
      ]),
    change: (tag, message) =>
      timed(process.execPath, [
        bundle,
        'sync',
        definition(tag, message),
        '--root',
        dir,
        '--helm',
        helm
      ])
  }
}

const helmUpgrade = (tag, release, message) => [
  helm,
  [
    'upgrade',
    '--install',
    '--wait',
    '--atomic',
    '--namespace',
    tag,
    '--create-namespace',
    '--repo',
    env.CLUSTERSYNC_CHART_REPO,
    '--version',
    '1.1.0',
    '--values',
    '-',
    release,
    'app'
  ],
  JSON.stringify({ message })
]

const helmDirect = {
  prepare: (tag) => {
    for (let i = 0; i < addons; i++) run(...helmUpgrade(tag, name(i), 'start'))
  },
  change: (tag, message) => timed(...helmUpgrade(tag, name(0), message))
}

const contenders = [
  ['clustersync sync', clusterSync(cli)],
  ['helm upgrade --install --wait --atomic (the one release)', helmDirect],
  ...(baselineCli
    ? [['clustersync sync (baseline build)', clusterSync(baselineCli)]]
    : [])
]
const tags = contenders.map((_, c) => `ac-${stamp}-${c}`)
const samples = contenders.map(() => [])
try {
  contenders.forEach(([, contender], c) => contender.prepare(tags[c]))
  for (let round = 0; round < runs; round++) {
    for (let k = 0; k < contenders.length; k++) {
      const c = (round + k) % contenders.length
      samples[c].push(contenders[c][1].change(tags[c], `round-${round}`))
    }
    console.error(
      `bench: round ${round + 1}/${runs}: ${contenders.map(([n], c) => `${n} ${samples[c].at(-1).toFixed(2)} s`).join(', ')}`
    )
  }
} finally {
  rmSync(dir, { recursive: true, force: true })
  for (const tag of tags) {
    spawnSync(
      'kubectl',
      ['delete', 'namespace', tag, '--ignore-not-found', '--wait=false'],
      { env }
    )
    spawnSync(
      'kubectl',
      [
        'delete',
        'configmap,lease',
        `clustersync-${tag}`,
        '-n',
        'clustersync-system',
        '--ignore-not-found'
      ],
      { env }
    )
  }
}
const median = (list) => {
  const s = [...list].sort((a, b) => a - b)
  const mid = Math.floor(s.length / 2)
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2
}
const base = median(samples[1])
console.log(
  `| One add-on's values changed (${addons} add-ons, ${helm}) | Median wall time | Runs | Ratio to helm alone |`
)
console.log('|---|---|---|---|')
contenders.forEach(([label], c) => {
  const m = median(samples[c])
  console.log(
    `| ${label} | ${m.toFixed(2)} s | ${samples[c].length} | ${(m / base).toFixed(2)} |`
  )
})
