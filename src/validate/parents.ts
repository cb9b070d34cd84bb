/**
 * `parents` items in both shapes Ankra documents: `{name, kind}` and the
 * shorthand `{manifest: x}` / `{addon: x}`. Ankra's CLI silently drops the
 * shorthand (and with it the ordering); here both are first-class, and an
 * item that mixes or lacks them is an error rather than a silent drop.
 */
import { childPointer } from '../definition/pointer.js'
import { isRecord, stringField } from '../definition/plain-data.js'
import type { ParentRef, ResourceKind } from '../definition/definition-types.js'
import {
  report,
  sourceRef,
  type ValidationContext
} from './validation-context.js'

/** Reads a `parents` list; invalid items are reported and skipped. */
export function readParents(
  ctx: ValidationContext,
  value: unknown,
  pointer: string
): ParentRef[] {
  if (!Array.isArray(value)) return []
  const parents: ParentRef[] = []
  value.forEach((item: unknown, index) => {
    const at = childPointer(pointer, index)
    if (!isRecord(item)) return // the schema reports the wrong type
    const parent = readParent(ctx, item, at)
    if (parent) parents.push(parent)
  })
  return parents
}

function readParent(
  ctx: ValidationContext,
  item: Record<string, unknown>,
  at: string
): ParentRef | undefined {
  const manifest = stringField(item, 'manifest')
  const addon = stringField(item, 'addon')
  const name = stringField(item, 'name')
  const kind = stringField(item, 'kind')
  const shorthand = [manifest, addon].filter((v) => v !== undefined).length
  if (
    shorthand > 0 &&
    (name !== undefined || kind !== undefined || shorthand > 1)
  ) {
    report(
      ctx,
      'error',
      at,
      'invalid-parent',
      'a parent is either `{name: x, kind: manifest|addon}` or `{manifest: x}` / `{addon: x}`, not a mix',
      'Example: `- manifest: my-namespace`'
    )
    return undefined
  }
  if (shorthand === 1) {
    const parentKind: ResourceKind =
      manifest !== undefined ? 'manifest' : 'addon'
    return {
      kind: parentKind,
      name: (manifest ?? addon) as string,
      shape: 'shorthand',
      source: sourceRef(ctx, at)
    }
  }
  if (name === undefined || (kind !== 'manifest' && kind !== 'addon')) {
    if (name !== undefined && kind === undefined) {
      report(
        ctx,
        'error',
        at,
        'invalid-parent',
        `parent "${name}" does not say its kind`,
        `Add \`kind: manifest\` or \`kind: addon\`, or write \`- manifest: ${name}\`.`
      )
    } else if (name === undefined && kind !== undefined) {
      report(
        ctx,
        'error',
        at,
        'invalid-parent',
        'a parent with "kind" needs a "name"',
        'Example: `- name: my-namespace` with `kind: manifest`.'
      )
    }
    // An invalid kind value is reported by the schema (invalid-value).
    return undefined
  }
  return { kind, name, shape: 'explicit', source: sourceRef(ctx, at) }
}
