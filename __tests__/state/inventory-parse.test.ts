import { parseInventory } from '../../src/state/inventory.js'

const step = {
  id: 'manifest:ns',
  kind: 'manifest',
  digest: 'sha256:1',
  order: 0,
  dependsOn: [],
  objects: [{ apiVersion: 'v1', kind: 'Namespace', name: 'shop' }]
}

describe('parseInventory', () => {
  it('reads what ClusterSync wrote', () => {
    const text = JSON.stringify({ version: 1, cluster: 'prod', steps: [step] })
    expect(parseInventory(text, 'clustersync-system/clustersync-prod')).toEqual(
      {
        version: 1,
        cluster: 'prod',
        steps: [step]
      }
    )
  })

  it.each([
    ['not JSON', '{', 'is not JSON'],
    [
      'another version',
      '{"version":2,"cluster":"p","steps":[]}',
      'has version 2'
    ],
    ['no steps', '{"version":1,"cluster":"p"}', '"steps" is not a list'],
    [
      'a step without objects',
      JSON.stringify({
        version: 1,
        cluster: 'p',
        steps: [{ ...step, objects: 'x' }]
      }),
      'step #1 is not a step record'
    ],
    // Forged so that printing or keying them threw a TypeError (a stack
    // trace from plan --live, an internal error from status).
    [
      'an object whose namespace is not text',
      JSON.stringify({
        version: 1,
        cluster: 'p',
        steps: [
          {
            ...step,
            objects: [{ ...step.objects[0], namespace: { toString: 1 } }]
          }
        ]
      }),
      'step #1 is not a step record'
    ],
    [
      'a release whose namespace is not text',
      JSON.stringify({
        version: 1,
        cluster: 'p',
        steps: [{ ...step, release: { name: 'x', namespace: 5 } }]
      }),
      'step #1 is not a step record'
    ],
    [
      'a last sync whose commit is a number',
      JSON.stringify({
        version: 1,
        cluster: 'p',
        steps: [],
        lastSynced: { finishedAt: '2026-01-01T00:00:00Z', commit: 12345 }
      }),
      '"lastSynced" is not a sync record'
    ],
    [
      'a last sync that is text',
      JSON.stringify({ version: 1, cluster: 'p', steps: [], lastSync: 'x' }),
      '"lastSync" is not a sync record'
    ]
  ])('refuses %s, naming the object and what to do', (_case, text, why) => {
    expect(() =>
      parseInventory(text, 'clustersync-system/clustersync-prod')
    ).toThrow(
      new RegExp(
        `inventory clustersync-system/clustersync-prod ${why.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}.*it was edited by hand`
      )
    )
  })
})
