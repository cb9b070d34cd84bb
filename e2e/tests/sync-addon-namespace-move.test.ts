/**
 * An add-on moved to another namespace by a sync that does not prune
 * (`--no-prune`, a failed step, the destructive guard, a cancelled job):
 * the step's record kept the old release and lost the new one, so the old
 * one was pruned later, the new one was on no record, and removing the
 * add-on left it running while the sync said Synced (found by a day-2
 * tester). Both releases stay on record until the prune removes the old.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { helm, kubectl, uniqueNamespace } from '../support/cluster.js'
import { appAddonLines, cliIn, removeSyncedCluster } from './sync-support.js'

const slow = 240_000
let first: string
let second: string
let cluster: string
let root: string

beforeAll(async () => {
  first = (await uniqueNamespace('moved-a')).name
  second = `${first}-b`
  cluster = `e2e-${first}`
  root = mkdtempSync(join(tmpdir(), 'clustersync-ns-move-'))
})
afterAll(async () => {
  await removeSyncedCluster(first, cluster)
  await kubectl([
    'delete',
    'namespace',
    second,
    '--ignore-not-found',
    '--wait=false'
  ])
  rmSync(root, { recursive: true, force: true })
})

function definition(namespace: string | undefined): void {
  const configMap = Buffer.from(
    `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: keep\n  namespace: ${first}\n`
  ).toString('base64')
  writeFileSync(
    join(root, 'cluster.yaml'),
    [
      'apiVersion: v1',
      'kind: ImportCluster',
      'metadata:',
      `  name: ${cluster}`,
      'spec:',
      '  stacks:',
      '    - name: s',
      '      manifests:',
      '        - name: keep',
      `          manifest_base64: ${configMap}`,
      ...(namespace
        ? ['      addons:', ...appAddonLines('web', namespace)]
        : []),
      ''
    ].join('\n')
  )
}

const sync = (...extra: string[]) => cliIn(root)('sync', ...extra)

async function releasesIn(namespace: string): Promise<string[]> {
  const listed = JSON.parse(
    (await helm(3, ['list', '-n', namespace, '-o', 'json'])).stdout
  ) as { name: string }[]
  return listed.map((r) => r.name)
}

test(
  'an add-on moved to another namespace without a prune: the new release stays on record and goes when the add-on does',
  async () => {
    definition(first)
    expect((await sync()).code).toBe(0)
    definition(second)
    const unpruned = await sync('--no-prune')
    expect(unpruned.code).toBe(0)
    expect(unpruned.stdout).toContain(`would remove helm:${first}/web`)
    // The prune runs on the next sync: the old release goes, the new stays.
    const pruned = await sync()
    expect(pruned.code).toBe(0)
    expect(pruned.stdout).toContain(`pruned helm:${first}/web`)
    expect(await releasesIn(first)).toEqual([])
    expect(await releasesIn(second)).toEqual(['web'])
    // Removing the add-on removes the release it has now.
    definition(undefined)
    const removed = await sync()
    expect(removed.code).toBe(0)
    expect(removed.stdout).toContain(`pruned helm:${second}/web`)
    expect(await releasesIn(second)).toEqual([])
  },
  slow
)
