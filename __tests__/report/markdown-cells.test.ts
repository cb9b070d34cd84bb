/**
 * Text a pull request writes (a key, a value, a step name) reaches the
 * comment, check run and summary ClusterSync posts under its own identity.
 * It must read as text there: no heading, link, image or mention of its
 * own, and no way out of a code span or table cell.
 */
import { cell, code } from '../../src/report/status-words.js'

describe('cell', () => {
  it('shows HTML, links, images and mentions as text', () => {
    const written =
      '<h1>Approved by @security-team</h1><a href="https://evil.example">Re-run</a> ![x](https://evil.example/i.png) [login](https://evil.example)'
    const shown = cell(written)
    expect(shown).not.toMatch(/<[a-z/]/i)
    expect(shown).toContain('&lt;h1&gt;')
    expect(shown).not.toMatch(/@security-team/)
    expect(shown).toContain('@\u2060security-team')
    expect(shown).toContain('\\[login\\](https:\u2060//evil.example)')
    expect(cell('see https://evil.example or www.evil.example')).toBe(
      'see https:\u2060//evil.example or www\u2060.evil.example'
    )
    expect(shown).toContain('!\\[x\\]')
  })

  it('keeps a table cell one cell and one line', () => {
    expect(cell('a | b\nc')).toBe('a \\| b c')
  })
})

describe('code', () => {
  it('fences text with more backticks than it holds, so it cannot close the span', () => {
    expect(code('step')).toBe('`step`')
    expect(code('a`b')).toBe('``a`b``')
    expect(code('`x`')).toBe('`` `x` ``')
  })

  it('escapes pipes and newlines, and leaves HTML inert as code', () => {
    expect(code('a|b\nc')).toBe('`a\\|b c`')
    expect(code('<b>')).toBe('`<b>`')
  })
})
