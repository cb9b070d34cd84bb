/**
 * On helm 3, a chart without hooks is installed without helm's `--wait`
 * (which polls every 2 s) and its release is waited for here, polling from
 * 100 ms; a release that does not become ready is undone as `--atomic`
 * does it (rolled back to the last good revision, or uninstalled). A chart
 * with hooks, and helm 4, keep helm's wait.
 */
import { applyAddonStep } from '../../src/engine/addon-step.js'
import { helmWaitRules } from '../../src/engine/helm-readiness.js'
import { StepFailure, type ApplyContext } from '../../src/engine/step-types.js'
import { HelmClient } from '../../src/cluster/helm.js'
import { ChartHookScans } from '../../src/cluster/chart-hooks.js'
import type { ClusterClient } from '../../src/cluster/cluster-client.js'
import type { KubeJson, ObjectRef } from '../../src/cluster/kube-objects.js'
import { defaultHelmConfig } from '../../src/engine/engine-options.js'
import type { AddonStep } from '../../src/plan/plan-types.js'
import { FakeClock } from '../../__fixtures__/fakes/fake-clock.js'
import { FakeExec } from '../../__fixtures__/fakes/fake-exec.js'
import { MemoryFs } from '../../__fixtures__/fakes/memory-fs.js'
import { RecordingLogger } from '../../__fixtures__/fakes/recording-logger.js'

const source = { file: 'cluster.yaml', line: 7, column: 5, pointer: '' }
const step = {
  kind: 'addon',
  id: 'addon:web',
  name: 'web',
  namespace: 'shop',
  stack: 'apps',
  stage: 0,
  digest: 'd1',
  dependsOn: [],
  source,
  addon: {
    kind: 'addon',
    name: 'web',
    stack: 'apps',
    chartName: 'web',
    chartVersion: '1.0.0',
    chart: { type: 'path', location: 'charts/web', resolvedBy: 'path' },
    values: { replicas: 1 },
    parents: [],
    source
  }
} as unknown as AddonStep

const manifest = [
  '---',
  '# Source: web/templates/configmap.yaml',
  'apiVersion: v1',
  'kind: ConfigMap',
  'metadata: {name: web-config}',
  '---',
  '# Source: web/templates/deployment.yaml',
  'apiVersion: apps/v1',
  'kind: Deployment',
  'metadata: {name: web}',
  '---',
  'apiVersion: batch/v1',
  'kind: Job',
  'metadata: {name: web-once}'
].join('\n')

const deploymentTemplate = 'kind: Deployment\nmetadata: {name: web}\n'
const hookTemplate = `kind: Job\nmetadata:\n  annotations: {"helm.sh/hook": post-install}\n`

function chartFiles(withHook = false): MemoryFs {
  return new MemoryFs({
    '/repo/charts/web/Chart.yaml': 'name: web\nversion: 1.0.0\n',
    '/repo/charts/web/templates/deployment.yaml': deploymentTemplate,
    ...(withHook ? { '/repo/charts/web/templates/job.yaml': hookTemplate } : {})
  })
}

const deployment = (readyPods: number) => ({
  apiVersion: 'apps/v1',
  kind: 'Deployment',
  metadata: { name: 'web', namespace: 'shop', generation: 1 },
  spec: { replicas: 1 },
  status: {
    observedGeneration: 1,
    replicas: 1,
    updatedReplicas: 1,
    readyReplicas: readyPods
  }
})

/** A cluster whose Deployment is ready from the `readyAt`-th read on. */
function cluster(readyAt: number) {
  const asked: ObjectRef[][] = []
  const kubectl = {
    get: (refs: ObjectRef[]) => {
      asked.push(refs)
      return Promise.resolve([deployment(asked.length >= readyAt ? 1 : 0)])
    },
    events: () => Promise.resolve(['Warning FailedCreate: exceeded quota']),
    podWarnings: () => Promise.resolve([])
  } as unknown as ClusterClient
  return { kubectl, asked }
}

function helmExec(major: 3 | 4, listed: string) {
  return new FakeExec()
    .on(['version'], { stdout: major === 3 ? 'v3.22.0' : 'v4.3.1' })
    .on(['list'], { stdout: listed })
    .on(['upgrade'], {
      stdout: JSON.stringify({ name: 'web', version: 2, manifest })
    })
    .on(['rollback'], {})
    .on(['uninstall'], {})
}

