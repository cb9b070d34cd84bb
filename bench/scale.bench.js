// Benchmark (not a test): `npm run build && node bench/scale.bench.js [runs]`.
// Issue 15's target: 10,000 stacks and 100,000 objects validate and plan in
// under 10 s and 1 GB. Generates that repository (bench/generate-limit-repos.js:
// 10,000 stack files in three deploy waves, each including a file of one
// Namespace and nine ConfigMaps that use a stack variable), plus the other
// limit scenarios (two waves of 360 one-file manifests, a parents chain of
// 11,000, 100,000 levels of nesting, a substitution bomb), then runs a cold
// `clustersync validate` and `clustersync plan --no-live` (node
// dist/cli/index.js) on each, `runs` times, and prints median wall time,
// median CPU time and the largest peak RSS (the child's maxRSS). Copy the
// table into BENCHMARKS.md ("Scale"). CLUSTERSYNC_CLI points at another build.
import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { cpus, loadavg, tmpdir, totalmem } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import {
  generateNestingRepo,
  generateParentsChainRepo,
  generateStacksRepo,
  generateSubstitutionBombRepo,
  generateWavesRepo
} from './generate-limit-repos.js'

const here = dirname(fileURLToPath(import.meta.url))
const runs = Number(process.argv[2] ?? 5)
const only = process.argv[3]?.split(',')
const cli =
  process.env.CLUSTERSYNC_CLI ?? join(resolve(here, '..'), 'dist/cli/index.js')

// Runs the CLI in a child that reports its peak RSS and CPU time on exit.
const cliWrapper = `
const [cli, ...rest] = process.argv.slice(1)
process.argv = [process.argv[0], cli, ...rest]
process.on('exit', () => { const u = process.resourceUsage(); process.stderr.write('MAXRSS ' + u.maxRSS + '\\nCPU ' + (u.userCPUTime + u.systemCPUTime) + '\\n') })
await import(cli)
`

function measure(args) {
  const start = process.hrtime.bigint()
  const child = spawnSync(
    process.execPath,
    ['--input-type=module', '-e', cliWrapper, cli, ...args],
    { encoding: 'utf8', maxBuffer: 512 * 1024 * 1024 }
  )
  return {
    ms: Number(process.hrtime.bigint() - start) / 1e6,
    rssMiB: Number(/MAXRSS (\d+)/.exec(child.stderr)?.[1] ?? 0) / 1024,
    cpuMs: Number(/CPU (\d+)/.exec(child.stderr)?.[1] ?? 0) / 1000,
    status: child.status,
    // The last line the CLI wrote: the verdict, or the first error.
    said: `${child.stdout}${child.stderr}`
      .split('\n')
      .filter((l) => l && !/^(MAXRSS|CPU) /.test(l))
      .filter((l) => /error|valid|Plan for/.test(l))
      .slice(0, 1)
      .join('')
      .slice(0, 140)
  }
}

const median = (values) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]

const base = mkdtempSync(join(tmpdir(), 'clustersync-scale-'))
const scenarios = [
  [
    '10,000 stacks, 100,000 objects',
    (d) => generateStacksRepo(d, { stacks: 10_000, objectsPerStack: 10 })
  ],
  [
    '2 waves × 360 one-file manifests',
    (d) => generateWavesRepo(d, { perWave: 360 })
  ],
  [
    'parents chain of 11,000',
    (d) => generateParentsChainRepo(d, { length: 11_000 })
  ],
  [
    '100,000 levels of nesting',
    (d) => generateNestingRepo(d, { depth: 100_000 })
  ],
  [
    'substitution bomb (100 KB × 2,500 uses)',
    (d) => generateSubstitutionBombRepo(d, { valueBytes: 100_000, uses: 2_500 })
  ]
].filter((_, i) => !only || only.includes(String(i)))

console.log(
  `machine: ${cpus().length} CPUs, ${(totalmem() / 2 ** 30).toFixed(1)} GiB, node ${process.version}, load ${loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')}; ${runs} runs; cli ${cli}`
)
console.log(
  '| scenario | command | median wall | median CPU | peak RSS (max) | exit | says |'
)
console.log('|---|---|---|---|---|---|---|')
try {
  scenarios.forEach(([name, generate], i) => {
    const definition = generate(join(base, `s${i}`))
    for (const command of [['validate'], ['plan', '--no-live']]) {
      const results = []
      for (let r = 0; r < runs; r++)
        results.push(measure([command[0], definition, ...command.slice(1)]))
      const last = results[results.length - 1]
      console.log(
        `| ${name} | ${command.join(' ')} | ${(median(results.map((x) => x.ms)) / 1000).toFixed(2)} s | ${(median(results.map((x) => x.cpuMs)) / 1000).toFixed(2)} s | ${results.reduce((m, x) => Math.max(m, x.rssMiB), 0).toFixed(0)} MiB | ${last.status} | ${last.said.replace(/\|/g, '\\|')} |`
      )
      console.error(
        `  ${name} ${command[0]}: ${results.map((x) => Math.round(x.ms)).join(', ')} ms`
      )
    }
  })
} finally {
  rmSync(base, { recursive: true, force: true })
}
