/**
 * Plain scalars that Go's YAML reads differently from YAML 1.2's core
 * schema. Ankra's CLI reads definitions with yaml.v3; kubectl and Helm read
 * manifests and values with sigs.k8s.io/yaml (go-yaml v2, into untyped
 * data). Both keep YAML 1.1's numbers: `010` is octal 8, `1_000` is 1000,
 * `0b101`, `-0x1F` and `0X1F` are numbers. go-yaml v2 also keeps YAML 1.1's
 * booleans: `yes`, `no`, `on`, `off`, `y`, `n` (in three spellings each).
 * The rules follow go-yaml's resolve.go: underscores dropped, then Go's
 * `strconv.ParseInt(s, 0, 64)` (prefixes 0b, 0o, 0x, or a leading 0 for
 * octal, any case, with a sign), then a YAML-style float. The table in
 * `__tests__/definition/go-scalars.test.ts` was produced by those libraries.
 *
 * ClusterSync reads such a scalar as Go does, so a repository applies what
 * Ankra, kubectl and Helm applied, and warns where it does (yaml-parse.ts).
 */
import type { ScalarTag } from 'yaml'

/** Who reads the text: Ankra's definition, or Kubernetes objects and Helm values. */
export type YamlReader = 'definition' | 'objects'

/** YAML 1.2 core's plain numbers, as `yaml` 2 resolves them. */
export const coreInt = /^(?:0o[0-7]+|[-+]?[0-9]+|0x[0-9a-fA-F]+)$/
export const coreFloat =
  /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN|[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?)$/

const goInt =
  /^([-+]?)(?:0[bB]([01]+)|0[oO]([0-7]+)|0[xX]([0-9a-fA-F]+)|(0[0-7]*)|([1-9][0-9]*))$/
const goFloat = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?$/
const goTrue = new Set(['y', 'Y', 'yes', 'Yes', 'YES', 'on', 'On', 'ON'])
const goFalse = new Set(['n', 'N', 'no', 'No', 'NO', 'off', 'Off', 'OFF'])

/** The number go-yaml reads in a plain scalar, if it reads one. */
function goNumber(text: string): number | undefined {
  // A leading `.` goes to Go's ParseFloat as written, which allows `_`
  // only between digits (`.5_0`, not `._5`).
  if (text.startsWith('.')) {
    if (/_(?![0-9])|(?<![0-9])_/.test(text)) return undefined
    const plain = text.replace(/_/g, '')
    return goFloat.test(plain) ? parseFloat(plain) : undefined
  }
  // Otherwise go-yaml tries numbers only for scalars starting with a digit
  // or a sign, with every `_` dropped.
  if (!/^[-+0-9]/.test(text)) return undefined
  const plain = text.replace(/_/g, '')
  const m = goInt.exec(plain)
  if (m) {
    const [radix, digits] = m[2]
      ? [2, m[2]]
      : m[3]
        ? [8, m[3]]
        : m[4]
          ? [16, m[4]]
          : m[5]
            ? [8, m[5]]
            : [10, m[6] as string]
    const magnitude = BigInt(`${radixPrefix[radix]}${digits}`)
    // Past 64 bits Go's ParseInt and ParseUint refuse it, and go-yaml
    // falls back to reading the text as a decimal float.
    const fits = m[1] === '-' ? magnitude <= 2n ** 63n : magnitude < 2n ** 64n
    if (fits) return (m[1] === '-' ? -1 : 1) * parseInt(digits, radix)
  }
  return goFloat.test(plain) ? parseFloat(plain) : undefined
}

const radixPrefix: Record<number, string> = {
  2: '0b',
  8: '0o',
  10: '',
  16: '0x'
}

/** What YAML 1.2's core schema reads in a plain scalar that is a number. */
function coreNumber(text: string): number | undefined {
  if (coreInt.test(text)) {
    if (text.startsWith('0o')) return parseInt(text.slice(2), 8)
    if (text.startsWith('0x')) return parseInt(text.slice(2), 16)
    return parseInt(text, 10)
  }
  return coreFloat.test(text) ? parseFloat(text) : undefined
}

