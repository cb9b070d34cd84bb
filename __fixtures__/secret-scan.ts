/**
 * Finds secret values in what a run let out: every output channel (stdout,
 * stderr, files, what a server received) is a named text, every secret a
 * named value. A secret counts as leaked in any form a reader could turn
 * back into it: as written, JSON- or URL-escaped, base64 (also base64url,
 * and as it appears inside a longer base64 text, at each of the three byte
 * alignments), and, for a value of several lines such as a PEM key, each
 * line on its own in all those forms (a log may cut a value into lines, a
 * JSON string escapes its newlines).
 *
 * The suites that use it go through e2e/support/leak-channels.ts, which
 * collects a run's channels the same way for each: secrets-every-channel,
 * sync-sops, sync-secret-variables and sync-private-charts.
 */

/** One way a secret can appear in text. */
export interface SecretForm {
  /** `plain`, `json`, `url`, `base64`, `base64 +1`, `base64url +2`, each with ` (line n)` for a line. */
  form: string
  text: string
}

export interface Leak {
  channel: string
  secret: string
  form: string
  /** A few characters around the finding, the secret itself cut out. */
  context: string
}

/** Shortest text that counts as a finding: shorter forms match by chance. */
const minimum = 8

/** Lines of a multi-line secret that are not themselves secret. */
const framing = /^-----(BEGIN|END) [A-Z0-9 ]+-----$/

/**
 * The characters of base64(prefix + value) that depend on `value` alone,
 * with `shift` bytes of prefix: what any base64 text containing `value` at
 * that alignment contains.
 */
function base64Core(value: Buffer, shift: number): string {
  const encoded = Buffer.concat([Buffer.alloc(shift), value]).toString(
    'base64'
  )
  const start = Math.ceil((8 * shift) / 6)
  const end = Math.floor((8 * (shift + value.length)) / 6)
  return encoded.slice(start, end)
}

function encodings(value: string, label: string): SecretForm[] {
  const forms: SecretForm[] = [
    { form: `plain${label}`, text: value },
    { form: `json${label}`, text: JSON.stringify(value).slice(1, -1) },
    { form: `url${label}`, text: encodeURIComponent(value) }
  ]
  const bytes = Buffer.from(value, 'utf8')
  for (const shift of [0, 1, 2]) {
    const core = base64Core(bytes, shift)
    const at = shift ? ` +${shift}` : ''
    forms.push({ form: `base64${at}${label}`, text: core })
    forms.push({
      form: `base64url${at}${label}`,
      text: core.replace(/\+/g, '-').replace(/\//g, '_')
    })
  }
  return forms
}

/** Every form of one secret worth searching for, without duplicates. */
export function secretForms(value: string): SecretForm[] {
  const forms = encodings(value, '')
  const lines = value.split(/\r?\n/).map((l) => l.trim())
  if (lines.length > 1) {
    lines.forEach((line, i) => {
      if (!framing.test(line))
        forms.push(...encodings(line, ` (line ${i + 1})`))
    })
  }
  const seen = new Set<string>()
  return forms.filter((f) => {
    if (f.text.length < minimum || seen.has(f.text)) return false
    seen.add(f.text)
    return true
  })
}

/**
 * Every place a secret shows in a channel, in any of its forms. Throws when
 * a secret is too short to be searched for: a scan that cannot fail proves
 * nothing.
 */
export function findLeaks(
  channels: Record<string, string>,
  secrets: Record<string, string>
): Leak[] {
  const leaks: Leak[] = []
  for (const [secret, value] of Object.entries(secrets)) {
    if (value.length < minimum)
      throw new Error(
        `secret "${secret}" is shorter than ${minimum} characters: a scan for it would match by chance`
      )
    const forms = secretForms(value)
    for (const [channel, text] of Object.entries(channels)) {
      for (const { form, text: needle } of forms) {
        const at = text.indexOf(needle)
        if (at < 0) continue
        const before = text.slice(Math.max(0, at - 40), at)
        const after = text.slice(at + needle.length, at + needle.length + 40)
        leaks.push({
          channel,
          secret,
          form,
          context: `${before}<${secret}>${after}`
        })
        // One finding per secret and channel says enough.
        break
      }
    }
  }
  return leaks
}

/** One line per leak, for a test failure message. */
export function describeLeaks(leaks: readonly Leak[]): string {
  return leaks
    .map(
      (l) =>
        `${l.channel}: ${l.secret} (${l.form}) in …${JSON.stringify(l.context)}…`
    )
    .join('\n')
}
