/**
 * Parents written with the old name of a raw-object manifest (its
 * repository-relative path, before names were taken from the definition's
 * folder) keep working: each is renamed to the current name, with a
 * deprecation warning at the parent that says the new name. A declared name
 * always wins, so an old name that is now some other manifest's name means
 * that manifest.
 */
import { definitionFolder } from '../definition/raw-manifest-name.js'
import type { Manifest, Resource, Stack } from '../definition/types.js'
import { report, type ValidationContext } from './context.js'

/** Renames parents that use an old manifest name, warning at each one. */
export function renameLegacyParents(
  ctx: ValidationContext,
  stacks: readonly Stack[]
): void {
  const manifests = stacks.flatMap((s) => s.manifests)
  const declared = new Set(manifests.map((m) => m.name))
  const byLegacy = new Map<string, Manifest>()
  for (const m of manifests) {
    if (m.legacyName !== undefined && !byLegacy.has(m.legacyName))
      byLegacy.set(m.legacyName, m)
  }
  if (byLegacy.size === 0) return
  const resources: Resource[] = stacks.flatMap((s) => [
    ...s.manifests,
    ...s.addons
  ])
  for (const resource of resources) {
    resource.parents = resource.parents.map((parent) => {
      if (parent.kind !== 'manifest' || declared.has(parent.name)) return parent
      const target = byLegacy.get(parent.name)
      if (target === undefined) return parent
      reportLegacyName(ctx, parent.source.pointer, parent.name, target)
      return { ...parent, name: target.name }
    })
  }
}

function reportLegacyName(
  ctx: ValidationContext,
  pointer: string,
  written: string,
  target: Manifest
): void {
  const folder = definitionFolder(ctx.loaded.file)
  report(
    ctx,
    'warning',
    pointer,
    'deprecated-manifest-name',
    `the parent manifest "${written}" uses the old, repository-relative name of ${target.origin.file ?? 'a file of raw objects'}; its name is now "${target.name}"`,
    `Write "${target.name}": a file of raw objects is named by its path from the definition's folder (${folder}/), or "/" + its path from the repository root outside that folder, so names survive moving the folder. Old names are deprecated.`
  )
}
