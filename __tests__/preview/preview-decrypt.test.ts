/**
 * previewDecrypted cuts every decrypted plaintext out of what a compared
 * step says: its entries' subjects (a chart may name an object after a
 * value), messages and diff lines, and an error's message and stack (V8
 * writes the stack from the message when the error is made), keeping the
 * error's class, which decides the exit code.
 */
import { previewDecrypted } from '../../src/preview/preview-decrypt.js'
import type { SopsKeys } from '../../src/engine/decrypt-step.js'

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
