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
