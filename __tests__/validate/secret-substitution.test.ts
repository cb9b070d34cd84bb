/**
 * A step's digest names every secret variable it uses, even when the plain
 * values alone pass the substitution limit (the secret values may be shorter
 * than their references): otherwise the digest would miss the secret's
 * scrypt part, and a changed secret would not re-apply the step.
 */
import { secretUse } from '../../src/validate/secret-substitution.js'
import { maxSubstitutedBytes } from '../../src/validate/variables.js'

describe('secretUse', () => {
  it('names the secret references after the point where the plain values passed the limit', () => {
    const big = 'x'.repeat(1024 * 1024)
    const uses = Math.ceil(maxSubstitutedBytes / big.length) + 1
    const value = {
      data: {
        a: '${{ ankra.big }}'.repeat(uses),
        b: 'Bearer ${{ ankra.token }}'
      }
    }
    const use = secretUse(value, {
      names: new Set(['token']),
      variables: { big, token: 't' }
    })
    expect(use?.names).toEqual(['token'])
    expect(JSON.stringify(use?.marked)).not.toContain('"t"')
  })
})