const deployed =
  '[{"name":"web","namespace":"shop","revision":"1","status":"deployed"}]'

function context(
  exec: FakeExec,
  kubectl: ClusterClient,
  clock: FakeClock,
  files = chartFiles()
): ApplyContext {
  return {
    kubectl,
    helm: new HelmClient(exec, clock, defaultHelmConfig()),
    clock,
    logger: new RecordingLogger(),
    root: '/repo',
    chartHooks: new ChartHookScans(files),
    applySetId: 'applyset-x-v1',
    stepTimeoutMs: 60_000,
    healthIntervalMs: 2_000
  }
}

it('helm 3, no hooks: installs without --wait and polls the release from 100 ms', async () => {
  const exec = helmExec(3, deployed)
  const clock = new FakeClock()
  const { kubectl, asked } = cluster(3)
  const applied = await applyAddonStep(step, context(exec, kubectl, clock))
  const upgrade = exec.callsWith('upgrade')[0]?.args ?? []
  expect(upgrade).not.toContain('--wait')
  expect(upgrade).not.toContain('--atomic')
  expect(upgrade).toEqual(expect.arrayContaining(['--output', 'json']))
  // Only the Deployment is waited for: not the ConfigMap, not the Job
  // (helm 3's wait leaves Jobs alone).
  expect(asked[0]).toEqual([
    {
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      name: 'web',
      namespace: 'shop'
    }
  ])
  expect(asked).toHaveLength(3)
  expect(clock.sleeps).toEqual([100, 150])
  // The revision seen ready goes on record: a later failed upgrade goes back to it.
  expect(applied.release).toEqual({ name: 'web', namespace: 'shop', ready: 2 })
  expect(applied.changes).toEqual([
    {
      subject: 'helm:shop/web',
      action: 'configured',
      step: 'addon:web',
      message: 'web@1.0.0'
    }
  ])
})

it("a release that rendered nothing (no manifest in helm's answer) has nothing to wait for", async () => {
  const exec = helmExec(3, deployed).on(['upgrade'], {
    stdout: '{"name":"web","version":2}'
  })
  const { kubectl, asked } = cluster(1)
  const applied = await applyAddonStep(
    step,
    context(exec, kubectl, new FakeClock())
  )
  expect(applied.changes[0]?.action).toBe('configured')
  expect(asked).toHaveLength(0)
  expect(exec.callsWith('uninstall')).toHaveLength(0)
})

it('an upgrade that does not become ready is rolled back to the last good revision', async () => {
  const exec = helmExec(3, deployed).on(['history'], {
    stdout:
      '[{"revision":1,"status":"deployed"},{"revision":2,"status":"deployed"}]'
  })
  const { kubectl } = cluster(Infinity)
  const failure = await applyAddonStep(
    step,
    context(exec, kubectl, new FakeClock())
  ).catch((e: unknown) => e)
  expect(failure).toBeInstanceOf(StepFailure)
  const { message, reason } = failure as StepFailure
  expect(reason).toBe('HealthCheckFailed')
  expect(message).toMatch(
    /^add-on web \(cluster\.yaml:7\): release shop\/web not ready after 60s: Deployment\/shop\/web: 0\/1 updated replicas ready; events: Warning FailedCreate: exceeded quota; rolled back to revision 1$/
  )
  expect(exec.callsWith('rollback')[0]?.args).toEqual(
    expect.arrayContaining(['rollback', 'web', '1'])
  )
  expect(exec.callsWith('uninstall')).toHaveLength(0)
})

it('lends its slot while it only polls the release, and takes one back before helm undoes it', async () => {
  const exec = helmExec(3, deployed).on(['history'], {
    stdout:
      '[{"revision":1,"status":"deployed"},{"revision":2,"status":"deployed"}]'
  })
  const { kubectl, asked } = cluster(Infinity)
  const seen: string[] = []
  const slot = {
    lend: () => {
      seen.push(
        `lend: ${exec.callsWith('upgrade').length} upgrade, ${asked.length} polls`
      )
    },
    reclaim: () => {
      seen.push(`reclaim: ${exec.callsWith('rollback').length} rollbacks`)
      return Promise.resolve()
    }
  }
  await applyAddonStep(step, {
    ...context(exec, kubectl, new FakeClock()),
    slot
  }).catch(() => undefined)
  expect(seen).toEqual(['lend: 1 upgrade, 0 polls', 'reclaim: 0 rollbacks'])
  expect(exec.callsWith('rollback')).toHaveLength(1)
})

