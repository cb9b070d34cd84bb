/**
 * A migration Job that removes itself (`ttlSecondsAfterFinished`) is not
 * drift once gone, and `sync --full` does not create it again (which ran
 * the migration again); a change to the Job's manifest still creates the
 * new one (found by an Ankra-user tester).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { kubectl } from '../support/cluster.js'
import { clustersync, removeSyncedCluster } from './sync-support.js'

const slow = 120_000
const id = Date.now().toString(36)
const ns = `cs-jobttl-${id}`
const cluster = `e2e-jobttl-${id}`
const root = mkdtempSync(join(tmpdir(), 'clustersync-job-ttl-'))

afterAll(async () => {
  await removeSyncedCluster(ns, cluster)
  rmSync(root, { recursive: true, force: true })
})

function definition(image: string): string {
  const objects = [
    `apiVersion: v1\nkind: Namespace\nmetadata:\n  name: ${ns}\n`,
    [
      'apiVersion: batch/v1',
      'kind: Job',
      'metadata:',
      '  name: db-migrate',
      `  namespace: ${ns}`,
      'spec:',
      '  ttlSecondsAfterFinished: 5',
      '  template:',
      '    spec:',
      '      restartPolicy: Never',
      '      containers:',
      '        - name: migrate',
      `          image: ${image}`,
      ''
    ].join('\n')
  ].join('---\n')
  return [
    'apiVersion: v1',
    'kind: ImportCluster',
    'metadata:',
    `  name: ${cluster}`,
    'spec:',
    '  stacks:',
    '    - name: app',
    '      manifests:',
    '        - name: migrate',
    `          manifest_base64: ${Buffer.from(objects).toString('base64')}`,
    ''
  ].join('\n')
}

const jobs = async () =>
  (
    await kubectl(['get', 'jobs', '-n', ns, '-o', 'name'], {
      allowFailure: true
    })
  ).stdout.trim()

test(
  'a Job gone by its TTL is neither drift nor created again by sync --full',
  async () => {
    const run = (...argv: string[]) =>
      clustersync([
        argv[0] as string,
        join(root, 'cluster.yaml'),
        '--root',
        root,
        ...argv.slice(1)
      ])
    writeFileSync(join(root, 'cluster.yaml'), definition('migrate:1'))
    const first = await run('sync', '--timeout', '60s')
    expect(first.code).toBe(0)
    // What the TTL controller does once the Job finished.
    await kubectl(['delete', 'job', 'db-migrate', '-n', ns, '--wait=true'])
    expect(await jobs()).toBe('')

    // The live plan (the scheduled drift check) has nothing to do either.
    expect((await run('plan', '--detailed-exitcode')).code).toBe(0)
    const status = await run('status', '--format', 'json')
    expect(JSON.parse(status.stdout)).toMatchObject({ drift: { drifted: [] } })
    const full = await run('sync', '--full', '--timeout', '60s')
    expect(full.code).toBe(0)
    expect(full.stdout).not.toContain('created Job')
    expect(await jobs()).toBe('')

    // A new migration: the changed Job is created.
    writeFileSync(join(root, 'cluster.yaml'), definition('migrate:2'))
    const next = await run('sync', '--timeout', '60s')
    expect(next.stdout).toMatch(/created Job\/\S+\/db-migrate/)
  },
  slow
)
