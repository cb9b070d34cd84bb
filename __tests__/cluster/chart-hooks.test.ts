/**
 * Whether a chart may declare hooks, read before it is installed: archives
 * made by `tar` as `helm package` makes them (gzip'd tar), subcharts nested
 * as archives, chart folders, and everything that cannot be read erring on
 * the side of "may" (helm then waits as it always did).
 */
import { execFileSync } from 'node:child_process'
import {
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync
} from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { gzipSync } from 'node:zlib'
import {
  bytesMayDeclareHooks,
  ChartHookScans,
  chartMayDeclareHooks
} from '../../src/cluster/chart-hooks.js'
import { createNodeFs } from '../../src/adapters/node-fs.js'

const deployment = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: {{ .Release.Name }}
`
const hookJob = `apiVersion: batch/v1
kind: Job
metadata:
  name: migrate
  annotations:
    "helm.sh/hook": post-install
`

let work: string
beforeEach(() => {
  work = mkdtempSync(join(tmpdir(), 'chart-hooks-'))
})
afterEach(() => rmSync(work, { recursive: true, force: true }))

function write(files: Record<string, string | Buffer>, under: string): void {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(under, path)), { recursive: true })
    writeFileSync(join(under, path), text)
  }
}

/** A chart archive as `helm package` makes one: `<name>/...` in a .tgz. */
function archive(name: string, files: Record<string, string | Buffer>): string {
  const folder = mkdtempSync(join(work, 'src-'))
  write(
    { 'Chart.yaml': `name: ${name}\nversion: 1.0.0\n`, ...files },
    join(folder, name)
  )
  const path = join(work, `${name}-${Date.now()}-${Math.random()}.tgz`)
  execFileSync('tar', ['-czf', path, '-C', folder, name])
  return path
}

const fs = createNodeFs()

it('an archive whose templates name no hook declares none', async () => {
  const path = archive('web', { 'templates/deployment.yaml': deployment })
  expect(await chartMayDeclareHooks(fs, path)).toBe(false)
})

it('an archive with a hook template may declare hooks', async () => {
  const path = archive('web', {
    'templates/deployment.yaml': deployment,
    'templates/job.yaml': hookJob
  })
  expect(await chartMayDeclareHooks(fs, path)).toBe(true)
})

it('only hooks helm runs after its wait count: post-install and post-upgrade, or events it cannot read', async () => {
  const annotated = (line: string) =>
    `apiVersion: v1\nkind: Pod\nmetadata:\n  name: x\n  annotations:\n    ${line}\n    "helm.sh/hook-delete-policy": hook-succeeded\n`
  const judged = async (line: string) =>
    chartMayDeclareHooks(
      fs,
      archive('web', { 'templates/hook.yaml': annotated(line) })
    )
  // helm create's test-connection.yaml, pre-hooks, delete and rollback hooks.
  for (const line of [
    '"helm.sh/hook": test',
    "'helm.sh/hook': test-success",
    'helm.sh/hook: pre-install,pre-upgrade',
    '"helm.sh/hook": "pre-delete, post-delete"  # cleanup',
    '"helm.sh/hook": post-rollback'
  ])
    expect(await judged(line)).toBe(false)
  for (const line of [
    '"helm.sh/hook": post-install',
    '"helm.sh/hook": pre-install,post-upgrade',
    '"helm.sh/hook": {{ .Values.hookEvents }}',
    '"helm.sh/hook": >-'
  ])
    expect(await judged(line)).toBe(true)
})

it('a hook in a subchart archive (whatever its name) is found', async () => {
  const sub = readFileSync(archive('db', { 'templates/job.yaml': hookJob }))
  const clean = readFileSync(
    archive('cache', { 'templates/d.yaml': deployment })
  )
  const withHook = archive('web', {
    'templates/deployment.yaml': deployment,
    'charts/db-1.0.0.tgz': sub
  })
  const renamed = archive('web', { 'charts/db.bin': sub })
  const withoutHook = archive('web', { 'charts/cache-1.0.0.tgz': clean })
  expect(await chartMayDeclareHooks(fs, withHook)).toBe(true)
  expect(await chartMayDeclareHooks(fs, renamed)).toBe(true)
  expect(await chartMayDeclareHooks(fs, withoutHook)).toBe(false)
})

it('a chart folder is walked, subchart archives included', async () => {
  const chart = join(work, 'chart')
  write({ 'Chart.yaml': 'name: web\n', 'templates/d.yaml': deployment }, chart)
  expect(await chartMayDeclareHooks(fs, chart)).toBe(false)
  write(
    {
      'charts/db-1.0.0.tgz': readFileSync(
        archive('db', { 'templates/job.yaml': hookJob })
      )
    },
    chart
  )
  expect(await chartMayDeclareHooks(fs, chart)).toBe(true)
})

it('what cannot be read counts as declaring hooks', async () => {
  // Missing, a broken archive, and a gzip bomb past the unpacking bound.
  expect(await chartMayDeclareHooks(fs, join(work, 'missing.tgz'))).toBe(true)
  expect(bytesMayDeclareHooks(Buffer.from([0x1f, 0x8b, 1, 2, 3]), 0)).toBe(true)
  const bomb = gzipSync(Buffer.alloc(80 * 1024 * 1024))
  expect(bytesMayDeclareHooks(bomb, 0)).toBe(true)
  // A symbolic link in a chart folder is not followed.
  const chart = join(work, 'linked')
  write({ 'Chart.yaml': 'name: web\n' }, chart)
  symlinkSync('/etc/hostname', join(chart, 'values.yaml'))
  expect(await chartMayDeclareHooks(fs, chart)).toBe(true)
})

it('one run scans each chart once, however many add-ons install it', async () => {
  const path = archive('web', { 'templates/deployment.yaml': deployment })
  let reads = 0
  const counting = {
    ...fs,
    readFile: (file: string, maxBytes: number) => {
      reads++
      return fs.readFile(file, maxBytes)
    }
  }
  const scans = new ChartHookScans(counting)
  const answers = await Promise.all(
    Array.from({ length: 20 }, () => scans.mayDeclareHooks(path))
  )
  expect(answers.every((a) => a === false)).toBe(true)
  expect(reads).toBe(1)
})
