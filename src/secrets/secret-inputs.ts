/**
 * The Action's inputs for what the sync needs from the workflow's secrets
 * and variables: `registry-credentials`, `variables`, `secret-variables`.
 * Parsed here, read by inputs.ts (the only core.getInput caller), which
 * passes the raw text in.
 */
import { ConfigurationError } from '../errors.js'
import {
  ClusterVariablesError,
  combineVariables,
  noVariables,
  parseVariablesYaml,
  type ClusterVariables
} from './cluster-variables.js'
import {
  parseRegistryCredentials,
  RegistryCredentialsError,
  type RegistryCredentials
} from './registry-credentials.js'

/** Input names, as in action.yml. */
export const SecretInputNames = {
  registryCredentials: 'registry-credentials',
  variables: 'variables',
  secretVariables: 'secret-variables'
} as const

/** What the three inputs hold, parsed. */
export interface SecretInputs {
  /** `registry-credentials`; empty when not given. */
  registryCredentials: RegistryCredentials
  /** `variables` and `secret-variables`. */
  variables: ClusterVariables
}

/**
 * Parses the inputs from `read` (an input's raw text). `checked` reports a
 * bad input and stands in its fallback, as inputs.ts does for the others.
 */
export function readSecretInputs(
  read: (name: string) => string,
  checked: <T>(parse: () => T, fallback: T) => T
): SecretInputs {
  const configuration = <T>(parse: () => T): T => {
    try {
      return parse()
    } catch (error) {
      if (
        error instanceof RegistryCredentialsError ||
        error instanceof ClusterVariablesError
      )
        throw new ConfigurationError(error.message)
      throw error
    }
  }
  const name = (input: string): string => `input "${input}"`
  return {
    registryCredentials: checked(
      () =>
        configuration(() =>
          parseRegistryCredentials(
            read(SecretInputNames.registryCredentials),
            name(SecretInputNames.registryCredentials)
          )
        ),
      new Map()
    ),
    variables: checked(
      () =>
        configuration(() =>
          combineVariables(
            parseVariablesYaml(
              read(SecretInputNames.variables),
              name(SecretInputNames.variables)
            ),
            parseVariablesYaml(
              read(SecretInputNames.secretVariables),
              name(SecretInputNames.secretVariables)
            )
          )
        ),
      noVariables
    )
  }
}
