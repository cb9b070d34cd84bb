/**
 * The flags that give a run what the Action takes from the workflow:
 * `--registry-credentials FILE` (chart registry logins), `--var NAME=VALUE`
 * (repeatable) and `--secret-vars-file FILE` (cluster-level variables; the
 * file's are secret). Every secret is registered with the logger's masking
 * as soon as it is read. Messages name a file or a variable, never a value.
 */
import { resolve } from 'node:path'
import { createCliLogger } from '../../adapters/cli-logger.js'
import { scrubStrings } from '../../secrets/scrub-strings.js'
import { UsageError, errorCode } from '../../errors.js'
import type { Logger } from '../../ports/logger.js'
import {
  ClusterVariablesError,
  combineVariables,
  parseVariableAssignment,
  parseVariablesYaml,
  type ClusterVariables
} from '../../secrets/cluster-variables.js'
import {
  parseRegistryCredentials,
  RegistryCredentialsError,
  type RegistryCredentials
} from '../../secrets/registry-credentials.js'
import { workflowSecrets } from '../../secrets/workflow-secrets.js'
import type { OptionSpec, ParsedArgs } from '../args.js'
import type { CliContext } from '../context.js'
import { stringOption } from '../args.js'

/**
 * What `validate` and an offline `plan` print, masked as `sync` masks it:
 * each secret the flags give, in every printed form (cli-logger.ts). The
 * function returned masks a value's strings and keeps its shape, so JSON
 * stays JSON.
 */
export async function workflowMasking(
  args: ParsedArgs,
  ctx: CliContext
): Promise<<T>(value: T) => T> {
  const logger = createCliLogger(ctx.stderr)
  await readWorkflowFlags(args, ctx, logger)
  return <T>(value: T): T => scrubStrings(value, logger.redact) as T
}

/** The three flags, for `sync`, `plan` and `validate`. */
export const workflowOptions: readonly OptionSpec[] = [
  {
    name: 'registry-credentials',
    type: 'string',
    valueName: '<file>',
    complete: 'file',
    description:
      'YAML file mapping each credential_name to username and password, for charts in private registries; never printed'
  },
  {
    name: 'var',
    type: 'string',
    repeatable: true,
    valueName: '<NAME=VALUE>',
    description:
      "Cluster-level variable for ${{ ankra.NAME }} (a stack's own value wins)"
  },
  {
    name: 'secret-vars-file',
    type: 'string',
    valueName: '<file>',
    complete: 'file',
    description:
      'YAML file of secret cluster-level variables (name: value); masked in all output'
  }
]

/** What the flags gave, read and masked. */
export interface WorkflowFlags {
  /** Undefined when --registry-credentials was not given. */
  registryCredentials?: RegistryCredentials
  variables: ClusterVariables
}

/** A file's size limit: credentials and variables are small. */
const maxBytes = 1024 * 1024

/**
 * Reads the flags and masks every secret in `logger` before returning.
 * Throws UsageError naming the flag (and the file or variable) at fault.
 */
export async function readWorkflowFlags(
  args: ParsedArgs,
  ctx: CliContext,
  logger?: Logger
): Promise<WorkflowFlags> {
  const credentialsFile = stringOption(args, 'registry-credentials')
  const secretsFile = stringOption(args, 'secret-vars-file')
  try {
    const registryCredentials =
      credentialsFile === undefined
        ? undefined
        : parseRegistryCredentials(
            await readText(ctx, credentialsFile, '--registry-credentials'),
            `--registry-credentials ${credentialsFile}`
          )
    const plain: Record<string, string> = {}
    const assignments = args.options.var
    for (const text of Array.isArray(assignments) ? assignments : []) {
      const [name, value] = parseVariableAssignment(text, 'option --var')
      plain[name] = value
    }
    const secret =
      secretsFile === undefined
        ? {}
        : parseVariablesYaml(
            await readText(ctx, secretsFile, '--secret-vars-file'),
            `--secret-vars-file ${secretsFile}`
          )
    const variables = combineVariables(plain, secret)
    for (const value of workflowSecrets({
      registryCredentials: registryCredentials ?? new Map(),
      variables
    }))
      logger?.mask(value)
    return {
      ...(registryCredentials ? { registryCredentials } : {}),
      variables
    }
  } catch (error) {
    if (
      error instanceof RegistryCredentialsError ||
      error instanceof ClusterVariablesError
    )
      throw new UsageError(error.message)
    throw error
  }
}

async function readText(
  ctx: CliContext,
  file: string,
  flag: string
): Promise<string> {
  try {
    const bytes = await ctx.fs.readFile(resolve(ctx.cwd, file), maxBytes)
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch (error) {
    // Only the code: the file holds secrets, and an error never quotes it.
    throw new UsageError(
      `option ${flag}: cannot read ${file} (${errorCode(error)})`
    )
  }
}
