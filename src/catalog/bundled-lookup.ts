/**
 * The bundled catalog as a registry lookup, for every command and the Action.
 * Pass the function itself to `checkDefinition` / `runSync`: it is called only
 * when an add-on names a `registry_name`, which saves cold runs ~100 ms.
 */
import type { RegistryLookup } from '../definition/registry-lookup.js'

/**
 * The lookup over `helm_registries/`, or undefined when the installation has
 * no such folder: registry names then resolve only against the definition's
 * own `spec.helm_registries`, and validation reports the ones it cannot find.
 */
export async function bundledRegistryLookup(): Promise<
  RegistryLookup | undefined
> {
  try {
    // Loaded here, not at startup: most runs never call this.
    const { createCatalogLookup } = await import('./catalog-lookup.js')
    const { loadBundledCatalog } = await import('./load-catalog.js')
    return createCatalogLookup((await loadBundledCatalog()).entries)
  } catch {
    // Deliberately not an error: see above.
    return undefined
  }
}
