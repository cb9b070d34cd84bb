/**
 * Age identities as SOPS reads them: the content of an age identity file
 * (`age-keygen` output), one `AGE-SECRET-KEY-1…` per line, `#` comments and
 * blank lines ignored. Several files' contents may be concatenated.
 */
import { ConfigurationError } from '../errors.js'

const identityLine = /^AGE-SECRET-KEY-(?:PQ-)?1[0-9A-Z]+$/

/**
 * The identities in `content`. Throws `ConfigurationError` naming `source`
 * and the line number (never the line) when a line is not an age identity.
 */
export function parseAgeIdentities(content: string, source: string): string[] {
  const identities: string[] = []
  content.split(/\r?\n/).forEach((raw, index) => {
    const line = raw.trim()
    if (line === '' || line.startsWith('#')) return
    if (line.startsWith('AGE-PLUGIN-')) {
      throw new ConfigurationError(
        `${source}, line ${index + 1}: age plugin identities are not supported; give a native age identity (AGE-SECRET-KEY-1…)`
      )
    }
    if (!identityLine.test(line)) {
      throw new ConfigurationError(
        `${source}, line ${index + 1}: not an age identity (expected AGE-SECRET-KEY-1… as age-keygen writes it)`
      )
    }
    identities.push(line)
  })
  return identities
}
