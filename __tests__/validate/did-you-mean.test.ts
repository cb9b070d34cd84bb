/**
 * "Did you mean" stays a hint: a typo finds its name, and names written
 * to be long (thousands of unknown parents, each a thousand characters)
 * no longer make validation compare every pair letter by letter for
 * minutes; past a Kubernetes name's length there is no suggestion.
 */
import { suggest } from '../../src/validate/did-you-mean.js'

describe('suggest', () => {
  it('finds a typo among the candidates', () => {
    expect(suggest('chart_verison', ['chart_name', 'chart_version'])).toBe(
      'chart_version'
    )
    expect(suggest('namespcae', ['web', 'namespace'])).toBe('namespace')
  })

  it('skips candidates whose length alone rules them out, so a typo is still found after thousands of far longer names', () => {
    // Compared, these would use up the work one suggestion may do before
    // "wbe" is reached.
    const long = Array.from(
      { length: 2_000 },
      (_, i) => `${i}-${'y'.repeat(100)}`
    )
    expect(suggest('web', [...long, 'wbe'])).toBe('wbe')
  })

  it('suggests nothing for a word longer than any Kubernetes name', () => {
    const long = 'x'.repeat(1_000)
    expect(suggest(long, [`${long}y`])).toBeUndefined()
  })

  it('answers at once for many long candidates (a hang would hit the test timeout)', () => {
    const names = Array.from(
      { length: 5_000 },
      (_, i) => `${i}-${'y'.repeat(250)}`
    )
    for (let i = 0; i < 50; i++)
      expect(suggest(`${i}-${'x'.repeat(250)}`, names)).toBeUndefined()
  })
})
