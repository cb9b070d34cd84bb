/**
 * What a failed apply says to the user, beyond the API server's words: how
 * to take a field back from another manager (`force: true`, which a file
 * of raw objects from a folder or glob include cannot carry), and what to
 * do about a field Kubernetes never lets change (a Job's template, a
 * Deployment's selector), whose refusal quotes the whole object in Go's
 * syntax.
 */
import type { ManifestStep } from '../plan/plan-types.js'

/** How to take the fields back, for this step's kind of entry. */
export function forceHint(
  step: Pick<ManifestStep, 'name' | 'manifest'>
): string {
  if (step.manifest.origin?.type === 'raw') {
    const file = step.manifest.origin.file ?? `${step.name}.yaml`
    return `to take ownership, move ${file} out of the included folder or glob and declare it as its own entry with \`from_file\` and \`force: true\` (an include item cannot carry \`force\`)`
  }
  return `set force: true on manifest ${step.name} to take ownership`
}

// `spec.template: Invalid value: core.PodTemplateSpec{…}: field is immutable`
const immutableField = /([A-Za-z][\w.[\]-]*): Invalid value: /g

/**
 * The server's refusal of a change to an immutable field, shortened to the
 * fields and what to do; undefined for any other failure.
 */
export function immutableFieldText(text: string): string | undefined {
  if (!text.includes('field is immutable')) return undefined
  const fields = [
    ...new Set([...text.matchAll(immutableField)].map((m) => m[1]))
  ]
  const which = fields.length > 0 ? fields.join(', ') : 'a field'
  return `${which} cannot be changed on an existing object (the API server refuses: field is immutable); delete the object (\`kubectl delete\`) and sync again, or give it a new name`
}
