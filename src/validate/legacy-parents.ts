/**
 * Parents written with the old name of a raw-object manifest (its
 * repository-relative path, before names were taken from the definition's
 * folder) keep working: each is renamed to the current name, with a
 * deprecation warning at the parent that says the new name. A declared name
 * always wins, so an old name that is now some other manifest's name means
 * that manifest; since the previous release read it as the other file, that
 * parent gets a warning too: the deploy order changed under it.
 */
import { definitionFolder } from '../definition/raw-manifest-name.js'
import type {
  Manifest,
  Resource,
  Stack
} from '../definition/definition-types.js'
import { report, type ValidationContext } from './validation-context.js'

/** Renames parents that use an old manifest name, warning at each one. */
export function renameLegacyParents(
  ctx: ValidationContext,
  stacks: readonly Stack[]
): void {
  const manifests = stacks.flatMap((s) => s.manifests)
  const declared = new Map(manifests.map((m) => [m.name, m]))
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
      if (parent.kind !== 'manifest') return parent
      const target = byLegacy.get(parent.name)
      if (target === undefined) return parent
      const current = declared.get(parent.name)
      if (current !== undefined) {
        reportAmbiguousName(ctx, parent.source.pointer, current, target)
        return parent
      }
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

function reportAmbiguousName(
  ctx: ValidationContext,
  pointer: string,
  current: Manifest,
  legacy: Manifest
): void {
  const name = current.name
  const currentFile = current.origin.file ?? `the manifest "${name}"`
  const legacyFile = legacy.origin.file ?? 'another file of raw objects'
  report(
    ctx,
    'warning',
    pointer,
    'ambiguous-manifest-name',
    `the parent manifest "${name}" means ${currentFile} (its name), not ${legacyFile}, whose old, repository-relative name it was; releases before names were taken from the definition's folder read it as ${legacyFile}, so the deploy order may have changed`,
    `To depend on ${legacyFile}, write "${legacy.name}". A declared name wins over an old one, so "${name}" keeps meaning ${currentFile} (docs/format.md, "Names of raw-object manifests").`
  )
}
