/**
 * controlCharacterAt: the characters YAML allows (c-printable), checked
 * first with a quick pattern that also stops at every surrogate pair and
 * then with the exact one. Pairs (characters past U+FFFF) must pass, lone
 * halves must not, whatever surrounds them.
 */
import { describe, expect, it } from '@jest/globals'
import { controlCharacterAt } from '../../src/definition/yaml-characters.js'

describe('controlCharacterAt', () => {
  it('accepts text YAML allows: ASCII, tab, line breaks, NEL, BMP and pairs', () => {
    expect(controlCharacterAt('a: b\n\tc\r\n')).toBe(-1)
    expect(
      controlCharacterAt('name: caf\u00e9 \u0085 \ud7ff \ue000 \ufffd')
    ).toBe(-1)
    expect(controlCharacterAt('emoji: \u{1f600}\u{10ffff}\n')).toBe(-1)
  })

  it('finds the first character YAML refuses, after a surrogate pair too', () => {
    expect(controlCharacterAt('a\u0000b')).toBe(1)
    expect(controlCharacterAt('ab\u007f')).toBe(2)
    expect(controlCharacterAt('\u0084')).toBe(0)
    expect(controlCharacterAt('x \ufffe')).toBe(2)
    expect(controlCharacterAt('\u{1f600} \u001b[31m')).toBe(3)
  })

  it('refuses a lone half of a surrogate pair, not a whole pair', () => {
    expect(controlCharacterAt('a \ud83d b')).toBe(2)
    expect(controlCharacterAt('a \ude00')).toBe(2)
    expect(controlCharacterAt('\u{1f600}\ude00')).toBe(2)
    expect(controlCharacterAt('\ud83d')).toBe(0)
  })
})
