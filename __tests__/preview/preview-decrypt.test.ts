/**
 * previewDecrypted cuts every decrypted plaintext out of what a compared
 * step says: its entries' subjects (a chart may name an object after a
 * value), messages and diff lines, in every form a diff path prints a name
 * (JSON-escaped, cut), and an error's message and stack (V8 writes the
 * stack from the message when the error is made), its causes' and an
 * AggregateError's errors', keeping each error's class, which decides the
 * exit code.
 */
import { previewDecrypted } from '../../src/preview/preview-decrypt.js'
import type { SopsKeys } from '../../src/engine/decrypt-step.js'
import { maskForms } from '../../src/sops/mask-forms.js'
import { diffObjects } from '../../src/plan/object-diff.js'
import { renderPreviewText } from '../../src/plan/preview.js'
import type { ChangePreview } from '../../src/plan/preview.js'

const plaintext = 'decrypted-Qm4Zt8Lw2Xc6'

class ToolFailed extends Error {
  stderr = `helm: template failed near ${plaintext}`
}

/** Opens as a sync would: the decrypted value is handed to the masking. */
async function open(keys: SopsKeys): Promise<void> {
  keys.mask(plaintext)
  return Promise.resolve()
}

const options = {
  sops: { identities: ['AGE-SECRET-KEY-1TEST'], mask: () => undefined }
}

