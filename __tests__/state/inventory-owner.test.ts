/**
 * One record per cluster definition: names that make the same object name
 * (cut after 51 characters, lower-cased, other characters made `-`) would
 * share an inventory, and each definition's sync would prune what the other
 * applied. The record names the definition that wrote it; any other
 * definition reading it is refused, before anything is applied or pruned.
 */
import { ToolError } from '../../src/errors.js'
import {
  inventoryName,
  systemNamespace
} from '../../src/state/cluster-names.js'
import {
  emptyInventory,
  inventoryObject,
  inventoryOf
} from '../../src/state/inventory.js'
import type { KubeJson } from '../../src/cluster/kube-objects.js'

const stored = (cluster: string): KubeJson =>
  JSON.parse(
    JSON.stringify(inventoryObject(emptyInventory(cluster)))
  ) as KubeJson

describe('the inventory of another cluster definition', () => {
  const a = 'acme-corporation-production-europe-west-kubernetes-cluster-a'
  const b = 'acme-corporation-production-europe-west-kubernetes-cluster-b'

  it('is refused when two names make one object name, saying how to fix it', () => {
    expect(inventoryName(a)).toBe(inventoryName(b))
    const read = () => inventoryOf(stored(a), b)
    expect(read).toThrow(ToolError)
    expect(read).toThrow(
      `inventory ${systemNamespace}/${inventoryName(a)} is the record of cluster definition "${a}", not "${b}"`
    )
    expect(read).toThrow(/differs within its first 51 characters/)
  })

  it('is refused for names that differ only in case or punctuation', () => {
    expect(() => inventoryOf(stored('k0s-rasPi'), 'k0s_raspi')).toThrow(
      /is the record of cluster definition "k0s-rasPi", not "k0s_raspi"/
    )
  })

  it('is read as before by the definition that wrote it', () => {
    expect(inventoryOf(stored(a), a)).toMatchObject({ cluster: a, steps: [] })
  })
})
