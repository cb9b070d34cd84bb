/**
 * Where a cluster's inventory and lock live, by name: one place for the
 * inventory, the lock and the unchanged-files check's reads, which all
 * look them up.
 */

/** Where the inventory and the lock live. */
export const systemNamespace = 'clustersync-system'

/** What every record's name starts with (the inventory's and the Lease's). */
export const recordPrefix = 'clustersync-'

/** `clustersync-<cluster>`, made a valid object name. */
export function inventoryName(cluster: string): string {
  const clean = cluster
    .toLowerCase()
    .replace(/[^a-z0-9-]+/g, '-')
    .replace(/^-+|-+$/g, '')
  return `${recordPrefix}${clean}`.slice(0, 63).replace(/-+$/, '')
}

/** The Lease's name: the inventory's, so both are found together. */
export function leaseName(cluster: string): string {
  return inventoryName(cluster)
}