describe('previewDecrypted', () => {
  it('scrubs a plaintext out of an entry subject, message and diff', async () => {
    const entries = await previewDecrypted(
      ['helm:shop/web'],
      options,
      open,
      () =>
        Promise.resolve([
          {
            subject: `ConfigMap/shop/${plaintext}`,
            action: 'created' as const,
            message: `rendered ${plaintext}`,
            diff: [`+ data.name: ${plaintext}`]
          }
        ])
    )
    expect(JSON.stringify(entries)).not.toContain(plaintext)
    expect(entries[0]?.subject).toBe('ConfigMap/shop/***')
  })

  it('scrubs the message, stack and other strings of an error, keeping its class', async () => {
    const thrown = await previewDecrypted(
      ['helm:shop/web'],
      options,
      open,
      () => Promise.reject(new ToolFailed(`cannot render ${plaintext}`))
    ).catch((error: unknown) => error)
    expect(thrown).toBeInstanceOf(ToolFailed)
    const error = thrown as ToolFailed
    expect(error.message).toBe('cannot render ***')
    expect(error.stack).not.toContain(plaintext)
    expect(error.stderr).not.toContain(plaintext)
  })

  /** What previewDecrypted rethrows when `compare` throws `error`. */
  const rethrown = (error: Error) =>
    previewDecrypted(['helm:shop/web'], options, open, () =>
      Promise.reject(error)
    ).catch((thrown: unknown) => thrown)

  it("scrubs an error's causes, each keeping its class", async () => {
    const root = new ToolFailed(`exit 1: ${plaintext}`)
    const middle = new TypeError(`bad value ${plaintext}`, { cause: root })
    const thrown = await rethrown(new Error(`render failed`, { cause: middle }))
    const cause = (thrown as Error).cause as Error
    expect(cause).toBe(middle)
    expect(cause).toBeInstanceOf(TypeError)
    expect(cause.message).toBe('bad value ***')
    expect(cause.stack).not.toContain(plaintext)
    expect(cause.cause).toBeInstanceOf(ToolFailed)
    expect(root.message).toBe('exit 1: ***')
    expect(root.stderr).not.toContain(plaintext)
  })

  it("scrubs an AggregateError's errors and a cause that is not an Error", async () => {
    const inner = new ToolFailed(`one ${plaintext}`)
    const thrown = await rethrown(
      new AggregateError([inner, `two ${plaintext}`], 'both failed', {
        cause: { detail: `three ${plaintext}` }
      })
    )
    expect(thrown).toBeInstanceOf(AggregateError)
    const aggregate = thrown as AggregateError
    expect(aggregate.errors[0]).toBe(inner)
    expect(inner.message).toBe('one ***')
    expect(aggregate.errors[1]).toBe('two ***')
    expect(aggregate.cause).toEqual({ detail: 'three ***' })
  })

  it('scrubs errors whose causes form a cycle, and stops at a depth', async () => {
    const a = new Error(`a ${plaintext}`)
    const b = new Error(`b ${plaintext}`, { cause: a })
    a.cause = b
    await rethrown(a)
    expect([a.message, b.message]).toEqual(['a ***', 'b ***'])
    // A chain built to be deep ends somewhere; the first links are scrubbed.
    let deep = new Error(`deepest ${plaintext}`)
    for (let i = 0; i < 10_000; i++) {
      deep = new Error(`link ${plaintext}`, { cause: deep })
    }
    const thrown = (await rethrown(deep)) as Error
    expect(thrown.message).toBe('link ***')
    expect((thrown.cause as Error).message).toBe('link ***')
  })

  it('still rethrows an error it cannot scrub (frozen), keeping its class', async () => {
    const frozen = Object.freeze(new ToolFailed('cannot render'))
    expect(await rethrown(frozen)).toBe(frozen)
  })

  // A container named after a decrypted value: the diff shows its name
  // JSON-quoted, escaped, and cut after 63 characters.
  const namedAfter = (name: string) => ({
    spec: { containers: [{ name, image: 'web:2' }] }
  })
  const entriesNaming = (secret: string) =>
    previewDecrypted(
      ['Deployment/shop/web'],
      options,
      (keys) => {
        for (const form of maskForms(secret)) keys.mask(form)
        return Promise.resolve()
      },
      () =>
        Promise.resolve([
          {
            subject: 'Deployment/shop/web',
            action: 'configured' as const,
            diff: diffObjects(namedAfter('web'), namedAfter(secret), {
              mask: ['spec']
            })
          }
        ])
    )
  /** What the entries say, as they are and as the CLI prints them. */
  const shown = (entries: ChangePreview[]): string =>
    entries
      .flatMap((e) => [e.subject, e.message ?? '', ...(e.diff ?? [])])
      .join('\n') +
    renderPreviewText({
      cluster: 'shop',
      steps: [{ step: 'manifest:web', changes: entries }],
      counts: { created: 0, configured: 1, unchanged: 0, pruned: 0, failed: 0 },
      pruneBlocked: []
    })

  it('scrubs a plaintext longer than a path shows whole, cut as the path cuts it', async () => {
    const long = `token-${'Kq7Zr2Wx'.repeat(10)}`
    const entries = await entriesNaming(long)
    const text = shown(entries)
    expect(text).toContain('containers[name=')
    expect(text).not.toContain(long.slice(0, 20))
    expect(text).not.toContain(long.slice(-20))
  })

  it('scrubs a plaintext that the path writes JSON-escaped', async () => {
    const quoted = 'pa"ss\\word\n\u2028Zq9-ünïcode-Lx4'
    const entries = await entriesNaming(quoted)
    const text = shown(entries)
    expect(text).toContain('containers[name=')
    expect(text).not.toContain('pa\\"ss')
    expect(text).not.toContain('ss\\\\word')
    expect(text).not.toContain('Zq9-ünïcode-Lx4')
  })

  it('says which key source could not be read when a step is not compared', async () => {
    let compared = false
    const compare = (): Promise<never[]> => {
      compared = true
      return Promise.resolve([])
    }
    const entries = await previewDecrypted(
      ['Secret/shop/db'],
      {
        noKeyHint: 'set SOPS_AGE_KEY or SOPS_AGE_KEY_FILE',
        sops: {
          identities: [],
          problems: [
            {
              message:
                'SOPS_AGE_KEY_FILE names /nonexistent, which cannot be read (ENOENT)',
              fix: 'point SOPS_AGE_KEY_FILE at a readable age identity file, or unset it'
            }
          ],
          mask: () => undefined
        }
      },
      open,
      compare
    )
    expect(entries).toEqual([
      {
        subject: 'Secret/shop/db',
        action: 'encrypted',
        message:
          'encrypted, not compared: no age key could be read (SOPS_AGE_KEY_FILE names /nonexistent, which cannot be read (ENOENT): point SOPS_AGE_KEY_FILE at a readable age identity file, or unset it)'
      }
    ])
    expect(compared).toBe(false)
  })
})
