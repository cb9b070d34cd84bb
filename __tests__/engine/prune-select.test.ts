import { applySetId, type Inventory } from '../../src/state/inventory.js'
import { computePrune, pruneGuardViolations } from '../../src/engine/prune.js'
import { selectSteps } from '../../src/engine/select-steps.js'
import { isTransient } from '../../src/cluster/retry.js'
import { matchConflict, parseConflicts } from '../../src/engine/conflicts.js'
import type { Plan, PlanStep } from '../../src/plan/plan-types.js'
import { defaultPruneOptions } from '../../src/engine/engine-options.js'

const ref = (kind: string, name: string, namespace?: string) => ({
  apiVersion: kind === 'Deployment' ? 'apps/v1' : 'v1',
  kind,
  name,
  ...(namespace ? { namespace } : {})
})

function manifestStep(
  id: string,
  digest: string,
  dependsOn: string[],
  objects: ReturnType<typeof ref>[]
): PlanStep {
  return {
    kind: 'manifest',
    id,
    name: id.replace('manifest:', ''),
    stack: 's',
    stage: 0,
    dependsOn,
    digest,
    source: { file: 'cluster.yaml', line: 1, column: 1, pointer: '' },
    namespaces: [],
    manifest: {} as never,
    objects: objects.map((o) => ({
      subject: `${o.kind}/${o.name}`,
      group: '',
      ...(o.namespace ? { namespace: o.namespace } : {}),
      object: {
        apiVersion: o.apiVersion,
        kind: o.kind,
        name: o.name,
        body: {},
        source: { file: 'f', line: 1, column: 1 }
      }
    }))
  }
}

const plan = (steps: PlanStep[]): Plan => ({
  cluster: 'c',
  steps,
  edges: [],
  barriers: [],
  stages: [],
  diagnostics: []
})

const inventory: Inventory = {
  version: 1,
  cluster: 'c',
  steps: [
    {
      id: 'manifest:ns',
      kind: 'manifest',
      digest: 'd1',
      order: 0,
      dependsOn: [],
      objects: [ref('Namespace', 'shop')]
    },
    {
      id: 'manifest:app',
      kind: 'manifest',
      digest: 'd2',
      order: 1,
      dependsOn: ['manifest:ns'],
      objects: [ref('ConfigMap', 'a', 'shop'), ref('Deployment', 'web', 'shop')]
    },
    {
      id: 'addon:db',
      kind: 'addon',
      digest: 'd3',
      order: 2,
      dependsOn: ['manifest:ns'],
      objects: [],
      release: { name: 'db', namespace: 'shop' }
    }
  ]
}

describe('selectSteps', () => {
  const steps = [
    manifestStep('manifest:ns', 'd1', [], [ref('Namespace', 'shop')]),
    manifestStep(
      'manifest:app',
      'd2-new',
      ['manifest:ns'],
      [ref('ConfigMap', 'a', 'shop')]
    ),
    manifestStep('manifest:child', 'd9', ['manifest:app'], [])
  ]
  it('picks changed steps and their descendants', () => {
    const withChild: Inventory = {
      ...inventory,
      steps: [
        ...inventory.steps,
        {
          id: 'manifest:child',
          kind: 'manifest',
          digest: 'd9',
          order: 3,
          dependsOn: [],
          objects: []
        }
      ]
    }
    expect([...selectSteps(plan(steps), withChild, false)]).toEqual([
      'manifest:app',
      'manifest:child'
    ])
  })
  it('does not re-apply a later wave that only waits for the changed step by wave', () => {
    // deploy_wave orders stacks; it is not a data dependency. Editing one
    // file of wave 0 must not re-apply every step of waves 1, 2, …
    const byWave: Plan = {
      ...plan([
        manifestStep('manifest:ns', 'd1-new', [], [ref('Namespace', 'shop')]),
        manifestStep('manifest:app', 'd2', ['wave:1'], [])
      ]),
      barriers: [
        { id: 'wave:1', lower: 0, upper: 1, dependsOn: ['manifest:ns'] }
      ],
      edges: [
        { from: 'manifest:ns', to: 'wave:1', reason: 'deploy-wave' },
        { from: 'wave:1', to: 'manifest:app', reason: 'deploy-wave' }
      ]
    }
    expect([...selectSteps(byWave, inventory, false)]).toEqual(['manifest:ns'])
    const byParents: Plan = {
      ...plan([
        manifestStep('manifest:ns', 'd1-new', [], [ref('Namespace', 'shop')]),
        manifestStep('manifest:app', 'd2', ['manifest:ns'], [])
      ]),
      edges: [{ from: 'manifest:ns', to: 'manifest:app', reason: 'parents' }]
    }
    expect([...selectSteps(byParents, inventory, false)]).toEqual([
      'manifest:ns',
      'manifest:app'
    ])
  })
  it('picks everything with --full or without an inventory', () => {
    expect(selectSteps(plan(steps), inventory, true).size).toBe(3)
    expect(selectSteps(plan(steps), undefined, false).size).toBe(3)
  })
})

