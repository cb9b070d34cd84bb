/**
 * What ClusterSync sends to GitHub's API and writes to the job summary is
 * scrubbed of every masked value. Those texts are cut to GitHub's limits
 * before they are scrubbed (a check run's title and summary, a status's
 * description, the summary's plan), and a cut may fall inside a secret:
 * the start of it that is left, at the end of the text or before the `…`
 * that marks the cut, is scrubbed too.
 */
import { jest } from '@jest/globals'
import { maskValue, scrubMasked } from '../../src/adapters/masked-values.js'
import { truncate } from '../../src/report/sections.js'

const secret = 'sv-cut-Hn4Rw8Tq2Lx6-Zp9Kd3'

beforeAll(() => {
  // maskValue registers with the runner by printing ::add-mask::.
  const spy = jest.spyOn(process.stdout, 'write').mockImplementation(() => true)
  try {
    maskValue(secret)
    maskValue('main')
  } finally {
    spy.mockRestore()
  }
})

const quoted = `helm: values.apiKey "${secret}" is invalid`
/** Where the cut falls: after `Hn4Rw8` of the secret. */
const within = quoted.indexOf(secret) + 13

describe('scrubMasked', () => {
  it('scrubs the start of a secret a summary was cut inside', () => {
    const note = '\n\n…truncated: see the job summary\n'
    const long = `${quoted}\n${'and more output '.repeat(20)}`
    const cut = truncate(long, within + note.length, 'see the job summary')
    expect(cut).toContain('Hn4Rw8')
    expect(scrubMasked(cut)).toBe(`helm: values.apiKey "***${note}`)
  })

  it('scrubs the start of a secret a title ends with, or that a `…` follows', () => {
    expect(scrubMasked(quoted.slice(0, within))).toBe(
      'helm: values.apiKey "***'
    )
    expect(scrubMasked(`${quoted.slice(0, within)}…`)).toBe(
      'helm: values.apiKey "***…'
    )
  })

  it('keeps a start too short to be told from a word, and text that is no cut', () => {
    expect(scrubMasked('values: sv-cut-…')).toBe('values: sv-cut-…')
    expect(scrubMasked('branch main')).toBe('branch ***')
    expect(scrubMasked('sv-cut-Hn4Rw8 and more')).toBe('sv-cut-Hn4Rw8 and more')
  })
})
