/**
 * Which add-ons a full reconcile compares before upgrading: only those a
 * normal sync would skip. An add-on whose inputs changed, or whose parent
 * is applied, is upgraded as in a normal sync, without the comparison; a
 * clean unchanged one is not upgraded at all.
 */
import { applyPlan } from '../../src/engine/apply-plan.js'
import type { ReleaseDriftReader } from '../../src/engine/addon-drift-step.js'
import { HelmClient } from '../../src/cluster/helm.js'
import type { ClusterClient } from '../../src/cluster/cluster-client.js'
import {
  defaultHelmConfig,
  defaultPruneOptions
} from '../../src/engine/engine-options.js'
import type { AddonStep, Plan, PlanStep } from '../../src/plan/plan-types.js'
import type { Inventory } from '../../src/state/inventory.js'
import { FakeClock } from '../../__fixtures__/fakes/fake-clock.js'
import {
  answerHelmPulls,
  FakeExec
} from '../../__fixtures__/fakes/fake-exec.js'
import { RecordingLogger } from '../../__fixtures__/fakes/recording-logger.js'

const source = { file: 'cluster.yaml', line: 3, column: 5, pointer: '' }

function addon(name: string, digest: string, dependsOn: string[] = []) {
  return {
    kind: 'addon',
    id: `addon:${name}`,
    name,
    namespace: 'shop',
    stack: 'apps',
    stage: 0,
    digest,
    dependsOn,
    source,
    addon: {
      kind: 'addon',
      name,
      stack: 'apps',
      chartName: 'app',
      chartVersion: '1.1.0',
      chart: {
        type: 'http',
        location: 'https://charts.example',
        resolvedBy: 'repository_url'
      },
      values: {},
      parents: [],
      source
    }
  } as unknown as PlanStep
}

// clean: as recorded; changed: new inputs; child: as recorded, under changed.
const plan: Plan = {
  cluster: 'prod',
  steps: [
    addon('clean', 'c1'),
    addon('changed', 'x2'),
    addon('child', 'k1', ['addon:changed'])
  ],
  barriers: [],
  edges: [],
  stages: [],
  diagnostics: []
}

const previous: Inventory = {
  version: 1,
  cluster: 'prod',
  steps: [
    ['clean', 'c1'],
    ['changed', 'x1'],
    ['child', 'k1']
  ].map(([name, digest], order) => ({
    id: `addon:${name}`,
    kind: 'addon',
    digest: digest as string,
    order,
    dependsOn: [],
    objects: [],
    release: { name: name as string, namespace: 'shop' }
  }))
} as unknown as Inventory

it('compares only the add-ons a normal sync would skip, and upgrades the rest', async () => {
  const exec = answerHelmPulls(new FakeExec())
    .on(['version'], { stdout: 'v3.22.0' })
    .on(['list'], {
      stdout:
        '[{"name":"clean","revision":"1","status":"deployed"},{"name":"changed","revision":"1","status":"deployed"},{"name":"child","revision":"1","status":"deployed"}]'
    })
    .on(['upgrade'], { stdout: 'ok' })
  const compared: string[] = []
  const releaseDrift: ReleaseDriftReader = {
    release: (step: AddonStep) =>
      Promise.resolve({ subject: step.id, action: 'unchanged' }),
    drift: (step: AddonStep) => {
      compared.push(step.id)
      return Promise.resolve([])
    },
    serverSide: () => Promise.resolve(false)
  }
  const result = await applyPlan(
    plan,
    previous,
    {
      // Add-on steps read nothing through it here (the drift reader is a stub).
      kubectl: { withRetryListener: () => ({}) } as unknown as ClusterClient,
      helm: new HelmClient(exec, new FakeClock(), defaultHelmConfig())
    },
    new FakeClock(),
    new RecordingLogger(),
    {
      selected: new Set(plan.steps.map((s) => s.id)),
      full: true,
      concurrency: 1,
      prune: defaultPruneOptions(),
      stepTimeoutMs: 60_000,
      healthIntervalMs: 1_000,
      root: '/repo',
      applySetId: 'applyset-prod',
      releaseDrift
    }
  )
  expect(compared).toEqual(['addon:clean'])
  const upgraded = exec.calls
    .filter((c) => c.args[0] === 'upgrade')
    .map((c) => c.args.at(-2))
  expect(upgraded).toEqual(['changed', 'child'])
  expect(
    Object.fromEntries(result.outcomes.map((o) => [o.step, o.status]))
  ).toEqual({
    'addon:clean': 'unchanged',
    'addon:changed': 'applied',
    'addon:child': 'applied'
  })
  // The clean release keeps its record: the next sync still skips it.
  expect(result.steps.map((s) => [s.id, s.digest])).toEqual([
    ['addon:clean', 'c1'],
    ['addon:changed', 'x2'],
    ['addon:child', 'k1']
  ])
})
