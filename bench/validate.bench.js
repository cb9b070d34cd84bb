// Benchmark (not a test): `npm run build && node bench/validate.bench.js [runs]`.
// Generates repositories of 100 stacks × 50 Kubernetes objects (5,000
// ConfigMaps in 1,000 included files plus 100 stack files and the cluster
// definition) in two layouts, then compares the cold `clustersync validate`
// (node dist/cli/index.js) with the floor: a cold Node process that only
// reads and parses the same YAML with the same YAML library.
//
// - raw: each included file holds 5 raw Kubernetes objects as YAML documents
//   (`---`), included as a folder (`manifests: - include: ../teams/s000/`),
//   the include layout docs/format.md describes. The floor parses exactly
//   the bytes validate parses: the 1,101 files.
// - inline: each included file holds 5 manifest entries whose objects are
//   inline `manifest: |` text. validate must parse that text too (YAML inside
//   YAML), so two floors are printed: the files only, and the files plus the
//   5,000 inline texts (the same bytes validate parses).
//
// Runs are interleaved (floor, validate, floor, validate…) so a noisy machine
// affects both alike. Prints medians, ratios and peak RSS; copy the printed
// table into BENCHMARKS.md. CLUSTERSYNC_CLI points at another build (e.g. one
// outside a checkout where others rebuild dist/ concurrently).
import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { cpus, tmpdir, totalmem } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const here = dirname(fileURLToPath(import.meta.url))
const repoRoot = resolve(here, '..')
const runs = Number(process.argv[2] ?? 5)
const layouts = (process.argv[3] ?? 'raw,inline').split(',')
const stacks = 100
const filesPerStack = 10
const objectsPerFile = 5

function configMap(name, stack, m, indent) {
  return [
    'apiVersion: v1',
    'kind: ConfigMap',
    'metadata:',
    `  name: ${name}`,
    `  namespace: ns-${stack}`,
    'data:',
    `  key: value-${m}`,
    '  other: "${{ ankra.env }}"'
  ]
    .map((line) => indent + line + '\n')
    .join('')
}

function generate(root, layout) {
  mkdirSync(join(root, 'stacks'), { recursive: true })
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
      const parts = []
      for (let m = 0; m < objectsPerFile; m++) {
        const name = `${stack}-f${f}-m${m}`
        if (layout === 'raw') {
          parts.push(configMap(name, stack, m, ''))
          continue
        }
        const parent =
          m > 0 ? `\n  parents:\n    - manifest: ${stack}-f${f}-m${m - 1}` : ''
        parts.push(
          `- name: ${name}${parent}\n  manifest: |\n${configMap(name, stack, m, '    ')}`
        )
      }
      writeFileSync(
        join(root, 'teams', stack, `file-${f}.yaml`),
        parts.join(layout === 'raw' ? '---\n' : '')
      )
    }
  }
  writeFileSync(
    join(root, 'cluster.yaml'),
    `apiVersion: v1\nkind: ImportCluster\nmetadata:\n  name: bench\nspec:\n  stacks:\n${stackItems.join('\n')}\n`
  )
}

// The floor: read every YAML file once and parse it (documents → plain
// data); with `embedded`, also parse the inline manifest texts found in
// that data, as validate must.
const floorScript = `
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { parseAllDocuments } from ${JSON.stringify(join(repoRoot, 'node_modules/yaml/dist/index.js'))}
const [root, mode] = process.argv.slice(1)
let docs = 0
const visit = (v) => { if (typeof v === 'string' && v.includes('apiVersion:')) for (const d of parseAllDocuments(v)) { d.toJS(); docs++ } else if (v && typeof v === 'object') Object.values(v).forEach(visit) }
const walk = (dir) => { for (const n of readdirSync(dir).sort()) { const p = join(dir, n); if (statSync(p).isDirectory()) walk(p); else if (n.endsWith('.yaml')) for (const d of parseAllDocuments(readFileSync(p, 'utf8'))) { const v = d.toJS(); docs++; if (mode === 'embedded') visit(v) } } }
walk(root)
process.on('exit', () => { const u = process.resourceUsage(); process.stderr.write('DOCS ' + docs + '\\nMAXRSS ' + u.maxRSS + '\\nCPU ' + (u.userCPUTime + u.systemCPUTime) + '\\n') })
`

