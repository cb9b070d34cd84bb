/**
 * A definition whose inventory cannot fit one ConfigMap even gzipped fails
 * before anything is applied, with the object count and what to do, never
 * the API server's raw "Too long": against the real control plane, through
 * the CLI. Cheap however many objects, since nothing is applied.
 */
import { kubectl } from '../support/cluster.js'
import { LongNamesRepo } from './long-names-repo.js'
import { removeSyncedCluster, sync } from './sync-support.js'

const id = `${process.pid.toString(36)}${Date.now().toString(36)}`.slice(-8)
/** 12,000 objects with incompressible 240-character names: over 1 MiB gzipped. */
const files = 4
const perFile = 3_000
const slow = 300_000
let repo: LongNamesRepo

beforeAll(() => {
  repo = new LongNamesRepo(`invbig-${id}`, `invbig-${id}`)
  for (let f = 0; f < files; f++) repo.writeObjects(f, perFile, true)
  repo.writeDefinition([...Array(files).keys()])
})

afterAll(async () => {
  await removeSyncedCluster(repo.ns, repo.cluster)
  repo.remove()
}, slow)

it(
  'refuses to sync, saying how many objects and to split the definition, with nothing applied',
  async () => {
    const run = await sync(repo.root, 'helm')
    expect(run.code).toBe(1)
    expect(run.result.status).toBe('error')
    expect(run.result.reason).toBe('ValidationFailed')
    expect(run.result.summary).toMatch(
      /nothing was applied: the inventory of this definition \(12001 objects, [\d.]+ MiB of JSON, [\d.]+ MiB compressed\) does not fit the 1\.0 MiB a ConfigMap can hold\. Split the definition into several clusters/
    )
    expect(run.stderr).not.toMatch(/Too long/)
    // Not even the Namespace (the first step) exists, nor an inventory; the
    // lock is released.
    const left = await kubectl(
      [
        'get',
        `namespace/${repo.ns}`,
        `configmap/clustersync-${repo.cluster}`,
        `lease/clustersync-${repo.cluster}`,
        '-n',
        'clustersync-system',
        '--ignore-not-found',
        '-o',
        'name'
      ],
      { allowFailure: true }
    )
    expect(left.stdout.trim()).toBe('')
  },
  slow
)
