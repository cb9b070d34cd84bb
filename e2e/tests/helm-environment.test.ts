/**
 * helm reads the cluster it talks to from its own environment variables
 * too (`HELM_KUBECONTEXT`, `HELM_KUBEAPISERVER`, `HELM_KUBETOKEN`, …): one
 * left in a job's environment (a self-hosted runner's profile, an earlier
 * step's `$GITHUB_ENV`) sent the add-ons to another context than the
 * manifests, or failed them (found by a runner tester). The kubeconfig
 * (and `--context`) alone decide, for kubectl and helm alike: a sync, a
 * live plan and `status` install and read the release where the manifests
 * go.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { helm, uniqueNamespace } from '../support/cluster.js'
import {
  appAddonLines,
  cliIn,
  removeSyncedCluster,
  writeAddonDefinition
} from './sync-support.js'

const slow = 180_000
const planted = {
  HELM_KUBECONTEXT: 'some-other-context',
  HELM_KUBEAPISERVER: 'https://127.0.0.1:1',
  HELM_NAMESPACE: 'elsewhere'
}
let ns: string
let cluster: string
let root: string
const saved: Record<string, string | undefined> = {}

beforeAll(async () => {
  ns = (await uniqueNamespace('helm-env')).name
  cluster = `e2e-${ns}`
  root = mkdtempSync(join(tmpdir(), 'clustersync-helm-env-'))
  writeAddonDefinition(root, cluster, appAddonLines('web', ns))
  for (const [name, value] of Object.entries(planted)) {
    saved[name] = process.env[name]
    process.env[name] = value
  }
})
afterAll(async () => {
  for (const name of Object.keys(planted)) {
    if (saved[name] === undefined) delete process.env[name]
    else process.env[name] = saved[name]
  }
  await removeSyncedCluster(ns, cluster)
  rmSync(root, { recursive: true, force: true })
})

test(
  "helm's own connection variables in the environment do not move the add-ons to another cluster",
  async () => {
    const run = cliIn(root)
    const synced = await run('sync')
    expect(synced.stderr).not.toMatch(/some-other-context|127\.0\.0\.1:1\b/)
    expect(synced.code).toBe(0)
    const listed = JSON.parse(
      (await helm(3, ['list', '-n', ns, '-o', 'json'])).stdout
    ) as { name: string; status: string }[]
    expect(listed).toEqual([
      expect.objectContaining({ name: 'web', status: 'deployed' })
    ])
    const plan = await run('plan', '--live')
    expect(plan.code).toBe(0)
    const status = await run('status')
    expect(status.code).toBe(0)
  },
  slow
)
