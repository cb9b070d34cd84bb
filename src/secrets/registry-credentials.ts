/**
 * Chart registry credentials given by the workflow (the Action's
 * `registry-credentials` input, the CLI's `--registry-credentials FILE`): a
 * YAML mapping from the credential name a definition uses
 * (`spec.helm_registries[].credential_name`, an add-on's
 * `registry_credential_name`) to `username` and `password`. Nothing here
 * ever quotes a value: the text is a secret.
 */
import { parseConfigYaml, ConfigYamlError } from '../config-yaml.js'

/** One credential: what helm logs in with. */
export interface RegistryCredential {
  username: string
  password: string
  /**
   * The one registry host (`charts.example.com`, `registry.lan:5000`) the
   * credential may be sent to, over TLS; written `http://registry.lan:8080`,
   * also over plain HTTP. The definition, which a pull request writes,
   * names the registry's URL; without a host the credential goes to
   * whatever URL it names (over TLS, or to a loopback address).
   */
  host?: string
}

/** Credentials by name; an empty map when none were given. */
export type RegistryCredentials = ReadonlyMap<string, RegistryCredential>

/** Thrown for a malformed credentials text; the message names `origin`, never a value. */
export class RegistryCredentialsError extends Error {
  override readonly name = 'RegistryCredentialsError'
}

/**
 * Parses the credentials text read from `origin` (an input or a file name,
 * for messages). Empty text is no credentials. Throws
 * RegistryCredentialsError naming the credential and the field at fault.
 */
export function parseRegistryCredentials(
  text: string,
  origin: string
): RegistryCredentials {
  const credentials = new Map<string, RegistryCredential>()
  if (text.trim() === '') return credentials
  let parsed: unknown
  try {
    parsed = parseConfigYaml(text)
  } catch (error) {
    if (!(error instanceof ConfigYamlError)) throw error
    throw new RegistryCredentialsError(`${origin} is ${error.message}`)
  }
  if (!isMapping(parsed)) {
    throw new RegistryCredentialsError(
      `${origin} must be a YAML mapping from credential name to username and password, e.g. "my-registry: {username: ci, password: …}"`
    )
  }
  for (const [name, entry] of Object.entries(parsed)) {
    if (!isMapping(entry)) {
      throw new RegistryCredentialsError(
        `${origin}: credential "${name}" must be a mapping with username and password`
      )
    }
    for (const key of Object.keys(entry)) {
      if (key !== 'username' && key !== 'password' && key !== 'host') {
        throw new RegistryCredentialsError(
          `${origin}: credential "${name}" has an unknown field "${key}" (only username, password and host)`
        )
      }
    }
    const host = entry.host === undefined ? undefined : hostField(entry.host)
    if (host === '') {
      throw new RegistryCredentialsError(
        `${origin}: credential "${name}" has a host that is not a host name with an optional port (e.g. "charts.example.com", "registry.lan:5000", or "http://charts.lan:8080" to allow plain HTTP)`
      )
    }
    credentials.set(name, {
      username: textField(entry, 'username', name, origin),
      password: textField(entry, 'password', name, origin),
      ...(host !== undefined ? { host } : {})
    })
  }
  return credentials
}

/**
 * Every form of the credentials' secrets a tool could print: each password,
 * and the `username:password` pair in base64 (an HTTP Basic header, and the
 * `auth` field helm writes in its registry config). Usernames alone are not
 * secret (as `docker login` treats them) and masking a short name such as
 * `ci` would hide that word everywhere in the logs.
 */
export function credentialSecrets(credentials: RegistryCredentials): string[] {
  return [...credentials.values()].flatMap(({ username, password }) => [
    password,
    Buffer.from(`${username}:${password}`).toString('base64')
  ])
}

function textField(
  entry: Record<string, unknown>,
  key: 'username' | 'password',
  name: string,
  origin: string
): string {
  const value = entry[key]
  // A number-looking password (`password: 0123`) is read as YAML wrote it
  // would lose digits; asking for quotes is safer than guessing.
  if (typeof value !== 'string' || value === '') {
    throw new RegistryCredentialsError(
      `${origin}: credential "${name}" needs a non-empty ${key} written as text (quote it if YAML reads it as a number or boolean)`
    )
  }
  if (/[\r\n]/.test(value)) {
    throw new RegistryCredentialsError(
      `${origin}: credential "${name}" has a ${key} of several lines`
    )
  }
  return value
}

/**
 * A host name with an optional port, and an optional `http://` or
 * `https://` before it, lower-cased; '' when it is not one.
 */
function hostField(value: unknown): string {
  if (typeof value !== 'string') return ''
  const host = value.trim().toLowerCase()
  const hostPattern =
    /^(https?:\/\/)?(\[[0-9a-f:.]+\]|[a-z0-9]([a-z0-9.-]*[a-z0-9])?)(:\d{1,5})?$/
  return hostPattern.test(host) ? host : ''
}

function isMapping(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
