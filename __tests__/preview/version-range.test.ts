/**
 * Whether a deployed chart version is one the add-on's version range
 * allows, as helm reads ranges (Masterminds semver, npm's rules): a release
 * moved out of its range by hand is drift, one helm chose inside it is not.
 * A range this reader does not follow counts as allowing every version
 * (no drift is claimed that helm would not see).
 */
import { versionInRange } from '../../src/preview/version-range.js'

const cases: [string, string, boolean][] = [
  // Comparisons, partial versions, `v`.
  ['>=1.2.0', '1.2.0', true],
  ['>=1.2.0', '1.1.9', false],
  ['>= 1.2, < 2', '1.9.9', true],
  ['>= 1.2, < 2', '2.0.0', false],
  ['>=1.2 <2.0.0', '2.0.0', false],
  ['>1.2', '1.2.5', false],
  ['>1.2', '1.3.0', true],
  ['>1.2.3', '1.2.4', true],
  ['<1.2', '1.1.9', true],
  ['<1.2', '1.2.0', false],
  ['<=1.2', '1.2.9', true],
  ['<=1.2', '1.3.0', false],
  ['=<1.2.3', '1.2.3', true],
  ['=>1.2.3', '1.2.2', false],
  ['v1.2.3', '1.2.3', true],
  ['=1.2.3', '1.2.4', false],
  ['!=1.2.3', '1.2.4', true],
  ['!=1.2.3', '1.2.3', false],
  // Wildcards and bare partial versions.
  ['1.2.x', '1.2.7', true],
  ['1.2.x', '1.3.0', false],
  ['1.2', '1.2.7', true],
  ['1.2', '1.3.0', false],
  ['1.x', '1.9.0', true],
  ['1.*', '2.0.0', false],
  ['*', '9.9.9', true],
  ['x', '0.0.1', true],
  // Tilde and caret.
  ['~1.2.3', '1.2.9', true],
  ['~1.2.3', '1.3.0', false],
  ['~1.2.3', '1.2.2', false],
  ['~1.2', '1.2.0', true],
  ['~1', '1.9.0', true],
  ['~1', '2.0.0', false],
  ['~>1.2.3', '1.2.5', true],
  ['^1.2.3', '1.9.0', true],
  ['^1.2.3', '2.0.0', false],
  ['^1.2.3', '1.2.2', false],
  ['^0.2.3', '0.2.9', true],
  ['^0.2.3', '0.3.0', false],
  ['^0.0.3', '0.0.3', true],
  ['^0.0.3', '0.0.4', false],
  ['^0', '0.9.0', true],
  ['^0', '1.0.0', false],
  ['^1.x', '1.5.0', true],
  // Hyphen ranges and alternatives.
  ['1.2 - 1.4', '1.4.9', true],
  ['1.2 - 1.4', '1.5.0', false],
  ['1.2.3 - 1.4.5', '1.4.6', false],
  ['1.2.3 - 1.4.5', '1.2.3', true],
  ['<1.0.0 || >=2.0.0', '1.5.0', false],
  ['<1.0.0 || >=2.0.0', '2.1.0', true],
  ['^1.0 || ^3.0', '3.2.0', true],
  // Pre-releases: a term allows one only when it names a pre-release
  // itself, each term judged on its own (Masterminds).
  ['^1.2.0', '1.3.0-rc.1', false],
  ['>=1.3.0-rc.0', '1.3.0-rc.1', true],
  ['>=1.3.0-rc.0', '1.4.0-rc.1', true],
  ['>=1.3.0-rc.0', '1.4.0', true],
  ['>=1.0.0-0', '1.5.0-rc.1', true],
  ['^1.0.0-0', '1.5.0-rc.1', true],
  ['>=1.2.3-beta <1.2.4', '1.2.3-rc', false],
  ['1.0.0-0 - 2.0.0', '1.5.0-rc.1', false],
  ['~1.2.3-beta.2', '1.2.3-beta.10', true],
  ['~1.2.3-beta.2', '1.2.3-beta.1', false],
  // Build metadata does not count.
  ['1.2.3', '1.2.3+build.7', true]
]

describe('versionInRange', () => {
  it.each(cases)('%s allows %s: %s', (range, version, allowed) => {
    expect(versionInRange(version, range)).toBe(allowed)
  })

  it.each(['>=', '1.2.3.4', 'latest', '^', '>=1.2 <<2', '1.2 -'])(
    'counts the range %s it cannot read as allowing every version',
    (range) => {
      expect(versionInRange('9.9.9', range)).toBe(true)
    }
  )

  it('counts a deployed version it cannot read as allowed', () => {
    expect(versionInRange('not-a-version', '^1.0.0')).toBe(true)
  })
})
