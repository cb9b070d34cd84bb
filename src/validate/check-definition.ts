/**
 * The Validating phase: `validateDefinition` checks a loaded definition
 * against the schema and the rules the schema cannot express, and returns
 * every problem at once; `checkDefinition` loads and validates in one call,
 * for the sync engine and the Action.
 */
import { hasErrors, sortDiagnostics, type Diagnostic } from '../diagnostics.js'
import { loadDefinition, type LoadedDefinition } from '../definition/load.js'
import { isRecord, listField, recordField } from '../definition/plain-data.js'
import type { RegistryLookup } from '../definition/registry-lookup.js'
import type { ClusterDefinition } from '../definition/definition-types.js'
import type { FileSystem } from '../ports/fs.js'
import { buildDefinition } from './build-definition.js'
import { checkObjectConflicts } from './conflict-rules.js'
import { checkReservedObjects } from './reserved-objects.js'
import type { ValidationContext } from './validation-context.js'
import { checkParents } from './graph-rules.js'
import { renameLegacyParents } from './legacy-parents.js'
import { checkUniqueNames } from './name-rules.js'
import { checkBranch, reportNotActedOn } from './notices.js'
import { checkSchema, prepareSchemaValidator } from './schema.js'
import { checkToolArguments } from './tool-arguments.js'
import { checkSecrets, type SecretRuleOptions } from './sops-rules.js'
import { checkCredentialNames } from './credential-names.js'

export interface ValidateOptions {
  /** The branch being validated or synced, for the wrong-branch check. */
  ref?: string
  /** `sync` turns a wrong branch into an error. */
  mode: 'validate' | 'sync'
  /** The bundled registry catalog; without it `registry_name` resolves only against spec.helm_registries. */
  registries?: RegistryLookup
  /** `--strict-secrets`; and whether age keys were given (sops-rules.ts). */
  secrets?: SecretRuleOptions
  /** Cluster-level variables (plain and secret); a stack's own win. */
  variables?: Readonly<Record<string, string>>
  /**
   * The names among `variables` whose values are secret: steps using them
   * are digested without their values in clear (secret-substitution.ts).
   */
  secretVariableNames?: ReadonlySet<string>
  /**
   * The registry credential names the run holds. Given, every credential a
   * chart needs must be among them; undefined (a `validate` without
   * credentials) checks nothing.
   */
  credentialNames?: ReadonlySet<string>
}

export interface ValidationResult {
  /** Present when no diagnostic is an error. */
  definition?: ClusterDefinition
  /** Every diagnostic of loading and validating, sorted. */
  diagnostics: Diagnostic[]
}

/**
 * Validates a loaded definition. Pure; never throws for user input. The
 * schema validator must be ready: checkDefinition prepares it, and so must
 * any other caller when the generated one may be stale (schema.ts).
 */
export function validateDefinition(
  loaded: LoadedDefinition,
  options: ValidateOptions
): ValidationResult {
  const ctx: ValidationContext = {
    loaded,
    diagnostics: [...loaded.diagnostics]
  }
  if (loaded.document === undefined) {
    return { diagnostics: sortDiagnostics(ctx.diagnostics) }
  }
  for (const d of checkSchema(loaded.document, loaded.sourceMap)) {
    ctx.diagnostics.push(d)
  }
  const definition = buildDefinition(
    ctx,
    options.registries,
    options.variables,
    options.secretVariableNames
  )
  checkUniqueNames(ctx, definition.stacks, definition.helmRegistries)
  checkToolArguments(ctx, definition.stacks)
  renameLegacyParents(ctx, definition.stacks)
  checkParents(ctx, definition.stacks)
  checkObjectConflicts(ctx, definition.stacks)
  checkReservedObjects(ctx, definition.stacks)
  checkSecrets(ctx, definition.stacks, options.secrets ?? {})
  reportNotActedOn(ctx, loaded.document)
  if (options.credentialNames)
    checkCredentialNames(ctx, definition.stacks, options.credentialNames)
  checkBranch(ctx, definition.gitRepository?.branch, options.ref, options.mode)
  const diagnostics = sortDiagnostics(ctx.diagnostics)
  return hasErrors(diagnostics) ? { diagnostics } : { definition, diagnostics }
}

/**
 * The registry catalog, or how to load it: loading the bundled catalog costs
 * a cold run ~100 ms, and only add-ons with `registry_name` need it.
 */
export type RegistrySource =
  RegistryLookup | (() => Promise<RegistryLookup | undefined>)

/** Loads and validates the definition at `file` (repository-relative) under `root`. */
export async function checkDefinition(
  options: Omit<ValidateOptions, 'registries'> & {
    fs: FileSystem
    root: string
    file: string
    registries?: RegistrySource
  }
): Promise<ValidationResult> {
  const loaded = await loadDefinition(options)
  await prepareSchemaValidator()
  const { registries, ...rest } = options
  return validateDefinition(loaded, {
    ...rest,
    registries:
      typeof registries === 'function'
        ? usesRegistryName(loaded.document)
          ? await registries()
          : undefined
        : registries
  })
}

/** True when some add-on names its registry by `registry_name`. */
function usesRegistryName(document: unknown): boolean {
  const spec = isRecord(document) ? recordField(document, 'spec') : undefined
  return listField(spec ?? {}, 'stacks').some(
    (stack) =>
      isRecord(stack) &&
      listField(stack, 'addons').some(
        (addon) => isRecord(addon) && addon.registry_name !== undefined
      )
  )
}