describe('computePrune', () => {
  it('removes dropped objects and releases, dependents first', () => {
    const groups = computePrune(
      plan([manifestStep('manifest:ns', 'd1', [], [ref('Namespace', 'shop')])]),
      inventory
    )
    expect(groups).toEqual([
      {
        step: 'addon:db',
        stepRemoved: true,
        objects: [],
        release: { name: 'db', namespace: 'shop' }
      },
      {
        step: 'manifest:app',
        stepRemoved: true,
        objects: [
          ref('Deployment', 'web', 'shop'),
          ref('ConfigMap', 'a', 'shop')
        ]
      }
    ])
  })
  it('keeps an object that moved to another step', () => {
    const moved = manifestStep(
      'manifest:other',
      'x',
      [],
      [
        ref('ConfigMap', 'a', 'shop'),
        ref('Deployment', 'web', 'shop'),
        ref('Namespace', 'shop')
      ]
    )
    const groups = computePrune(plan([moved]), inventory)
    expect(groups.flatMap((g) => g.objects)).toEqual([])
  })
  it('needs opt-in for Namespaces and for more than half of the inventory', () => {
    const big: Inventory = {
      ...inventory,
      steps: [
        {
          id: 'manifest:x',
          kind: 'manifest',
          digest: '',
          order: 0,
          dependsOn: [],
          objects: ['a', 'b', 'c', 'd', 'e', 'f'].map((n) =>
            ref('ConfigMap', n, 'x')
          )
        }
      ]
    }
    const all = computePrune(plan([]), big)
    expect(pruneGuardViolations(all, big, defaultPruneOptions())).toEqual([
      'would delete 6 of 6 objects in the inventory (more than 50%)'
    ])
    const ns = computePrune(plan([]), {
      ...inventory,
      steps: [inventory.steps[0] as never]
    })
    expect(pruneGuardViolations(ns, inventory, defaultPruneOptions())).toEqual([
      'would delete Namespace/shop (a Namespace)'
    ])
    expect(
      pruneGuardViolations(all, big, {
        ...defaultPruneOptions(),
        allowDestructive: true
      })
    ).toEqual([])
  })
})

describe('failure classification', () => {
  it.each([
    'dial tcp 127.0.0.1:6443: connect: connection refused',
    'read: connection reset by peer',
    'Error from server: etcdserver: leader changed',
    'Error from server (Conflict): Operation cannot be fulfilled: the object has been modified; please apply your changes to the latest version and try again',
    'Error from server (TooManyRequests): the server has received too many requests',
    'unexpected EOF',
    'Error: UPGRADE FAILED: another operation (install/upgrade/rollback) is in progress'
  ])('retries %s', (stderr) => expect(isTransient({ stderr })).toBe(true))
  it.each([
    'error: no matches for kind "Foo"',
    'Error from server (Forbidden): forbidden',
    'Error: INSTALL FAILED: failed pre-install'
  ])('fails fast on %s', (stderr) =>
    expect(isTransient({ stderr })).toBe(false)
  )
})

describe('conflicts', () => {
  it('parses kubectl blocks and matches them through managedFields', () => {
    const stderr = [
      'Apply failed with 1 conflict: conflict with "other" using v1: .data.x',
      'Please review the fields above--they currently have other managers.',
      'Apply failed with 2 conflicts: conflicts with "helm" using apps/v1:',
      '- .spec.replicas',
      '- .spec.template.spec.containers[name="app"].image',
      'Please review the fields above'
    ].join('\n')
    const conflicts = parseConflicts(stderr)
    expect(conflicts).toEqual([
      { manager: 'other', apiVersion: 'v1', fields: ['.data.x'] },
      {
        manager: 'helm',
        apiVersion: 'apps/v1',
        fields: [
          '.spec.replicas',
          '.spec.template.spec.containers[name="app"].image'
        ]
      }
    ])
    const live = [
      {
        metadata: {
          managedFields: [
            { manager: 'clustersync', fieldsV1: { 'f:data': { 'f:x': {} } } }
          ]
        }
      },
      {
        metadata: {
          managedFields: [
            { manager: 'other', fieldsV1: { 'f:data': { 'f:x': {} } } }
          ]
        }
      }
    ]
    expect(matchConflict(conflicts[0]!, live, new Set())).toBe(1)
    expect(matchConflict(conflicts[1]!, live, new Set())).toBe(-1)
  })
})

describe('applySetId', () => {
  it('follows KEP-3659: applyset-<base64url sha256 of name.namespace.kind.group>-v1', () => {
    expect(applySetId('prod')).toMatch(/^applyset-[A-Za-z0-9_-]{43}-v1$/)
    expect(applySetId('prod')).not.toBe(applySetId('staging'))
  })
})
