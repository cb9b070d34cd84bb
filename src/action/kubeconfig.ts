/**
 * The kubeconfig given to the Action: decoded (plain YAML or base64) and
 * searched for every credential it holds, so that all of them are masked
 * before anything is logged. Exec-plugin kubeconfigs (cloud providers) are
 * left as they are: only values that look secret are masked, nothing is
 * rewritten, so `aws eks get-token` and friends keep working.
 */
import { parseConfigYaml } from '../config-yaml.js'
import { ConfigurationError } from '../errors.js'

/** Field names whose values are credentials wherever they appear under users. */
const secretFields = new Set([
  'token',
  'client-key-data',
  'client-key',
  'password',
  'id-token',
  'refresh-token',
  'access-token',
  'client-secret',
  'secret'
])
/** Exec plugin env variables whose names look like they hold a secret. */
const secretName = /token|secret|password|passwd|key|credential|auth/i

export interface DecodedKubeconfig {
  /** The YAML text to write to disk. */
  text: string
  /** That text's YAML, decoded once: the direct API channel reads it. */
  document: unknown
  /** Every value to mask, longest first (so a secret is masked before its parts). */
  secrets: string[]
}

/**
 * Decodes the input and collects its secrets. Throws ConfigurationError
 * naming the `kubeconfig` input when it is neither a kubeconfig nor base64
 * of one; the message never contains the value.
 */
export function decodeKubeconfig(input: string): DecodedKubeconfig {
  const secrets = new Set<string>([input.trim()])
  let text = input
  let document = parseQuietly(input)
  if (!looksLikeKubeconfig(document)) {
    text = Buffer.from(input.replace(/\s+/g, ''), 'base64').toString('utf8')
    document = parseQuietly(text)
    if (!looksLikeKubeconfig(document)) {
      throw new ConfigurationError(
        'input "kubeconfig" accepts the content of a kubeconfig file, plain or base64-encoded (for example from a secret); the value given is neither'
      )
    }
  }
  const doc = document as Record<string, unknown>
  const users = Array.isArray(doc.users) ? (doc.users as unknown[]) : []
  for (const entry of users) collect(entry, secrets)
  return {
    text,
    document,
    secrets: [...secrets]
      .filter((s) => s.length >= 4)
      .sort((a, b) => b.length - a.length)
  }
}

function collect(node: unknown, out: Set<string>): void {
  if (Array.isArray(node)) {
    for (const item of node) collect(item, out)
    return
  }
  if (typeof node !== 'object' || node === null) return
  const o = node as Record<string, unknown>
  // exec plugin: env is a list of {name, value}
  if (
    typeof o.name === 'string' &&
    typeof o.value === 'string' &&
    secretName.test(o.name)
  ) {
    out.add(o.value)
  }
  for (const [key, value] of Object.entries(o)) {
    if (typeof value === 'string' && secretFields.has(key)) {
      out.add(value)
      if (key.endsWith('-data')) {
        // The decoded key is what a tool would print if it printed one.
        const decoded = Buffer.from(value, 'base64').toString('utf8')
        for (const line of decoded.split('\n'))
          if (line.length >= 8) out.add(line)
      }
    } else if (
      key === 'config' &&
      typeof value === 'object' &&
      value !== null
    ) {
      // auth-provider config: every value is a token, secret or URL; mask all.
      for (const v of Object.values(value))
        if (typeof v === 'string') out.add(v)
    } else {
      collect(value, out)
    }
  }
}

function parseQuietly(text: string): unknown {
  try {
    return parseConfigYaml(text)
  } catch {
    return undefined
  }
}

function looksLikeKubeconfig(doc: unknown): boolean {
  return (
    typeof doc === 'object' &&
    doc !== null &&
    ('clusters' in doc || 'users' in doc || 'contexts' in doc)
  )
}