// Runs the CLI in this process's child with its peak RSS reported on exit.
const cliWrapper = `
const [cli, ...rest] = process.argv.slice(1)
process.argv = [process.argv[0], cli, ...rest]
process.on('exit', () => { const u = process.resourceUsage(); process.stderr.write('MAXRSS ' + u.maxRSS + '\\nCPU ' + (u.userCPUTime + u.systemCPUTime) + '\\n') })
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
  const cpu = Number(/CPU (\d+)/.exec(child.stderr)?.[1] ?? 0) / 1000
  return {
    ms,
    rss,
    cpu,
    status: child.status,
    stdout: child.stdout,
    stderr: child.stderr
  }
}

const median = (values) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]

// `node bench/validate.bench.js --generate DIR` only writes the repositories
// (DIR/raw, DIR/inline), e.g. to profile one run with `node --cpu-prof`.
if (process.argv[2] === '--generate') {
  for (const layout of ['raw', 'inline'])
    generate(resolve(process.argv[3] ?? '.', layout), layout)
  process.exit(0)
}
const cli = process.env.CLUSTERSYNC_CLI ?? join(repoRoot, 'dist/cli/index.js')
const base = mkdtempSync(join(tmpdir(), 'clustersync-bench-'))
const rows = {}
for (const layout of layouts) {
  const root = join(base, layout)
  generate(root, layout)
  rows[layout] = {
    root,
    series:
      layout === 'inline'
        ? { floor: [], floorEmbedded: [], validate: [] }
        : { floor: [], validate: [] }
  }
}
const startup = []
for (let i = 0; i < runs; i++) {
  startup.push(measure([cli, '--help']))
  for (const layout of layouts) {
    const { root, series } = rows[layout]
    series.floor.push(measure(['--input-type=module', '-e', floorScript, root]))
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
      'main',
      '--format',
      'json'
    ])
    const report = v.status === 0 ? JSON.parse(v.stdout) : undefined
    if (!report?.valid || report.diagnostics.length > 0) {
      console.error(v.stdout.slice(0, 2000), v.stderr.slice(0, 2000))
      throw new Error(`validate (${layout}) exited ${v.status}`)
    }
    series.validate.push(v)
    if (series.floorEmbedded)
      series.floorEmbedded.push(
        measure(['--input-type=module', '-e', floorScript, root, 'embedded'])
      )
  }
}
rmSync(base, { recursive: true, force: true })

const ms = (list) => median(list.map((r) => r.ms))
const cpuMs = (list) => median(list.map((r) => r.cpu))
const mib = (list) => median(list.map((r) => r.rss))
const all = (list) => list.map((r) => r.ms.toFixed(0)).join(', ')
// Run i of validate and run i of a floor ran next to each other: the median
// of these paired ratios is the least sensitive to a machine whose load
// changes during the series.
const paired = (a, b) => median(a.map((r, i) => r.ms / b[i].ms))
const ratio = (v, f) =>
  `**${(ms(v) / ms(f)).toFixed(2)}×** (paired ${paired(v, f).toFixed(2)}×, CPU ${(cpuMs(v) / cpuMs(f)).toFixed(2)}×)`
const lines = [
  `date: ${new Date().toISOString().slice(0, 16)}Z; machine: ${cpus().length} cores (${cpus()[0]?.model ?? 'unknown'}), ${(totalmem() / 2 ** 30).toFixed(0)} GiB; node ${process.version}; runs: ${runs}, interleaved`,
  `input: ${stacks} stacks × ${filesPerStack * objectsPerFile} objects = ${stacks * filesPerStack * objectsPerFile} ConfigMaps in ${stacks * filesPerStack} included files + ${stacks} stack files + cluster.yaml`,
  `startup: \`node cli --help\` ${ms(startup).toFixed(0)} ms (median)`,
  '',
  '| layout: what | median wall time | median CPU (user+sys) | peak RSS (median) | validate ÷ floor: wall (paired runs, CPU) |',
  '|---|---|---|---|---|'
]
for (const layout of layouts) {
  const { series } = rows[layout]
  const docs =
    layout === 'raw'
      ? '5,000 raw objects, `---`-separated'
      : '5,000 inline `manifest:` texts'
  const row = (what, list, versus) =>
    `| ${what} | ${ms(list).toFixed(0)} ms | ${cpuMs(list).toFixed(0)} ms | ${mib(list).toFixed(0)} MiB | ${versus ? ratio(series.validate, list) : ''} |`
  lines.push(
    row(
      `${layout} (${docs}): floor, read + parse the 1,101 files`,
      series.floor,
      true
    )
  )
  if (series.floorEmbedded)
    lines.push(
      row(
        `${layout}: floor, the files + the 5,000 inline texts`,
        series.floorEmbedded,
        true
      )
    )
  lines.push(
    row(`${layout}: \`clustersync validate\` (cold CLI)`, series.validate)
  )
}
lines.push('')
for (const layout of layouts) {
  const { series } = rows[layout]
  lines.push(
    `all runs, ${layout} (ms): floor ${all(series.floor)}; ` +
      (series.floorEmbedded
        ? `floor + inline ${all(series.floorEmbedded)}; `
        : '') +
      `validate ${all(series.validate)}`
  )
}
lines.push(`all runs, --help (ms): ${all(startup)}`)
console.log(lines.join('\n'))
