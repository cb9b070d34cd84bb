/**
 * Prune and the ApplySet label: an object the inventory would prune, whose
 * live `applyset.kubernetes.io/part-of` label now names another
 * definition's ApplySet (that definition applied it last), is left in the
 * cluster and dropped from this cluster's record; over the API channel and
 * over kubectl processes alike.
 */
import { pruneStep } from '../../src/engine/prune-step.js'
import { defaultPruneOptions } from '../../src/engine/engine-options.js'
import {
  applySetId,
  type Inventory,
  type InventoryStep
} from '../../src/state/inventory.js'
import type { Plan } from '../../src/plan/plan-types.js'
import { KubectlClient } from '../../src/cluster/kubectl.js'
import { defaultKubectlConfig } from '../../src/engine/engine-options.js'
import type { ClusterClient } from '../../src/cluster/cluster-client.js'
import type { KubeApiRequest } from '../../src/ports/kube-api.js'
import { StillClock } from '../../__fixtures__/fakes/fake-clock.js'
import { FakeExec } from '../../__fixtures__/fakes/fake-exec.js'
import {
  FakeKubeApi,
  kubectlOver
} from '../../__fixtures__/fakes/fake-kube-api.js'
import { RecordingLogger } from '../../__fixtures__/fakes/recording-logger.js'

const ours = applySetId('prod-cluster')
const theirs = applySetId('k0s-rasPi')

const cm = (name: string) => ({
  apiVersion: 'v1',
  kind: 'ConfigMap',
  name,
  namespace: 'shop'
})

const inventory: Inventory = {
  version: 1,
  cluster: 'prod-cluster',
  steps: [
    {
      id: 'manifest:app',
      kind: 'manifest',
      digest: 'd1',
      order: 0,
      dependsOn: [],
      objects: [cm('shared'), cm('mine'), cm('unlabelled')]
    }
  ]
}

// The definition no longer declares anything: all three are to prune.
const plan: Plan = {
  cluster: 'prod-cluster',
  steps: [],
  edges: [],
  barriers: [],
  stages: [],
  diagnostics: []
}

function live(name: string, owner?: string) {
  return {
    apiVersion: 'v1',
    kind: 'ConfigMap',
    metadata: {
      name,
      namespace: 'shop',
      uid: `uid-${name}`,
      ...(owner ? { labels: { 'applyset.kubernetes.io/part-of': owner } } : {})
    }
  }
}

async function prune(kubectl: ClusterClient) {
  const records = new Map<string, InventoryStep>()
  const logger = new RecordingLogger()
  const outcome = await pruneStep(
    plan,
    inventory,
    records,
    false,
    { kubectl, helm: {} as never },
    new StillClock(),
    logger,
    {
      prune: defaultPruneOptions(),
      stepTimeoutMs: 60_000,
      applySetId: ours
    }
  )
  return { outcome, records, logger }
}

const leftMessage = `left in place: now part of another definition's ApplySet ${theirs} (was applied by manifest:app)`

