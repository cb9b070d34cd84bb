/**
 * Every registry credential a chart needs must be among the credentials the
 * run was given (the Action's `registry-credentials`, the CLI's
 * `--registry-credentials`): a sync that would only find out at `helm
 * upgrade` would have applied its earlier steps already. The error names
 * the add-on and its place; credential names are not secret, values are
 * never here.
 */
import { childPointer } from '../definition/pointer.js'
import type { Stack } from '../definition/definition-types.js'
import {
  keyLocation,
  report,
  type ValidationContext
} from './validation-context.js'

/** One `missing-registry-credential` error per add-on whose credential is not held. */
export function checkCredentialNames(
  ctx: ValidationContext,
  stacks: readonly Stack[],
  held: ReadonlySet<string>
): void {
  for (const stack of stacks) {
    for (const addon of stack.addons) {
      const name = addon.chart.credentialName
      if (name === undefined || held.has(name)) continue
      const own = childPointer(addon.source.pointer, 'registry_credential_name')
      // The add-on's own key when it names the credential, else the
      // registry_name through which it inherits the registry's.
      const at = ctx.loaded.sourceMap.get(own)
        ? own
        : childPointer(addon.source.pointer, 'registry_name')
      const via =
        at === own
          ? ''
          : ` (the credential_name of registry "${addon.chart.registryName ?? ''}")`
      const place = `${addon.source.file}:${addon.source.line}`
      const names = [...held].sort()
      report(
        ctx,
        'error',
        at,
        'missing-registry-credential',
        `add-on "${addon.name}" in stack "${stack.name}" (${place}) needs the registry credential "${name}"${via}, which the run was not given`,
        `Add "${name}" with its username and password to the registry-credentials input (Action) or the --registry-credentials file (CLI)${names.length > 0 ? `; given: ${names.join(', ')}` : ''}.`,
        keyLocation(ctx, at)
      )
    }
  }
}