it('a run asked to stop (Ctrl-C, a cancelled job) ends the wait and puts the old revision back at once', async () => {
  const exec = helmExec(3, deployed).on(['history'], {
    stdout:
      '[{"revision":1,"status":"deployed"},{"revision":2,"status":"deployed"}]'
  })
  const { kubectl, asked } = cluster(Infinity)
  const stop = new AbortController()
  stop.abort(new Error('stopped by SIGINT'))
  const failure = (await applyAddonStep(step, {
    ...context(exec, kubectl, new FakeClock()),
    stop: stop.signal
  }).catch((e: unknown) => e)) as StepFailure
  expect(asked).toHaveLength(1)
  expect(failure.message).toMatch(
    /release shop\/web the run was cancelled while waiting for Deployment\/shop\/web to become ready: Deployment\/shop\/web: 0\/1 updated replicas ready; events: Warning FailedCreate: exceeded quota; rolled back to revision 1$/
  )
  const rollback = exec.callsWith('rollback')[0]?.args ?? []
  expect(rollback).toEqual(expect.arrayContaining(['web', '1']))
  expect(rollback).not.toContain('--wait')
})

it('after a killed run left a revision deployed but never ready, a failed upgrade goes back to the one last seen ready', async () => {
  // Revision 2: a killed run's, deployed, never ready; the record says 1.
  const listed =
    '[{"name":"web","namespace":"shop","revision":"2","status":"deployed"}]'
  const exec = helmExec(3, listed).on(['history'], {
    stdout:
      '[{"revision":1,"status":"superseded"},{"revision":2,"status":"superseded"},{"revision":3,"status":"deployed"}]'
  })
  const { kubectl } = cluster(Infinity)
  const failure = (await applyAddonStep(step, {
    ...context(exec, kubectl, new FakeClock()),
    readyRevision: 1
  }).catch((e: unknown) => e)) as StepFailure
  expect(failure.message).toMatch(/; rolled back to revision 1$/)
  expect(exec.callsWith('rollback')[0]?.args).toEqual(
    expect.arrayContaining(['web', '1'])
  )
})

it('a release that existed but was never deployed fine is left as helm put it, not uninstalled', async () => {
  const listed =
    '[{"name":"web","namespace":"shop","revision":"1","status":"failed"}]'
  const exec = helmExec(3, listed).on(['history'], {
    stdout:
      '[{"revision":1,"status":"failed"},{"revision":2,"status":"deployed"}]'
  })
  const { kubectl } = cluster(Infinity)
  const failure = (await applyAddonStep(
    step,
    context(exec, kubectl, new FakeClock())
  ).catch((e: unknown) => e)) as StepFailure
  expect(failure.message).toMatch(
    /; left as helm put it: no earlier revision was deployed$/
  )
  expect(exec.callsWith('uninstall')).toHaveLength(0)
  expect(exec.callsWith('rollback')).toHaveLength(0)
})

it('a new release that does not become ready is uninstalled', async () => {
  const exec = helmExec(3, '[]')
  const { kubectl } = cluster(Infinity)
  const failure = (await applyAddonStep(
    step,
    context(exec, kubectl, new FakeClock())
  ).catch((e: unknown) => e)) as StepFailure
  expect(failure.message).toMatch(/; uninstalled$/)
  expect(exec.callsWith('uninstall')[0]?.args).toContain('web')
  expect(exec.callsWith('rollback')).toHaveLength(0)
})

