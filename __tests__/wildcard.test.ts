/**
 * Wildcards without regular expressions: the same answers as the globs
 * ClusterSync documents, in time proportional to pattern × text, so a
 * pattern written to make a backtracking matcher explode ends at once.
 */
import { matchesParts, matchesWildcard } from '../src/wildcard.js'

describe('matchesWildcard', () => {
  it.each([
    ['*.yaml', 'web.yaml', true],
    ['*.yaml', 'web.yml', false],
    ['web-*', 'web-', true],
    ['*', '', true],
    ['a*b*c', 'aXXbYYc', true],
    ['a*b*c', 'aXXbYY', false],
    ['DB_*', 'DB_PASSWORD', true],
    ['?eb', 'web', false],
    ['', '', true],
    ['', 'x', false]
  ])('%s against %s is %s', (pattern, text, expected) => {
    expect(matchesWildcard(pattern, text)).toBe(expected)
  })

  it('reads ? as one character only when asked', () => {
    expect(matchesWildcard('w?b', 'web', true)).toBe(true)
    expect(matchesWildcard('w?b', 'web')).toBe(false)
    expect(matchesWildcard('w?b', 'w?b')).toBe(true)
  })

  it('ends at once on a pattern made to backtrack (a hang would hit the test timeout)', () => {
    expect(matchesWildcard(`${'*a'.repeat(200)}*b`, 'a'.repeat(100_000))).toBe(
      false
    )
  })
})

describe('matchesParts', () => {
  it.each([
    [['**', '*.yaml'], ['a', 'b', 'c.yaml'], true],
    [['**', '*.yaml'], ['c.yaml'], true],
    [['spec', '**', 'password'], ['spec', 'db', 'primary', 'password'], true],
    [['spec', '**', 'password'], ['spec', 'password'], true],
    [['spec', '**', 'password'], ['spec', 'db', 'user'], false],
    [['*', '*.yaml'], ['a', 'b', 'c.yaml'], false],
    [['stringData', 'DB_*'], ['stringData', 'DB_URL'], true],
    [['**'], [], true]
  ])('%j against %j is %s', (patterns, parts, expected) => {
    expect(matchesParts(patterns, parts)).toBe(expected)
  })
})
