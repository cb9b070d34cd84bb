// The inventory record inside a stored parent ConfigMap, for e2e tests that
// read it or edit it by hand (a killed run's start marker, say). Both go
// through ClusterSync's own encoding (src/state/inventory-encoding.ts), so a
// test never assumes the plain `inventory.json` key a large record lacks.
import type { KubeJson } from '../../src/cluster/kube-objects.js'
import {
  encodeInventory,
  inventoryText
} from '../../src/state/inventory-encoding.js'

/** The record as stored (no inputs annotation merged in); undefined when there is none. */
export function recordOf<T = Record<string, unknown>>(
  parent: KubeJson
): T | undefined {
  const text = inventoryText(parent, 'under test')
  return text === undefined ? undefined : (JSON.parse(text) as T)
}

/** `parent` holding `record` instead, in the form ClusterSync would write it. */
export function withRecord(parent: KubeJson, record: unknown): KubeJson {
  const rest = { ...parent }
  delete rest.data
  delete rest.binaryData
  return { ...rest, ...encodeInventory(JSON.stringify(record), 0) }
}
