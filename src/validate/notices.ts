/**
 * Notices that are not errors: keys Ankra defines but ClusterSync does not
 * act on (one info per key name, so a strict schema never rejects a real
 * Ankra file and users still learn the key has no effect here), and the
 * wrong-branch check.
 */
import { childPointer } from '../definition/pointer.js'
import { isRecord, listField, recordField } from '../definition/plain-data.js'
import {
  keyLocation,
  report,
  type ValidationContext
} from './validation-context.js'

/** Keys accepted for compatibility, by where they appear. */
export const notActedOn = {
  spec: [
    'prometheus_metrics',
    'log_source',
    'prometheus_credential',
    'kubernetes',
    'provider',
    'argo_cd'
  ],
  /** `credential_name` is acted on: the registry's login (validate/credential-names.ts). */
  helmRegistry: [],
  stack: ['applications', 'description_from_file'],
  manifest: [
    'group',
    'auto_remediate',
    'dependencies_override',
    'agents_md',
    'agents_md_from_file'
  ],
  addon: [
    'settings',
    'group',
    'namespace_migration_strategy',
    'job_configuration',
    'agents_md',
    'agents_md_from_file'
  ]
} as const

/** What to do instead, for ignored keys that limit what a sync can reach. */
const insteadOf: Partial<Record<string, string>> = {}

/** One `accepted-not-acted-on` info per key name, at its first occurrence. */
export function reportNotActedOn(
  ctx: ValidationContext,
  document: unknown
): void {
  const seen = new Set<string>()
  const check = (
    entry: unknown,
    pointer: string,
    keys: readonly string[],
    where: string
  ): void => {
    if (!isRecord(entry)) return
    for (const key of keys) {
      if (!Object.hasOwn(entry, key) || seen.has(key)) continue
      seen.add(key)
      report(
        ctx,
        'info',
        childPointer(pointer, key),
        'accepted-not-acted-on',
        `"${key}" (${where}) is accepted for compatibility with Ankra, not acted on by ClusterSync`,
        insteadOf[key],
        keyLocation(ctx, childPointer(pointer, key))
      )
    }
  }
  const spec = isRecord(document) ? recordField(document, 'spec') : undefined
  if (!spec) return
  check(spec, '/spec', notActedOn.spec, 'spec')
  listField(spec, 'helm_registries').forEach((r, i) =>
    check(
      r,
      `/spec/helm_registries/${i}`,
      notActedOn.helmRegistry,
      'helm registry'
    )
  )
  listField(spec, 'stacks').forEach((stack, s) => {
    const stackPointer = childPointer('/spec/stacks', s)
    check(stack, stackPointer, notActedOn.stack, 'stack')
    if (!isRecord(stack)) return
    listField(stack, 'manifests').forEach((m, i) =>
      check(
        m,
        `${stackPointer}/manifests/${i}`,
        notActedOn.manifest,
        'manifest'
      )
    )
    listField(stack, 'addons').forEach((a, i) =>
      check(a, `${stackPointer}/addons/${i}`, notActedOn.addon, 'add-on')
    )
  })
}

/**
 * Compares `spec.git_repository.branch` with the ref being validated. A
 * mismatch is a warning when validating (a pull request into another branch
 * is normal) and an error when syncing (it would deploy the wrong branch).
 */
export function checkBranch(
  ctx: ValidationContext,
  branch: string | undefined,
  ref: string | undefined,
  mode: 'validate' | 'sync'
): void {
  if (branch === undefined || ref === undefined || ref === '') return
  const current = ref.replace(/^refs\/heads\//, '')
  if (current === branch) return
  report(
    ctx,
    mode === 'sync' ? 'error' : 'warning',
    '/spec/git_repository/branch',
    'wrong-branch',
    `the definition is for branch "${branch}", but the ref being ${mode === 'sync' ? 'synced' : 'validated'} is "${current}"`,
    mode === 'sync'
      ? 'Sync from the branch the definition names, or change spec.git_repository.branch.'
      : 'Fine for a pull request into another branch; a sync from this ref would be refused.'
  )
}
