// Benchmark (not a test): `npm run build && node bench/discover.bench.js [runs]`.
// Generates a git repository of 500 clusters and 20,000 files
// (clusters/cNNN/cluster.yaml, each including 38 manifest files of its own
// and one file shared by all, plus a shared folder), then times the cold
// `clustersync discover` (node bin/clustersync.js) three ways: listing every
// cluster; --changed-since after a commit changing one cluster's file (every
// other definition is loaded to learn what it reads); and after a commit
// changing the shared file. Prints medians; the target is under 2 s for the
// listing. CLUSTERSYNC_CLI points at another build.
import { execFileSync, spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { cpus, tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const here = dirname(fileURLToPath(import.meta.url))
const cli =
  process.env.CLUSTERSYNC_CLI ?? resolve(here, '..', 'bin', 'clustersync.js')
const runs = Number(process.argv[2] ?? 5)
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
function time(args) {
  const ms = []
  let out = ''
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint()
    const r = spawnSync(
      process.execPath,
      [cli, 'discover', ...args, '--format', 'json'],
      { cwd: repo, encoding: 'utf8' }
    )
    ms.push(Number(process.hrtime.bigint() - start) / 1e6)
    if (r.status !== 0) throw new Error(r.stderr)
    out = r.stdout
  }
  return { ms: median(ms), selected: JSON.parse(out).include.length }
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
  `discover: ${clusters} clusters, ${files} files, ${runs} runs each, ${cpus().length} CPUs`
)
console.log('| run | selected | median |')
console.log('| --- | --- | --- |')
for (const [label, r] of rows)
  console.log(`| ${label} | ${r.selected} | ${(r.ms / 1000).toFixed(2)} s |`)
rmSync(repo, { recursive: true, force: true })