/**
 * What Go's YAML reads in the plain scalar `text` when that differs from
 * YAML 1.2's reading (a number or a boolean where YAML 1.2 reads text or
 * another number); undefined when the two agree.
 */
export function goReading(
  text: string,
  reader: YamlReader
): number | boolean | undefined {
  if (reader === 'objects' && isGoBooleanWord(text)) return goTrue.has(text)
  return goNumberReading(text)
}

/** {@link goReading} for numbers only. */
function goNumberReading(text: string): number | undefined {
  const go = goNumber(text)
  if (go === undefined) return undefined
  // Core reads `-0` as -0; Go's integer 0 has no sign, and JSON writes both as 0.
  return go === coreNumber(text) ? undefined : go
}

/**
 * Whether `text` may hold a plain scalar {@link goReading} reads differently:
 * a word of go-yaml v2's booleans, or a number-like token holding `_`, a
 * leading 0 before a digit, a signed radix prefix or an upper-case one
 * (`0x1F` and `0o17` read the same in both), where a plain scalar can
 * start (a line's start after spaces and `- `, after `: ` or a quoted
 * key's `:` (`{"k":010}`), `? `, `[`, `{`, `,`, then an anchor and a tag,
 * at most one of each as YAML allows) and end. A superset: the tags decide.
 * It also chooses whether `yaml` gets Go's tags at all, so a miss would
 * read YAML 1.2 on both paths. The bound on anchors and tags keeps it
 * linear: unbounded, `!- !- !- …` on one line made every `- ` a start that
 * ran to the line's end (a pull request's comment line could stall a run).
 * For the same reason an anchor or tag name is read up to a `:` or a quote
 * (`":!":!…` made every `:` after a quote a start whose tag ran to the
 * line's end); a name holding one (a verbatim `!<tag:…>`) is not looked
 * past, as no anchor or tag ClusterSync reads has one.
 */
const mayDiffer =
  /(?:^[ \t]*(?:-[ \t]+)*|:[ \t]+|(?<=["']):[ \t]*|[?-][ \t]+|[[{,][ \t]*)(?:[&!][^\s,[\]{}:"']*[ \t]+){0,2}(?:[yYnN]|[Yy]es|YES|[Nn]o|NO|[Oo]n|ON|[Oo]ff|OFF|[-+]?(?=[0-9a-zA-Z_.+-]*_)(?:[0-9.]|(?<=[-+])_)[0-9a-zA-Z_.+-]*|[-+]0[0-9a-zA-Z][0-9a-zA-Z_.+-]*|0[0-9bBOX][0-9a-zA-Z_.+-]*)[ \t]*(?:$|#|[,\]}]|:(?:[ \t]|$))/m

export function mayReadDifferentlyInGo(text: string): boolean {
  return mayDiffer.test(text)
}

/** A go-yaml v2 boolean word (`no`, `On`, `Y`, …), which YAML 1.2 reads as text. */
export function isGoBooleanWord(text: string): boolean {
  return goTrue.has(text) || goFalse.has(text)
}

/**
 * Tags for `yaml` that read plain scalars as Go does. Put before the core
 * schema's, they match only where the two differ, so every other scalar
 * is read by the core schema as before.
 */
export function goScalarTags(reader: YamlReader): ScalarTag[] {
  // `yaml` only calls `test.test(value)`; a RegExp cannot say "differs".
  const matching = (reads: (value: string) => boolean): RegExp =>
    ({ test: reads }) as unknown as RegExp
  const number: ScalarTag = {
    tag: 'tag:yaml.org,2002:int',
    default: true,
    test: matching((value) => goNumberReading(value) !== undefined),
    // Only called after `test` matched, so the reading is a number.
    resolve: (value) => goNumberReading(value),
    // These tags only read: the core schema's write values.
    identify: () => false
  }
  if (reader === 'definition') return [number]
  const boolean: ScalarTag = {
    tag: 'tag:yaml.org,2002:bool',
    default: true,
    test: matching(isGoBooleanWord),
    resolve: (value) => goTrue.has(value),
    identify: () => false
  }
  return [boolean, number]
}
