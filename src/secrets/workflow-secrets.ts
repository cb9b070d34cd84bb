/**
 * Every form of the workflow's secrets (registry passwords, secret
 * variables) that output could show, for the runner's masking (main.ts,
 * core.setSecret) and the CLI logger's: registered on arrival, before
 * anything is logged.
 */
import { printedForms } from './printed-forms.js'
import { variableSecrets, type ClusterVariables } from './cluster-variables.js'
import {
  credentialSecrets,
  type RegistryCredentials
} from './registry-credentials.js'

/** The distinct non-blank strings to mask, in each form output prints them. */
export function workflowSecrets(given: {
  registryCredentials: RegistryCredentials
  variables: ClusterVariables
}): string[] {
  const secrets = [
    ...credentialSecrets(given.registryCredentials),
    ...variableSecrets(given.variables)
  ].filter((secret) => secret.trim() !== '')
  return [...new Set(secrets.flatMap(printedForms))]
}
