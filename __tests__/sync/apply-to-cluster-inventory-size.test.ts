/**
 * A definition too big for its inventory ConfigMap, even compressed, stops
 * before anything is applied: the record of what is about to be applied is
 * the first write, and it is refused with the object count and what to do,
 * never the API server's raw "Too long".
 */
import { createHash } from 'node:crypto'
import { applyToCluster } from '../../src/sync/apply-to-cluster.js'
import type { Plan, PlanStep } from '../../src/plan/plan-types.js'
import { StillClock } from '../../__fixtures__/fakes/fake-clock.js'
import { FakeExec } from '../../__fixtures__/fakes/fake-exec.js'
import { RecordingLogger } from '../../__fixtures__/fakes/recording-logger.js'
import {
  defaultHelmConfig,
  defaultKubectlConfig,
  defaultLockOptions,
  defaultPruneOptions
} from '../../src/engine/engine-options.js'

/** 250 hex characters: names that gzip cannot shrink below half. */
const longName = (i: number): string =>
  Array.from({ length: 4 }, (_, n) =>
    createHash('sha256').update(`${i}/${n}`).digest('hex')
  )
    .join('')
    .slice(0, 250)

const objects = 12_000

const step = {
  kind: 'manifest',
  id: 'manifest:huge',
  name: 'huge',
  stack: 'apps',
  stage: 0,
  dependsOn: [],
  digest: 'd1',
  source: { file: 'cluster.yaml', line: 7, column: 9, pointer: '' },
  namespaces: [],
  manifest: { force: false },
  objects: Array.from({ length: objects }, (_, i) => ({
    subject: `ConfigMap/shop/${longName(i)}`,
    group: '',
    namespace: 'shop',
    object: {
      apiVersion: 'v1',
      kind: 'ConfigMap',
      name: longName(i),
      body: {
        apiVersion: 'v1',
        kind: 'ConfigMap',
        metadata: { name: longName(i), namespace: 'shop' }
      },
      source: { file: 'huge.yaml', line: 1, column: 1 }
    }
  }))
} as unknown as PlanStep

const plan: Plan = {
  cluster: 'prod',
  steps: [step],
  barriers: [],
  edges: [],
  stages: [],
  diagnostics: []
}

describe('applyToCluster with an inventory too big to record', () => {
  it('fails as a validation error before applying anything, and releases the lock', async () => {
    const exec = new FakeExec()
      .on(['get'], { stdout: JSON.stringify({ kind: 'List', items: [] }) })
      .on(['create'], { stdout: '{"metadata":{"resourceVersion":"1"}}' })
      .on(['apply'], { stdout: '{"kind":"List","items":[]}' })
      .on(['delete'], {})
    const outcome = await applyToCluster(
      plan,
      {
        exec,
        clock: new StillClock(),
        logger: new RecordingLogger(),
        root: '/repo',
        kubectl: defaultKubectlConfig(),
        helm: defaultHelmConfig(),
        full: false,
        concurrency: 4,
        prune: defaultPruneOptions(),
        stepTimeoutMs: 60_000,
        healthIntervalMs: 1_000,
        lock: { ...defaultLockOptions('me'), waitTimeoutMs: 0 }
      },
      {
        cluster: 'prod',
        source: 'cli',
        retryCount: 0,
        startedAt: '2026-12-01T00:00:00.000Z'
      }
    )
    expect(outcome.reason).toBe('ValidationFailed')
    expect(outcome.steps).toEqual([])
    expect(outcome.message).toMatch(
      /^nothing was applied: the inventory of this definition \(12000 objects, [\d.]+ MiB of JSON, [\d.]+ MiB compressed\) does not fit the 1\.0 MiB a ConfigMap can hold\. Split the definition into several clusters/
    )
    // Read, lock, read under the lock, unlock: no apply call at all.
    const verbs = exec.calls.map(
      (c) => c.args.find((a) => !a.startsWith('--')) ?? ''
    )
    expect(verbs).toEqual(['get', 'create', 'get', 'delete'])
  })
})
