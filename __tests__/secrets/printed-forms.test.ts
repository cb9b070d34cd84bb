/**
 * Every form in which ClusterSync prints a secret is registered for
 * masking: a masker that hides whole registered strings (as the runner and
 * the CLI logger do) then leaves no piece of the secret in a plan line,
 * whether the line shows it as a diff path's item name (JSON-quoted,
 * escaped, cut after 63 characters), as JSON output, or as text output.
 */
import { printedForms } from '../../src/secrets/printed-forms.js'
import { maskForms } from '../../src/sops/mask-forms.js'
import { workflowSecrets } from '../../src/secrets/workflow-secrets.js'
import { pathName } from '../../src/plan/object-diff.js'
import { displayText } from '../../src/redact.js'

/** Hides every registered string, longest first, as the runner does. */
function masked(text: string, registered: readonly string[]): string {
  let out = text
  for (const s of [...registered].sort((a, b) => b.length - a.length)) {
    if (s.length >= 4) out = out.split(s).join('***')
  }
  return out
}

/** The ways a plan prints a diff line naming a list item after `secret`. */
function printedLines(secret: string): string[] {
  const line = `+ spec.containers[name=${pathName(secret)}]: (sensitive value)`
  return [displayText(line), JSON.stringify({ diff: [line] })]
}

/** Any 10-character piece of `secret` (raw or JSON-escaped) in `text`. */
function pieceIn(text: string, secret: string): string | undefined {
  for (const form of [secret, JSON.stringify(secret).slice(1, -1)]) {
    for (let i = 0; i + 10 <= form.length; i++) {
      if (text.includes(form.slice(i, i + 10))) return form.slice(i, i + 10)
    }
  }
  return undefined
}

const secrets = {
  'longer than a path shows whole': `tok-${'Wv3Jq8Ry'.repeat(12)}`,
  'holding quotes and backslashes': 'pa"ss\\wo"rd-Tn4Kx9Lm2',
  'holding control characters': 'line-one-Hb7\tline-two-Qs2\u001b[0m\u2028Zc5',
  'long, escaped and not ASCII': `ключ-"${'Ð'.repeat(70)}"-Gy6`
}

describe('printedForms', () => {
  it.each(Object.entries(secrets))(
    'leaves no piece of a secret %s in a masked plan line',
    (_, secret) => {
      for (const text of printedLines(secret)) {
        expect(pieceIn(masked(text, printedForms(secret)), secret)).toBe(
          undefined
        )
      }
    }
  )

  it('registers the first 63 characters of a long secret, as a path cuts it', () => {
    const secret = secrets['longer than a path shows whole']
    expect(printedForms(secret)).toEqual([secret, secret.slice(0, 63)])
  })

  it('registers only the value when no output escapes or cuts it', () => {
    expect(printedForms('plain-Xw3Lp8Tz')).toEqual(['plain-Xw3Lp8Tz'])
  })
})

/**
 * How the API server's Go code writes `secret` inside an error it returns:
 * encoding/json escapes `<`, `>` and `&` (and the line separators), and
 * `%q` writes control characters as `\x1b`, `\t`. A message quoting a
 * value inside JSON text carries the first form, a field error the second.
 */
function goWritten(secret: string): string[] {
  const json = JSON.stringify(secret)
    .slice(1, -1)
    .replace(
      /[<>&\u2028\u2029]/g,
      (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`
    )
  const quoted = [...secret]
    .map((c) => {
      const code = c.charCodeAt(0)
      if (c === '"' || c === '\\') return `\\${c}`
      if (c === '\t') return '\\t'
      if (code < 0x20 || code === 0x7f)
        return `\\x${code.toString(16).padStart(2, '0')}`
      return c
    })
    .join('')
  return [
    `Invalid value: "${quoted}": must be no more than 63 characters`,
    `error: {"message":"${json}"}`
  ]
}

describe('a secret as the API server writes it', () => {
  it.each([
    ['holding <, > and &', 'pw<script>&amp;-Lk8Mv2Qz'],
    ['holding control characters', 'tab\there-Wq3\u001b[0m-Hp7Xs']
  ])('is hidden when the secret is %s', (_, secret) => {
    for (const text of goWritten(secret)) {
      const shown = masked(text, printedForms(secret))
      expect(shown).toContain('***')
      expect(shown).not.toMatch(/Lk8Mv2Qz|Hp7Xs/)
    }
  })
})

describe('masking of decrypted values and workflow secrets', () => {
  it.each(Object.entries(secrets))(
    'gives every printed form of a secret %s',
    (_, secret) => {
      const variables = { plain: {}, secret: { token: secret } }
      const workflow = workflowSecrets({
        registryCredentials: new Map(),
        variables
      })
      for (const form of printedForms(secret)) {
        expect(maskForms(secret)).toContain(form)
        expect(workflow).toContain(form)
      }
    }
  )
})

describe('scrubStrings', () => {
  it('masks every string of a result and keeps its shape, a __proto__ key as data', async () => {
    const { scrubStrings } = await import('../../src/secrets/scrub-strings.js')
    const result = JSON.parse(
      '{"steps":[{"message":"value s3cr3t-Pq9 refused"}],"n":1,"ok":true,"__proto__":{"x":"s3cr3t-Pq9"}}'
    ) as Record<string, unknown>
    const masked = scrubStrings(result, (t) =>
      t.split('s3cr3t-Pq9').join('***')
    )
    expect(JSON.stringify(masked)).toBe(
      '{"steps":[{"message":"value *** refused"}],"n":1,"ok":true,"__proto__":{"x":"***"}}'
    )
  })
})