it('an upgrade helm itself fails (no --atomic now) is rolled back as --atomic did; one that wrote nothing is left alone', async () => {
  const refused = {
    exitCode: 1,
    stderr:
      'Error: UPGRADE FAILED: Deployment.apps "web" is invalid: spec.replicas: Invalid value: -1'
  }
  const exec = helmExec(3, deployed).on(['upgrade'], refused).on(['history'], {
    stdout:
      '[{"revision":1,"status":"superseded"},{"revision":2,"status":"failed"}]'
  })
  const { kubectl, asked } = cluster(1)
  const failure = (await applyAddonStep(
    step,
    context(exec, kubectl, new FakeClock())
  ).catch((e: unknown) => e)) as StepFailure
  expect(failure.reason).toBe('ApplyFailed')
  expect(failure.message).toMatch(
    /^helm upgrade --install web failed \(cluster\.yaml:7\): Error: UPGRADE FAILED: .*; rolled back to revision 1$/
  )
  expect(exec.callsWith('rollback')[0]?.args).toEqual(
    expect.arrayContaining(['web', '1'])
  )
  expect(asked).toHaveLength(0)

  const untouched = helmExec(3, deployed)
    .on(['upgrade'], refused)
    .on(['history'], { stdout: '[{"revision":1,"status":"deployed"}]' })
  const left = (await applyAddonStep(
    step,
    context(untouched, kubectl, new FakeClock())
  ).catch((e: unknown) => e)) as StepFailure
  expect(left.message).not.toMatch(/rolled back|uninstalled/)
  expect(untouched.callsWith('rollback')).toHaveLength(0)
})

it("a chart that may declare hooks, values naming one, and helm 4 keep helm's wait", async () => {
  const cases = [
    { exec: helmExec(3, deployed), files: chartFiles(true), values: step },
    {
      exec: helmExec(3, deployed),
      files: chartFiles(),
      values: {
        ...step,
        addon: {
          ...step.addon,
          values: { annotations: { 'helm.sh/hook': 'post-install' } }
        }
      } as AddonStep
    },
    { exec: helmExec(4, deployed), files: chartFiles(), values: step }
  ]
  for (const { exec, files, values } of cases) {
    const { kubectl, asked } = cluster(1)
    await applyAddonStep(values, context(exec, kubectl, new FakeClock(), files))
    const upgrade = exec.callsWith('upgrade')[0]?.args ?? []
    expect(upgrade).toContain('--wait')
    expect(upgrade).not.toContain('--output')
    expect(asked).toHaveLength(0)
  }
})

