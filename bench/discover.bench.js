// Benchmark (not a test): `npm run build && node bench/discover.bench.js [runs]
// [--vs <other clustersync.js>]`.
// Generates a git repository of 500 clusters and 20,000 files
// (clusters/cNNN/cluster.yaml, each including 38 manifest files of its own
// and one file shared by all, plus a shared folder), then times the cold
// `clustersync discover` (node bin/clustersync.js) three ways: listing every
// cluster; --changed-since after a commit changing one cluster's file (every
// other definition is loaded to learn what it reads); and after a commit
// changing the shared file. Prints medians of the wall time and of the
// process's CPU (user + system, from GNU time); the target is under 2 s for
// the listing. CLUSTERSYNC_CLI points at another build. With --vs, each
// round runs that build too, alternating which goes first, so the two are
// compared on the same (shared, loaded) machine in the same moments.
import { execFileSync, spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { cpus, loadavg, tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const here = dirname(fileURLToPath(import.meta.url))
const cli =
  process.env.CLUSTERSYNC_CLI ?? resolve(here, '..', 'bin', 'clustersync.js')
const args = process.argv.slice(2)
const vsAt = args.indexOf('--vs')
const vs = vsAt >= 0 ? resolve(args[vsAt + 1] ?? '') : undefined
if (vsAt >= 0) args.splice(vsAt, 2)
const runs = Number(args[0] ?? 5)
const builds = vs ? [cli, vs] : [cli]
const clusters = 500
const filesPerCluster = 38
const repo = mkdtempSync(join(tmpdir(), 'clustersync-discover-bench-'))

function write(path, text) {
  mkdirSync(dirname(join(repo, path)), { recursive: true })
  writeFileSync(join(repo, path), text)
}
const git = (...args) =>
  execFileSync('git', args, {
    cwd: repo,
    env: {
      ...process.env,
      GIT_AUTHOR_NAME: 'b',
      GIT_AUTHOR_EMAIL: 'b@x',
      GIT_COMMITTER_NAME: 'b',
      GIT_COMMITTER_EMAIL: 'b@x'
    }
  })

let files = 0
write(
  'shared/namespace.yaml',
  'apiVersion: v1\nkind: Namespace\nmetadata:\n  name: shared\n'
)
files++
for (let c = 0; c < clusters; c++) {
  const name = `c${String(c).padStart(3, '0')}`
  const manifests = [
    '        - name: shared',
    '          from_file: ../../shared/namespace.yaml'
  ]
  for (let f = 0; f < filesPerCluster; f++) {
    write(
      `clusters/${name}/m${f}.yaml`,
      `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: m${f}\n  namespace: shared\ndata:\n  k: v${f}\n`
    )
    manifests.push(`        - name: m${f}`, `          from_file: m${f}.yaml`)
    files++
  }
  write(
    `clusters/${name}/cluster.yaml`,
    [
      'apiVersion: v1',
      'kind: ImportCluster',
      'metadata:',
      `  name: ${name}`,
      'spec:',
      '  stacks:',
      '    - name: base',
      '      manifests:',
      ...manifests,
      ''
    ].join('\n')
  )
  files++
}
for (let i = files; i < 20_000; i++) {
  write(`docs/notes/n${i}.md`, `# note ${i}\n`)
  files++
}
git('init', '-q')
git('add', '-A')
git('commit', '-qm', 'fleet')
git('tag', 'base')

function median(xs) {
  const s = [...xs].sort((a, b) => a - b)
  return s[Math.floor(s.length / 2)]
}
/** One cold run: wall ms and CPU s (user + system) of the process. */
function once(build, args) {
  const start = process.hrtime.bigint()
  const r = spawnSync(
    '/usr/bin/time',
    [
      '-f',
      'cpu %U %S',
      process.execPath,
      build,
      'discover',
      ...args,
      '--format',
      'json'
    ],
    { cwd: repo, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }
  )
  const ms = Number(process.hrtime.bigint() - start) / 1e6
  if (r.status !== 0) throw new Error(r.stderr)
  const cpu = /cpu ([\d.]+) ([\d.]+)\s*$/.exec(r.stderr)
  return {
    ms,
    cpu: Number(cpu?.[1] ?? NaN) + Number(cpu?.[2] ?? NaN),
    selected: JSON.parse(r.stdout).include.length
  }
}
/** Each build `runs` times, alternating which goes first in each round. */
function time(args) {
  const results = builds.map(() => [])
  for (let i = 0; i < runs; i++) {
    const order = i % 2 === 0 ? builds : [...builds].reverse()
    for (const build of order)
      results[builds.indexOf(build)].push(once(build, args))
  }
  return results.map((rs) => ({
    ms: median(rs.map((r) => r.ms)),
    cpu: median(rs.map((r) => r.cpu)),
    selected: rs[0].selected
  }))
}

const rows = []
rows.push(['every cluster', time([])])
write(
  'clusters/c007/m3.yaml',
  'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: m3\n  namespace: shared\ndata:\n  k: changed\n'
)
git('commit', '-qam', 'one cluster')
rows.push([
  "--changed-since, one cluster's file",
  time(['--changed-since', 'base'])
])
git('reset', '-q', '--hard', 'base')
write(
  'shared/namespace.yaml',
  'apiVersion: v1\nkind: Namespace\nmetadata:\n  name: shared2\n'
)
git('commit', '-qam', 'shared')
rows.push([
  '--changed-since, the shared file',
  time(['--changed-since', 'base'])
])

console.log(
  `discover: ${clusters} clusters, ${files} files, ${runs} runs each, ${cpus().length} CPUs, load at the end (1, 5, 15 min) ${loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')}`
)
const names = vs ? ['this build', `--vs ${vs}`] : ['median']
console.log(
  `| run | selected | ${names.map((n) => `${n}: wall, CPU`).join(' | ')} |`
)
console.log(`| --- | --- |${names.map(() => ' --- |').join('')}`)
for (const [label, r] of rows)
  console.log(
    `| ${label} | ${r[0].selected} | ${r
      .map((b) => `${(b.ms / 1000).toFixed(2)} s, ${b.cpu.toFixed(2)} s`)
      .join(' | ')} |`
  )
rmSync(repo, { recursive: true, force: true })
