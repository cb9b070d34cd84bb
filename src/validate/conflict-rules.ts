/**
 * Resource conflicts: two manifests (in any files and stacks) that declare
 * the same Kubernetes object would overwrite each other on every sync. An
 * object is identified by API group, kind, namespace and name; the group
 * comes from apiVersion (`apps/v1` → `apps`, `v1` → core), the namespace
 * from metadata.namespace, else the manifest's namespace, else unset.
 */
import type { KubeObject, Manifest, Stack } from '../definition/types.js'
import { formatPlace, report, type ValidationContext } from './context.js'

/** The object's identity, as a printable key. */
export function objectIdentity(object: KubeObject): string {
  const slash = object.apiVersion.indexOf('/')
  const group = slash < 0 ? '' : object.apiVersion.slice(0, slash)
  const kind = group === '' ? object.kind : `${object.kind}.${group}`
  return object.namespace === undefined
    ? `${kind}/${object.name}`
    : `${kind}/${object.namespace}/${object.name}`
}

/** Reports every object declared by more than one manifest (or twice in one). */
export function checkObjectConflicts(
  ctx: ValidationContext,
  stacks: readonly Stack[]
): void {
  const first = new Map<string, { object: KubeObject; manifest: Manifest }>()
  for (const manifest of stacks.flatMap((s) => s.manifests)) {
    for (const object of manifest.objects) {
      const id = objectIdentity(object)
      const earlier = first.get(id)
      if (!earlier) {
        first.set(id, { object, manifest })
        continue
      }
      const where =
        earlier.manifest === manifest
          ? 'earlier in the same manifest'
          : `by manifest "${earlier.manifest.name}" in stack "${earlier.manifest.stack}"`
      report(
        ctx,
        'error',
        manifest.source.pointer,
        'duplicate-object',
        `${object.kind} "${object.name}"${object.namespace ? ` in namespace "${object.namespace}"` : ''} (manifest "${manifest.name}") is also declared ${where} at ${formatPlace(earlier.object.source)}`,
        'Declare each Kubernetes object in one manifest only.',
        object.source
      )
    }
  }
}
