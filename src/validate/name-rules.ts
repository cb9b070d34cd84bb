/**
 * Rules over names, which the schema cannot express: stack, manifest,
 * add-on and registry names are unique (manifests and add-ons across the
 * whole cluster, since parents name them without a stack), and two add-ons
 * may not install the same Helm release into the same namespace.
 */
import type {
  Addon,
  ClusterHelmRegistry,
  Stack
} from '../definition/definition-types.js'
import { normalizeRegistryName } from '../definition/registry-lookup.js'
import {
  formatPlace,
  report,
  type ValidationContext
} from './validation-context.js'

interface Named {
  name: string
  source: { file: string; line: number; column: number; pointer: string }
}

/** Reports every duplicate name; each diagnostic names the first declaration. */
export function checkUniqueNames(
  ctx: ValidationContext,
  stacks: readonly Stack[],
  registries: readonly ClusterHelmRegistry[]
): void {
  checkUnique(ctx, 'stack', stacks, (s) => s.name)
  checkUnique(
    ctx,
    'manifest',
    stacks.flatMap((s) => s.manifests),
    (m) => m.name
  )
  checkAddons(
    ctx,
    stacks.flatMap((s) => s.addons)
  )
  checkUnique(ctx, 'Helm registry', registries, (r) =>
    normalizeRegistryName(r.name)
  )
}

function checkUnique<T extends Named>(
  ctx: ValidationContext,
  noun: string,
  items: readonly T[],
  key: (item: T) => string
): void {
  const first = new Map<string, T>()
  for (const item of items) {
    if (item.name === '') continue
    const earlier = first.get(key(item))
    if (!earlier) {
      first.set(key(item), item)
      continue
    }
    report(
      ctx,
      'error',
      item.source.pointer,
      'duplicate-name',
      `${noun} "${item.name}" is declared twice (first at ${formatPlace(earlier.source)})`,
      `Names of each kind are unique in the cluster; rename one of them.`
    )
  }
}

function checkAddons(ctx: ValidationContext, addons: readonly Addon[]): void {
  const first = new Map<string, Addon>()
  for (const addon of addons) {
    if (addon.name === '') continue
    const earlier = first.get(addon.name)
    if (!earlier) {
      first.set(addon.name, addon)
      continue
    }
    const namespace = addon.namespace ?? 'default'
    if ((earlier.namespace ?? 'default') === namespace) {
      report(
        ctx,
        'error',
        addon.source.pointer,
        'duplicate-release',
        `add-on "${addon.name}" would install the Helm release "${addon.name}" into namespace "${namespace}", as the add-on at ${formatPlace(earlier.source)} does`,
        'The add-on name is the release name; rename one of them.'
      )
    } else {
      report(
        ctx,
        'error',
        addon.source.pointer,
        'duplicate-name',
        `add-on "${addon.name}" is declared twice (first at ${formatPlace(earlier.source)})`,
        'Names of each kind are unique in the cluster; rename one of them.'
      )
    }
  }
}