describe('prune leaves objects another ApplySet owns', () => {
  it('over the API channel: reads the labels with one LIST, deletes only ours', async () => {
    const objects = new Map([
      ['shared', live('shared', theirs)],
      ['mine', live('mine', ours)],
      ['unlabelled', live('unlabelled')]
    ])
    const collection = '/api/v1/namespaces/shop/configmaps'
    const api = new FakeKubeApi().on((request: KubeApiRequest) => {
      const [path] = request.path.split('?')
      if (request.method === 'GET' && path === collection)
        return {
          status: 200,
          body: JSON.stringify({
            kind: 'ConfigMapList',
            items: [...objects.values()]
          })
        }
      const name = path?.slice(collection.length + 1) ?? ''
      if (request.method === 'DELETE' && objects.has(name)) {
        const gone = objects.get(name)
        objects.delete(name)
        return { status: 200, body: JSON.stringify(gone) }
      }
      return undefined
    })
    const { outcome, records } = await prune(kubectlOver(api))

    const deletes = api.calls().filter((c) => c.startsWith('DELETE'))
    // Every object this definition applies carries its label: one without
    // was made by someone else since (a release, a person) and is theirs.
    expect(deletes).toEqual([`DELETE ${collection}/mine`])
    expect(objects.has('unlabelled')).toBe(true)
    expect(objects.has('shared')).toBe(true)
    expect(outcome?.status).toBe('applied')
    expect(outcome?.changes).toEqual([
      {
        subject: 'ConfigMap/shop/unlabelled',
        action: 'unchanged',
        step: 'prune',
        message:
          "left in place: it no longer carries this definition's ApplySet label (made or relabelled outside it since it was applied) (was applied by manifest:app)"
      },
      {
        subject: 'ConfigMap/shop/shared',
        action: 'unchanged',
        step: 'prune',
        message: leftMessage
      },
      {
        subject: 'ConfigMap/shop/mine',
        action: 'pruned',
        step: 'prune',
        message: 'was applied by manifest:app'
      }
    ])
    expect(outcome?.message).toContain(
      "left in place 2 objects no longer this definition's (another definition's ApplySet, a Helm release's, or no ApplySet label): ConfigMap/shop/unlabelled, ConfigMap/shop/shared"
    )
    // No longer ours: the record forgets it, so the next sync leaves it be.
    expect(records.size).toBe(0)
  })

  it('over kubectl: reads the labels with one get, deletes only ours', async () => {
    const exec = new FakeExec()
      .on(['get'], {
        stdout: JSON.stringify({
          kind: 'List',
          items: [live('shared', theirs), live('mine', ours)]
        })
      })
      .on(['delete'], {})
    const kubectl = new KubectlClient(
      exec,
      new StillClock(),
      defaultKubectlConfig()
    )
    const { outcome, records } = await prune(kubectl)

    const deleted = exec.calls
      .filter((c) => c.args.includes('delete'))
      .flatMap(
        (c) =>
          (
            JSON.parse(c.input ?? '{}') as {
              items: { metadata: { name: string } }[]
            }
          ).items
      )
      .map((o) => o.metadata.name)
    // `unlabelled` is gone: deleting what is missing is fine.
    expect(deleted).toEqual(['unlabelled', 'mine'])
    expect(outcome?.changes[0]).toEqual({
      subject: 'ConfigMap/shop/shared',
      action: 'unchanged',
      step: 'prune',
      message: leftMessage
    })
    expect(records.size).toBe(0)
  })

  it('deletes nothing and says so when every object belongs to another set', async () => {
    const exec = new FakeExec().on(['get'], {
      stdout: JSON.stringify({
        kind: 'List',
        items: ['shared', 'mine', 'unlabelled'].map((n) => live(n, theirs))
      })
    })
    const kubectl = new KubectlClient(
      exec,
      new StillClock(),
      defaultKubectlConfig()
    )
    const { outcome, records } = await prune(kubectl)

    expect(exec.calls.some((c) => c.args.includes('delete'))).toBe(false)
    expect(outcome?.status).toBe('unchanged')
    expect(outcome?.changes.map((c) => c.action)).toEqual([
      'unchanged',
      'unchanged',
      'unchanged'
    ])
    expect(records.size).toBe(0)
  })

  it('keeps everything on record when the labels cannot be read', async () => {
    const exec = new FakeExec().on(['get'], {
      exitCode: 1,
      stderr: 'error: forbidden'
    })
    const kubectl = new KubectlClient(
      exec,
      new StillClock(),
      defaultKubectlConfig()
    )
    const { outcome, records } = await prune(kubectl)

    expect(exec.calls.some((c) => c.args.includes('delete'))).toBe(false)
    expect(outcome?.status).toBe('failed')
    expect(outcome?.message).toContain('reading the objects to prune failed')
    expect(records.get('manifest:app')?.objects).toHaveLength(3)
  })

  it("leaves an object a Helm release manages (a manifest re-declared one of a chart's objects)", async () => {
    const managed = live('shared', ours)
    ;(managed.metadata as Record<string, unknown>).annotations = {
      'meta.helm.sh/release-name': 'web',
      'meta.helm.sh/release-namespace': 'shop'
    }
    const exec = new FakeExec()
      .on(['get'], {
        stdout: JSON.stringify({
          kind: 'List',
          items: [managed, live('mine', ours)]
        })
      })
      .on(['delete'], {})
    const kubectl = new KubectlClient(
      exec,
      new StillClock(),
      defaultKubectlConfig()
    )
    const { outcome } = await prune(kubectl)
    const deleted = exec.calls
      .filter((c) => c.args.includes('delete'))
      .flatMap(
        (c) =>
          (
            JSON.parse(c.input ?? '{}') as {
              items: { metadata: { name: string } }[]
            }
          ).items
      )
      .map((o) => o.metadata.name)
    expect(deleted).not.toContain('shared')
    expect(outcome?.changes).toContainEqual({
      subject: 'ConfigMap/shop/shared',
      action: 'unchanged',
      step: 'prune',
      message:
        'left in place: managed by Helm release shop/web, which deleting it would break (was applied by manifest:app)'
    })
  })
})
