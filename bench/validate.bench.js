// Benchmark (not a test): `npm run build && node bench/validate.bench.js [runs]`.
// Generates a repository of 100 stacks × 50 manifests (5,000 ConfigMaps in
// 1,000 included files plus 100 stack files), then compares the cold
// `clustersync validate` (node dist/cli/index.js) with the floor: a cold Node
// process that only reads and parses the same YAML files with the same YAML
// library. Prints medians, the ratio and peak RSS, and appends nothing by
// itself: copy the printed table into BENCHMARKS.md.
import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { cpus, tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const here = dirname(fileURLToPath(import.meta.url))
const repoRoot = resolve(here, '..')
const runs = Number(process.argv[2] ?? 5)
const stacks = 100
const filesPerStack = 10
const manifestsPerFile = 5

function generate(root) {
  const stackItems = []
  for (let s = 0; s < stacks; s++) {
    const stack = `s${String(s).padStart(3, '0')}`
    stackItems.push(`    - include: stacks/${stack}.yaml`)
    writeFileSync(
      join(root, 'stacks', `${stack}.yaml`),
      `name: ${stack}\ndeploy_wave: ${s % 3}\nvariables:\n  env: bench\nmanifests:\n  - include: ../teams/${stack}/\n`
    )
    mkdirSync(join(root, 'teams', stack), { recursive: true })
    for (let f = 0; f < filesPerStack; f++) {
      const entries = []
      for (let m = 0; m < manifestsPerFile; m++) {
        const name = `${stack}-f${f}-m${m}`
        const parent =
          m > 0 ? `\n  parents:\n    - manifest: ${stack}-f${f}-m${m - 1}` : ''
        entries.push(
          `- name: ${name}${parent}\n  manifest: |\n    apiVersion: v1\n    kind: ConfigMap\n    metadata:\n      name: ${name}\n      namespace: ns-${stack}\n    data:\n      key: value-${m}\n      other: "\${{ ankra.env }}"\n`
        )
      }
      writeFileSync(
        join(root, 'teams', stack, `file-${f}.yaml`),
        entries.join('')
      )
    }
  }
  writeFileSync(
    join(root, 'cluster.yaml'),
    `apiVersion: v1\nkind: ImportCluster\nmetadata:\n  name: bench\nspec:\n  stacks:\n${stackItems.join('\n')}\n`
  )
}

// The floor: read every YAML file and parse it (documents → plain data).
const floorScript = `
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { parseAllDocuments } from ${JSON.stringify(join(repoRoot, 'node_modules/yaml/dist/index.js'))}
const root = process.argv[1]
let docs = 0
const walk = (dir) => { for (const n of readdirSync(dir).sort()) { const p = join(dir, n); if (statSync(p).isDirectory()) walk(p); else if (n.endsWith('.yaml')) for (const d of parseAllDocuments(readFileSync(p, 'utf8'))) { d.toJS(); docs++ } } }
walk(root)
if (process.argv[2] === 'embedded') {
  // Also parse the inline manifests (YAML inside YAML): validate must.
  const visit = (v) => { if (typeof v === 'string' && v.includes('apiVersion:')) parseAllDocuments(v).forEach((d) => d.toJS()); else if (v && typeof v === 'object') Object.values(v).forEach(visit) }
  const walk2 = (dir) => { for (const n of readdirSync(dir).sort()) { const p = join(dir, n); if (statSync(p).isDirectory()) walk2(p); else if (n.endsWith('.yaml')) for (const d of parseAllDocuments(readFileSync(p, 'utf8'))) visit(d.toJS()) } }
  walk2(root)
}
process.on('exit', () => process.stderr.write('MAXRSS ' + process.resourceUsage().maxRSS + '\\n'))
`

// Runs the CLI in this process's child with its peak RSS reported on exit.
const cliWrapper = `
const [cli, ...rest] = process.argv.slice(1)
process.argv = [process.argv[0], cli, ...rest]
process.on('exit', () => process.stderr.write('MAXRSS ' + process.resourceUsage().maxRSS + '\\n'))
await import(cli)
`

function measure(args) {
  const start = process.hrtime.bigint()
  const child = spawnSync(process.execPath, args, {
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024
  })
  const ms = Number(process.hrtime.bigint() - start) / 1e6
  const rss = Number(/MAXRSS (\d+)/.exec(child.stderr)?.[1] ?? 0) / 1024
  return {
    ms,
    rss,
    status: child.status,
    stdout: child.stdout,
    stderr: child.stderr
  }
}

const median = (values) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]

const root = mkdtempSync(join(tmpdir(), 'clustersync-bench-'))
mkdirSync(join(root, 'stacks'))
generate(root)
// CLUSTERSYNC_CLI points at another build (e.g. one outside a checkout
// where others rebuild dist/ concurrently).
const cli = process.env.CLUSTERSYNC_CLI ?? join(repoRoot, 'dist/cli/index.js')
const floor = []
const floorEmbedded = []
const validate = []
for (let i = 0; i < runs; i++) {
  floor.push(measure(['--input-type=module', '-e', floorScript, root]))
  floorEmbedded.push(
    measure(['--input-type=module', '-e', floorScript, root, 'embedded'])
  )
  const v = measure([
    '--input-type=module',
    '-e',
    cliWrapper,
    cli,
    'validate',
    join(root, 'cluster.yaml'),
    '--root',
    root,
    '--ref',
    'main'
  ])
  if (v.status !== 0) {
    console.error(v.stdout.slice(0, 2000), v.stderr.slice(0, 2000))
    throw new Error(`validate exited ${v.status}`)
  }
  validate.push(v)
}
rmSync(root, { recursive: true, force: true })
const f = median(floor.map((r) => r.ms))
const fe = median(floorEmbedded.map((r) => r.ms))
const v = median(validate.map((r) => r.ms))
const lines = [
  `date: ${new Date().toISOString().slice(0, 10)}; machine: ${cpus().length} cores (${cpus()[0]?.model ?? 'unknown'}); node ${process.version}; runs: ${runs}`,
  `input: ${stacks} stacks × ${filesPerStack * manifestsPerFile} manifests = ${stacks * filesPerStack * manifestsPerFile} objects in ${stacks * filesPerStack} included files + ${stacks} stack files`,
  '',
  '| | median wall time | peak RSS (median) |',
  '|---|---|---|',
  `| floor: node reads + parses the YAML files | ${f.toFixed(0)} ms | ${median(floor.map((r) => r.rss)).toFixed(0)} MiB |`,
  `| floor 2: the same, plus parsing the 5,000 inline manifests | ${fe.toFixed(0)} ms | ${median(floorEmbedded.map((r) => r.rss)).toFixed(0)} MiB |`,
  `| clustersync validate (cold CLI) | ${v.toFixed(0)} ms | ${median(validate.map((r) => r.rss)).toFixed(0)} MiB |`,
  `| ratio validate / floor | ${(v / f).toFixed(2)}× (target ≤ 2×) | |`,
  `| ratio validate / floor 2 | ${(v / fe).toFixed(2)}× | |`,
  '',
  `all runs (ms): floor ${floor.map((r) => r.ms.toFixed(0)).join(', ')}; floor 2 ${floorEmbedded.map((r) => r.ms.toFixed(0)).join(', ')}; validate ${validate.map((r) => r.ms.toFixed(0)).join(', ')}`
]
console.log(lines.join('\n'))
