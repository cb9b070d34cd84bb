/**
 * What ClusterSync sends to GitHub's API and writes to the job summary is
 * scrubbed of every masked value. Those texts are cut to GitHub's limits
 * before they are scrubbed (a check run's title and summary, a status's
 * description, the summary's plan), and a cut may fall inside a secret:
 * the start of it that is left before the `…` that marks every cut is
 * scrubbed too. A text that merely ends with a word a secret starts with
 * was not cut, and is left alone.
 */
import { jest } from '@jest/globals'
import { maskValue, scrubMasked } from '../../src/adapters/masked-values.js'
import { cutTo, truncate } from '../../src/report/sections.js'

const secret = 'sv-cut-Hn4Rw8Tq2Lx6-Zp9Kd3'

beforeAll(() => {
  // maskValue registers with the runner by printing ::add-mask::.
  const spy = jest.spyOn(process.stdout, 'write').mockImplementation(() => true)
  try {
    maskValue(secret)
    maskValue('main')
    maskValue('production-db-pa55word')
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

  it('scrubs the start of a secret a title was cut inside (the cut adds a `…`)', () => {
    expect(scrubMasked(cutTo(quoted, within + 1))).toBe(
      'helm: values.apiKey "***…'
    )
  })

  it('leaves a text that only ends with the start of a secret: it was not cut', () => {
    const description = 'clustersync: 12 steps applied to production'
    expect(scrubMasked(description)).toBe(description)
  })

  it('keeps a start too short to be told from a word, and text that is no cut', () => {
    expect(scrubMasked('values: sv-cut-…')).toBe('values: sv-cut-…')
    expect(scrubMasked('branch main')).toBe('branch ***')
    expect(scrubMasked('sv-cut-Hn4Rw8 and more')).toBe('sv-cut-Hn4Rw8 and more')
  })

  it('cuts a title without splitting a surrogate pair before its …', () => {
    const title = `${'a'.repeat(253)}😀 and more`
    const cut = cutTo(title, 255)
    expect(cut).toBe(`${'a'.repeat(253)}…`)
    expect(cut.length).toBeLessThanOrEqual(255)
  })
})
