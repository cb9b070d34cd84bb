/**
 * Whether a chart version is one a version range allows, as helm reads
 * `--version` ranges (Masterminds semver constraints, which follow npm's
 * rules): `||` between alternatives, `,` or spaces between terms that must
 * all hold, `a - b`, the operators `= != > >= < <= ~ ~> ^`, partial
 * versions and `x`/`*` wildcards. A pre-release passes a term only when the
 * term's own version is a pre-release (each term judged on its own, as
 * Masterminds does: `>=1.0.0-0` allows `1.5.0-rc.1`, `>=1.2.3-beta <1.2.4`
 * does not allow `1.2.3-rc`). A drift check asks this of
 * the version helm deployed: a release moved out of its range by hand is
 * drift. A range (or version) this reader does not follow counts as
 * allowing every version, so no drift is claimed that helm would not see.
 */

interface Version {
  major: number
  minor: number
  patch: number
  /** Pre-release identifiers (numbers where numeric); empty for a release. */
  pre: (string | number)[]
}

/** A version as written in a range: parts after a wildcard are missing. */
interface Partial {
  parts: number[]
  pre: (string | number)[]
}

interface Comparator {
  holds(version: Version): boolean
}

/** See the file comment. */
export function versionInRange(version: string, range: string): boolean {
  const deployed = parseVersion(version)
  const alternatives = parseRange(range)
  if (!deployed || !alternatives) return true
  return alternatives.some((all) => allows(all, deployed))
}

function allows(all: readonly Comparator[], version: Version): boolean {
  return all.every((c) => c.holds(version))
}

/** One term's comparators as one, with the pre-release rule (file comment). */
function term(
  written: Partial,
  comparators: readonly Comparator[]
): Comparator {
  const allowsPre = written.pre.length > 0
  return {
    holds: (v) =>
      (v.pre.length === 0 || allowsPre) && comparators.every((c) => c.holds(v))
  }
}

const versionToken =
  /^v?(\d+|[xX*])(?:\.(\d+|[xX*]))?(?:\.(\d+|[xX*]))?(?:-([0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*))?(?:\+[0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*)?$/

function parseVersion(text: string): Version | undefined {
  const partial = parsePartial(text.trim())
  if (!partial || partial.parts.length === 0) return undefined
  return lower(partial)
}

function parsePartial(text: string): Partial | undefined {
  const match = versionToken.exec(text)
  if (!match) return undefined
  const parts: number[] = []
  for (const part of match.slice(1, 4)) {
    if (part === undefined || /^[xX*]$/.test(part)) break
    parts.push(Number(part))
  }
  const pre = (match[4] ?? '')
    .split('.')
    .filter((p) => p !== '')
    .map((p) => (/^\d+$/.test(p) ? Number(p) : p))
  return { parts, pre }
}

/** The alternatives, each a list of comparators; undefined when unreadable. */
function parseRange(range: string): Comparator[][] | undefined {
  const alternatives: Comparator[][] = []
  for (const group of range.split('||')) {
    const all: Comparator[] = []
    for (const part of group.split(',')) {
      const terms = parseTerms(part)
      if (!terms) return undefined
      all.push(...terms)
    }
    alternatives.push(all)
  }
  return alternatives
}

const hyphen = /^\s*(\S+)\s+-\s+(\S+)\s*$/
const termPattern = /\s*(!=|>=|=>|<=|=<|~>|[=<>~^])?\s*([^\s,]+)/y

function parseTerms(part: string): Comparator[] | undefined {
  const range = hyphen.exec(part)
  if (range) {
    const from = parsePartial(range[1] ?? '')
    const to = parsePartial(range[2] ?? '')
    const low = from && expand('>=', from)
    const high = to && expand('<=', to)
    return from && to && low && high
      ? [term(from, low), term(to, high)]
      : undefined
  }
  const comparators: Comparator[] = []
  termPattern.lastIndex = 0
  while (termPattern.lastIndex < part.length) {
    if (part.slice(termPattern.lastIndex).trim() === '') break
    const match = termPattern.exec(part)
    if (!match) return undefined
    const version = parsePartial(match[2] ?? '')
    if (!version) return undefined
    const expanded = expand(match[1] ?? '=', version)
    if (!expanded) return undefined
    comparators.push(term(version, expanded))
  }
  return comparators.length > 0 ? comparators : undefined
}

/** One term as comparators that must all hold; undefined when it makes no sense. */
function expand(op: string, v: Partial): Comparator[] | undefined {
  const n = v.parts.length
  if (n === 0) return op === '=' || op === '>=' ? [] : undefined
  const from = lower(v)
  const exact = n === 3
  const [major = 0, minor = 0] = v.parts
  switch (op) {
    case '=':
      return exact ? [at(from, (c) => c === 0)] : within(from, next(v, n))
    case '!=':
      return exact
        ? [at(from, (c) => c !== 0)]
        : [
            {
              holds: (x) => compare(x, from) < 0 || compare(x, next(v, n)) >= 0
            }
          ]
    case '>':
      return exact ? [at(from, (c) => c > 0)] : [at(next(v, n), (c) => c >= 0)]
    case '>=':
    case '=>':
      return [at(from, (c) => c >= 0)]
    case '<':
      return [at(from, (c) => c < 0)]
    case '<=':
    case '=<':
      return exact ? [at(from, (c) => c <= 0)] : [at(next(v, n), (c) => c < 0)]
    case '~':
    case '~>':
      return within(from, next(v, Math.min(n, 2)))
    case '^':
      if (major > 0 || n === 1) return within(from, next(v, 1))
      if (minor > 0 || n === 2) return within(from, next(v, 2))
      return within(from, next(v, 3))
    default:
      return undefined
  }
}

/** A comparison with `version` that holds when `test(compare(x, version))`. */
function at(version: Version, test: (c: number) => boolean): Comparator {
  return { holds: (x) => test(compare(x, version)) }
}

function within(from: Version, below: Version): Comparator[] {
  return [at(from, (c) => c >= 0), at(below, (c) => c < 0)]
}

/** The partial version with missing parts as 0. */
function lower(v: Partial): Version {
  const [major = 0, minor = 0, patch = 0] = v.parts
  return { major, minor, patch, pre: v.pre }
}

/** The first release after every version that starts with the first `level` parts. */
function next(v: Partial, level: number): Version {
  const [major = 0, minor = 0, patch = 0] = v.parts
  if (level <= 1) return { major: major + 1, minor: 0, patch: 0, pre: [] }
  if (level === 2) return { major, minor: minor + 1, patch: 0, pre: [] }
  return { major, minor, patch: patch + 1, pre: [] }
}

/** Semantic version precedence (build metadata ignored). */
function compare(a: Version, b: Version): number {
  const parts = a.major - b.major || a.minor - b.minor || a.patch - b.patch
  if (parts !== 0) return Math.sign(parts)
  // A release comes after its pre-releases.
  if (a.pre.length === 0 || b.pre.length === 0)
    return Math.sign(b.pre.length - a.pre.length)
  for (let i = 0; i < Math.min(a.pre.length, b.pre.length); i++) {
    const x = a.pre[i] as string | number
    const y = b.pre[i] as string | number
    if (x === y) continue
    if (typeof x === 'number' && typeof y === 'number') return x < y ? -1 : 1
    if (typeof x === 'number') return -1
    if (typeof y === 'number') return 1
    return x < y ? -1 : 1
  }
  return Math.sign(a.pre.length - b.pre.length)
}