describe("helm 3's --wait: which objects, judged as helm judges them", () => {
  const ref = (apiVersion: string, kind: string) => ({
    apiVersion,
    kind,
    name: 'x'
  })
  const state = (object: object) => helmWaitRules.assess(object as KubeJson)

  it('waits for workloads, Pods, claims, Services and CRDs; not Jobs, ConfigMaps or custom resources', () => {
    const waited = [
      ref('apps/v1', 'Deployment'),
      ref('apps/v1', 'StatefulSet'),
      ref('apps/v1', 'DaemonSet'),
      ref('v1', 'Pod'),
      ref('v1', 'PersistentVolumeClaim'),
      ref('v1', 'Service'),
      ref('apiextensions.k8s.io/v1', 'CustomResourceDefinition')
    ]
    const notWaited = [
      ref('batch/v1', 'Job'),
      ref('v1', 'ConfigMap'),
      ref('example.com/v1', 'Widget'),
      ref('example.com/v1', 'Deployment')
    ]
    expect(waited.filter(helmWaitRules.watches)).toEqual(waited)
    expect(notWaited.filter(helmWaitRules.watches)).toEqual([])
  })

  const deployment = (spec: object, status: object) => ({
    kind: 'Deployment',
    metadata: { generation: 2 },
    spec,
    status: { observedGeneration: 2, ...status }
  })

  it('a paused Deployment is ready, as helm has it', () => {
    expect(
      state(
        deployment({ paused: true, replicas: 1 }, { observedGeneration: 0 })
      ).state
    ).toBe('ready')
  })

  it('a Deployment is ready with replicas − maxUnavailable of its new pods ready (4 wanted, 3 running)', () => {
    const status = { replicas: 3, updatedReplicas: 3, readyReplicas: 3 }
    expect(state(deployment({ replicas: 4 }, status)).state).toBe('ready')
    expect(
      state(deployment({ replicas: 4 }, { ...status, readyReplicas: 2 }))
    ).toEqual({
      state: 'progressing',
      message: '2/3 updated replicas ready (of 4; 1 may be unavailable)'
    })
    // Recreate (or maxUnavailable 0 with a surge) tolerates none.
    expect(
      state(deployment({ replicas: 4, strategy: { type: 'Recreate' } }, status))
        .state
    ).toBe('progressing')
    expect(
      state(
        deployment(
          {
            replicas: 4,
            strategy: { rollingUpdate: { maxUnavailable: 0, maxSurge: 1 } }
          },
          status
        )
      ).state
    ).toBe('progressing')
  })

  it("a Deployment's old ready pods are not taken for new ones, nor an unobserved generation for the new one", () => {
    // 2 wanted, 1 new pod (not ready) beside 2 old ready ones.
    expect(
      state(
        deployment(
          { replicas: 2 },
          { replicas: 3, updatedReplicas: 1, readyReplicas: 2 }
        )
      ).state
    ).toBe('progressing')
    expect(
      state({
        ...deployment(
          { replicas: 1 },
          { replicas: 1, updatedReplicas: 1, readyReplicas: 1 }
        ),
        metadata: { generation: 3 }
      })
    ).toEqual({ state: 'progressing', message: 'new generation not observed' })
  })

  it('a StatefulSet or DaemonSet that does not roll (OnDelete) is ready; a partition is honoured', () => {
    const onDelete = { updateStrategy: { type: 'OnDelete' }, replicas: 1 }
    expect(
      state({
        kind: 'StatefulSet',
        spec: onDelete,
        status: { readyReplicas: 1 }
      }).state
    ).toBe('ready')
    expect(state({ kind: 'DaemonSet', spec: onDelete, status: {} }).state).toBe(
      'ready'
    )
    const partitioned = {
      kind: 'StatefulSet',
      metadata: { generation: 1 },
      spec: {
        replicas: 3,
        updateStrategy: { rollingUpdate: { partition: 2 } }
      },
      status: {
        observedGeneration: 1,
        updatedReplicas: 1,
        readyReplicas: 3,
        currentRevision: 'a',
        updateRevision: 'b'
      }
    }
    expect(state(partitioned).state).toBe('ready')
    expect(state({ ...partitioned, spec: { replicas: 3 } })).toEqual({
      state: 'progressing',
      message: '1/3 replicas updated, 3/3 ready'
    })
  })

  it('a DaemonSet is ready with every pod updated and desired − maxUnavailable ready', () => {
    const daemonSet = (numberReady: number) => ({
      kind: 'DaemonSet',
      spec: {},
      status: {
        desiredNumberScheduled: 3,
        updatedNumberScheduled: 3,
        numberReady
      }
    })
    expect(state(daemonSet(2)).state).toBe('ready')
    expect(state(daemonSet(1))).toEqual({
      state: 'progressing',
      message: '1/2 pods ready'
    })
  })

  it('a claim is ready once Bound, a Pod once Ready or Succeeded, a LoadBalancer once it has an address', () => {
    const is = (object: object) => state(object).state
    expect(
      is({ kind: 'PersistentVolumeClaim', status: { phase: 'Pending' } })
    ).toBe('progressing')
    expect(
      is({ kind: 'PersistentVolumeClaim', status: { phase: 'Bound' } })
    ).toBe('ready')
    expect(is({ kind: 'Pod', status: { phase: 'Pending' } })).toBe(
      'progressing'
    )
    expect(
      is({
        kind: 'Pod',
        status: {
          phase: 'Running',
          conditions: [{ type: 'Ready', status: 'True' }]
        }
      })
    ).toBe('ready')
    expect(is({ kind: 'Pod', status: { phase: 'Succeeded' } })).toBe('ready')
    expect(is({ kind: 'Service', spec: { type: 'ClusterIP' } })).toBe('ready')
    expect(
      is({ kind: 'Service', spec: { type: 'LoadBalancer' }, status: {} })
    ).toBe('progressing')
    expect(
      is({
        kind: 'Service',
        spec: { type: 'LoadBalancer' },
        status: { loadBalancer: { ingress: [{ ip: '10.0.0.9' }] } }
      })
    ).toBe('ready')
  })
})
