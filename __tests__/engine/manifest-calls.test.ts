/**
 * A manifest step's kubectl calls, asserted on argv: a namespace this sync
 * created is neither read nor applied again by later steps.
 */
import type { HelmClient } from '../../src/cluster/helm.js'
import { KubectlClient } from '../../src/cluster/kubectl.js'
import { applyManifestStep } from '../../src/engine/manifest-step.js'
import type { ApplyContext } from '../../src/engine/step-types.js'
import type { ManifestStep } from '../../src/plan/plan-types.js'
import { FakeClock } from '../../__fixtures__/fakes/fake-clock.js'
import {
  FakeExec,
  type RecordedCall
} from '../../__fixtures__/fakes/fake-exec.js'
import { RecordingLogger } from '../../__fixtures__/fakes/recording-logger.js'
import { defaultKubectlConfig } from '../../src/engine/engine-options.js'
import { LiveState } from '../../src/cluster/live-state.js'

const kube = (exec: FakeExec, clock = new FakeClock()): KubectlClient =>
  new KubectlClient(exec, clock, defaultKubectlConfig())

const verbs = (calls: RecordedCall[]): string[] =>
  calls.map((c) => c.args.slice(0, 2).join(' '))

function step(namespace: string): ManifestStep {
  const name = 'settings'
  return {
    id: 'manifest:app',
    name: 'app',
    kind: 'manifest',
    namespaces: [namespace],
    manifest: { force: false },
    objects: [
      {
        subject: `ConfigMap/${namespace}/${name}`,
        group: '',
        namespace,
        object: {
          apiVersion: 'v1',
          kind: 'ConfigMap',
          name,
          body: { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name } },
          source: { file: 'app.yaml', line: 1 }
        }
      }
    ]
  } as unknown as ManifestStep
}

function context(exec: FakeExec, created: Set<string>): ApplyContext {
  const clock = new FakeClock()
  return {
    kubectl: kube(exec, clock),
    helm: undefined as unknown as HelmClient,
    clock,
    logger: new RecordingLogger(),
    root: '/repo',
    applySetId: 'applyset-x-v1',
    stepTimeoutMs: 60_000,
    healthIntervalMs: 1_000,
    createdNamespaces: created
  }
}

const appliedList = (namespace: string) =>
  JSON.stringify({
    kind: 'List',
    items: [
      {
        apiVersion: 'v1',
        kind: 'ConfigMap',
        metadata: { name: 'settings', namespace, resourceVersion: '5' }
      }
    ]
  })

describe('applyManifestStep', () => {
  it('neither reads nor re-creates a namespace this sync created', async () => {
    const exec = new FakeExec().on(['apply'], { stdout: appliedList('shop') })
    const applied = await applyManifestStep(
      step('shop'),
      context(exec, new Set(['shop']))
    )
    expect(verbs(exec.calls)).toEqual(['apply --server-side'])
    expect(exec.calls[0]?.input).not.toContain('"kind":"Namespace"')
    expect(applied.changes).toEqual([
      {
        subject: 'ConfigMap/shop/settings',
        action: 'created',
        step: 'manifest:app'
      }
    ])
  })

  it('reads a namespace it did not create, and creates it when missing', async () => {
    const exec = new FakeExec()
      .on(['get'], { stdout: '' })
      .on(['apply'], { stdout: appliedList('shop') })
    const created = new Set<string>()
    const applied = await applyManifestStep(
      step('shop'),
      context(exec, created)
    )
    expect(verbs(exec.calls)).toEqual(['get -f', 'apply --server-side'])
    expect(exec.calls[0]?.input).toContain('"kind":"Namespace"')
    expect(exec.calls[1]?.input).toContain('"kind":"Namespace"')
    expect(applied.changes.map((c) => `${c.action} ${c.subject}`)).toEqual([
      'created Namespace/shop',
      'created ConfigMap/shop/settings'
    ])
    expect(created.has('shop')).toBe(true)
  })

  it('does not trust a namespace whose apply failed', async () => {
    const exec = new FakeExec()
      .on(['get'], { stdout: '' })
      .on(['apply'], { exitCode: 1, stderr: 'Error from server: boom' })
    const created = new Set<string>()
    await expect(
      applyManifestStep(step('shop'), context(exec, created))
    ).rejects.toThrow(/boom/)
    expect(created.has('shop')).toBe(false)
  })

  describe('in a full reconcile, with the live state read in bulk', () => {
    // The live state a bulk read found: the namespace, and the ConfigMap
    // as ClusterSync applied it (or edited since, `data` taken by hand).
    const liveState = (edited: boolean): LiveState => {
      const found = (key: string, verdict: 'same' | 'differs' | 'unsure') => [
        key,
        { resourceVersion: '5', verdict }
      ]
      const keys = ['|Namespace||shop', '|ConfigMap|shop|settings']
      return new LiveState(
        new Set(keys),
        new Map([
          found('|Namespace||shop', 'unsure'),
          found('|ConfigMap|shop|settings', edited ? 'differs' : 'same')
        ] as [string, { resourceVersion: string; verdict: 'same' }][])
      )
    }

    it('sends nothing and reads nothing again for an object as applied', async () => {
      const exec = new FakeExec()
      const ctx = { ...context(exec, new Set()), live: liveState(false) }
      const applied = await applyManifestStep(step('shop'), ctx)
      expect(verbs(exec.calls)).toEqual([])
      expect(applied.changes).toEqual([
        {
          subject: 'ConfigMap/shop/settings',
          action: 'unchanged',
          step: 'manifest:app'
        }
      ])
    })

    it('sends an object that differs, without reading it again', async () => {
      const exec = new FakeExec().on(['apply'], {
        stdout: appliedList('shop').replace('"5"', '"6"')
      })
      const ctx = { ...context(exec, new Set()), live: liveState(true) }
      const applied = await applyManifestStep(step('shop'), ctx)
      expect(verbs(exec.calls)).toEqual(['apply --server-side'])
      expect(applied.changes.map((c) => `${c.action} ${c.subject}`)).toEqual([
        'configured ConfigMap/shop/settings'
      ])
    })
  })
})
