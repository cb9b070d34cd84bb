/**
 * A fast path for YAML files whose documents only become plain values with
 * the place each one starts (raw Kubernetes manifests, Helm values files):
 * js-yaml builds no syntax tree and reads them about five times as fast as
 * `yaml`'s Document API. It is conservative: it declines (returns undefined)
 * whenever the text uses a feature where the two libraries could disagree or
 * where `yaml-parse.ts` guards matter (aliases), and whenever js-yaml throws,
 * so every diagnostic still comes from `yaml`. The differential test in
 * `__tests__/definition/plain-yaml.test.ts` holds it to `yaml`'s answers.
 */
import { FAILSAFE_SCHEMA, load, Type, type LoadOptions } from 'js-yaml'
import { controlCharacterAt } from './yaml-characters.js'
import { flowTooDeepAt } from './yaml-depth.js'
import {
  coreFloat,
  coreInt,
  mayReadDifferentlyInGo,
  type YamlReader
} from './go-scalars.js'

/** One document: its plain value and where its content starts (1-based). */
export interface PlainDocument {
  value: unknown
  line: number
  column: number
}

/** A file read by the fast path; `text` is kept to build Documents later. */
export interface ParsedValues {
  file: string
  values: PlainDocument[]
  text: string
  /** Whose reading of plain scalars a later parse of `text` must use. */
  reader: YamlReader
}

/**
 * Text the fast path refuses, with the reason. Each rule names a feature
 * where js-yaml and `yaml` differ, or one that `yaml-parse.ts` guards:
 * - tabs, NUL, a BOM, bare CR and Unicode line breaks (whitespace rules differ);
 * - characters YAML does not allow (yaml-characters.ts), which `yaml-parse.ts`
 *   reports;
 * - `%` directives, `...` document ends, `---` run into text (`---x` is a
 *   scalar for `yaml`, a marker and `x` for js-yaml), content on the `---`
 *   line (js-yaml reads `--- k: v` as a mapping, `yaml` refuses it);
 * - anchors, aliases and tags (`&a`, `*a`, `!t`), which also keeps alias
 *   bombs on the guarded path (a `&` or `*` before a space is an error to
 *   both, so `a && b` in a string passes);
 * - complex keys (`? `), merge keys (`<<`) and collections as keys (`[a]: b`);
 * - `#` right after a quote, bracket, `,`, `:`, `|` or `>`: `yaml` wants a
 *   space before a comment there, js-yaml does not;
 * - block scalar indentation indicators (`|2`), which the two read
 *   differently at the top level, and a block scalar whose first lines are
 *   spaces only (js-yaml may then take a less indented `#` line for a
 *   comment, where `yaml` refuses the extra spaces);
 * - an empty sequence entry (`-` ending its line): js-yaml then takes a
 *   less indented `- ` line as the next entry, where `yaml` refuses it;
 * - a last line of spaces with no line break, which js-yaml completes with
 *   one (a `|+` block scalar then keeps one more line break);
 * - `\` ending a line before an empty one: in a double-quoted string
 *   `yaml` folds that to a space, js-yaml to nothing.
 * The patterns also match inside quoted strings; that only costs speed.
 * Most patterns come with what any text they match must hold (a character
 * or two): looking for those first is cheaper than trying the pattern at
 * every offset, and most files hold none of them.
 */
const declineRules: [RegExp, string, MayMatch?][] = [
  [/[\t\0\uFEFF\x85\u2028\u2029]/, 'tab, NUL, BOM or Unicode line break'],
  [/\r(?!\n)/, 'bare carriage return', anyOf('\r')],
  [
    /^(?:%|\.\.\.|---(?:[^ \r\n]| +[^ #\r\n]))/m,
    'directive or marker',
    anyOf('%', '...', '---')
  ],
  [/(?:^|[\s[{,:])(?:!|[&*]\S)/m, 'anchor, alias or tag', anyOf('!', '&', '*')],
  [/(?:^|[\s[{,])\?(?:\s|$)/m, 'complex key', anyOf('?')],
  [/<<|[\]}] *:/, 'merge key or collection key', anyOf('<<', ']', '}')],
  [/["'[\]{},:|>]#/, 'a comment not after a space', anyOf('#')],
  [/[|>][-+]?[0-9]/, 'block scalar indentation indicator', anyOf('|', '>')],
  [
    /[|>][-+]? *(?:#.*)?(?:\r?\n)+ +\r?\n/,
    'block scalar opening with spaces',
    anyOf('|', '>')
  ],
  [/(?:^| )- *(?:#[^\n]*)?\r?$/m, 'empty sequence entry', anyOf('-')],
  [
    /\n +$/,
    'an unterminated last line of spaces',
    (text) => text.endsWith(' ')
  ],
  [/\\\r?\n *\r?\n/, 'an escaped line break before an empty line', anyOf('\\')]
]

/** False when the pattern beside it cannot match `text`. */
type MayMatch = (text: string) => boolean

function anyOf(...needles: string[]): MayMatch {
  return (text) => needles.some((needle) => text.includes(needle))
}

/**
 * `yaml` refuses an implicit key whose `:` is more than 1024 characters
 * after its start; js-yaml has no such limit. Keys are single-line, so a
 * line with no `:` past column 1024 cannot break it.
 */
const longKeyLine = /^[^\n]{1025}[^\n:]*:/m

/** Why the fast path refuses `text`, or undefined when it may try. */
export function plainYamlDeclines(text: string): string | undefined {
  for (const [pattern, reason, mayMatch] of declineRules) {
    if ((!mayMatch || mayMatch(text)) && pattern.test(text)) return reason
  }
  if (controlCharacterAt(text) !== -1) return 'a character YAML does not allow'
  // Go's readings need `yaml`'s tags, and a warning needs its positions.
  if (mayReadDifferentlyInGo(text)) return 'a scalar Go reads differently'
  if (flowTooDeepAt(text) !== -1) return 'nesting past the limit'
  return hasLineLongerThan(text, 1025) && longKeyLine.test(text)
    ? 'a line too long to check its keys'
    : undefined
}

/**
 * Whether a line of `text` holds more than `length` characters. Run before
 * {@link longKeyLine}: the pattern tries every line start against 1,025
 * characters, which made it the costliest rule on files of short lines.
 */
function hasLineLongerThan(text: string, length: number): boolean {
  let start = 0
  while (start < text.length) {
    const end = text.indexOf('\n', start)
    if ((end === -1 ? text.length : end) - start > length) return true
    if (end === -1) return false
    start = end + 1
  }
  return false
}

/**
 * The YAML 1.2 core schema exactly as `yaml` 2 resolves plain scalars
 * (`yaml/dist/schema/core/*.js`). js-yaml's CORE_SCHEMA is wider: it also
 * reads `0b1`, `-0x1F`, `+0o7` as numbers, reads `-.5` as a string, and turns
 * `-0` into 0. One Type per tag: js-yaml keeps only the last of a tag.
 */
const coreSchema = FAILSAFE_SCHEMA.extend({
  implicit: [
    new Type('tag:yaml.org,2002:null', {
      kind: 'scalar',
      resolve: (s: string) => /^(?:~|[Nn]ull|NULL)?$/.test(s),
      construct: () => null
    }),
    new Type('tag:yaml.org,2002:bool', {
      kind: 'scalar',
      resolve: (s: string) => /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/.test(s),
      construct: (s: string) => s[0] === 't' || s[0] === 'T'
    }),
    new Type('tag:yaml.org,2002:int', {
      kind: 'scalar',
      resolve: (s: string) => coreInt.test(s),
      construct: (s: string) =>
        s.startsWith('0o')
          ? parseInt(s.slice(2), 8)
          : s.startsWith('0x')
            ? parseInt(s.slice(2), 16)
            : parseInt(s, 10)
    }),
    new Type('tag:yaml.org,2002:float', {
      kind: 'scalar',
      // An integer never gets here: the int type above takes it first.
      resolve: (s: string) => coreFloat.test(s),
      construct: (s: string) =>
        /nan$/i.test(s)
          ? NaN
          : /inf$/i.test(s)
            ? s.startsWith('-')
              ? -Infinity
              : Infinity
            : parseFloat(s)
    })
  ]
})

/**
 * js-yaml options for one document (`flow`: whether its text holds a `}`).
 * A flow mapping holding a collection is refused: it may use it as a key
 * (`{[a]}`), which js-yaml turns into "a" and `yaml` into "[ a ]", and the
 * values cannot tell the two apart.
 */
function loadOptions(flow: boolean): LoadOptions {
  const options: LoadOptions = {
    schema: coreSchema,
    // A warning marks input js-yaml is unsure of: leave it to `yaml`.
    onWarning: (warning) => {
      throw warning
    }
  }
  // Without a `}` there is no flow mapping to refuse, and js-yaml calls the
  // listener twice per node: most manifests are block style only.
  if (!flow) return options
  // Per open node: the collections composed inside it, and the last one.
  const open: { collections: number; last: unknown }[] = []
  return {
    ...options,
    listener: (event, state) => {
      if (event === 'open') {
        open.push({ collections: 0, last: undefined })
        return
      }
      const frame = open.pop()
      const kind = state.kind as string | null
      const result: unknown = state.result
      if (!frame || (kind !== 'mapping' && kind !== 'sequence')) return
      // js-yaml composes a node that starts a line as a would-be key and,
      // when no `:` follows, returns it as is: that child is the node itself.
      const inner = frame.collections - (frame.last === result ? 1 : 0)
      // A flow mapping closes right after its `}`; a block one does not, so
      // at worst a block mapping is refused too.
      const flowMap =
        kind === 'mapping' &&
        state.input.charCodeAt(state.position - 1) === 0x7d
      if (flowMap && inner > 0)
        throw new Error('a collection inside a flow mapping')
      const parent = open.at(-1)
      if (parent) {
        parent.collections++
        parent.last = result
      }
    }
  }
}

/** `---` at the start of a line, as a document marker. */
const documentMarker = /^---(?=[ \r\n]|$)/gm

/**
 * Parses `text` on the fast path, or returns undefined to leave it to
 * `yaml` (see {@link plainYamlDeclines}; also when js-yaml throws). Each
 * document starts where `yaml` puts its contents; empty and null documents
 * are dropped, as parseYamlText drops them.
 */
export function parsePlainYaml(
  text: string,
  file: string,
  reader: YamlReader
): ParsedValues | undefined {
  if (plainYamlDeclines(text) !== undefined) return undefined
  const starts = [0]
  for (const marker of text.matchAll(documentMarker)) {
    if (marker.index > 0) starts.push(marker.index)
  }
  const lines = lineTracker(text)
  const values: PlainDocument[] = []
  try {
    for (const [n, start] of starts.entries()) {
      const end = starts[n + 1] ?? text.length
      const marked = text.startsWith('---', start)
      const document = documentAt(text, start, end, marked)
      // Empty and null documents are skipped, as parseYamlText skips them.
      if (document === undefined || document.value === null) continue
      values.push({ value: document.value, ...lines.at(document.offset) })
    }
  } catch {
    // js-yaml refused it or a value needs `yaml`: its diagnostics are exact.
    return undefined
  }
  return { file, values, text, reader }
}

/**
 * The document in `text[start, end)`: its value and the offset `yaml` gives
 * its contents, or undefined when it has none. Throws when js-yaml refuses
 * the text or the value is one the fast path cannot vouch for.
 */
function documentAt(
  text: string,
  start: number,
  end: number,
  marked: boolean
): { value: unknown; offset: number } | undefined {
  let offset = marked ? start + 3 : start
  while (text.charCodeAt(offset) === 0x20) offset++
  // `yaml` places an empty document right after `---` and its spaces.
  const empty = offset
  const content = contentStart(text, offset, end)
  if (content === -1) return marked ? { value: null, offset: empty } : undefined
  // A document that is a block scalar may hold lines at column 0, which the
  // two libraries read differently.
  if (text[content] === '|' || text[content] === '>')
    throw new Error('a block scalar document')
  const source = text.slice(start, end)
  const value = load(source, loadOptions(source.includes('}')))
  if (value === undefined) throw new Error('js-yaml found no document')
  checkKeys(value)
  return { value, offset: content }
}

/** The first character after spaces, line breaks and comments, or -1. */
function contentStart(text: string, from: number, end: number): number {
  let p = from
  while (p < end) {
    const c = text.charCodeAt(p)
    if (c === 0x20 || c === 0x0a || c === 0x0d) {
      p++
    } else if (c === 0x23) {
      // `#` here follows a space or starts a line, so it is a comment.
      const eol = text.indexOf('\n', p)
      p = eol === -1 ? end : eol + 1
    } else {
      return p
    }
  }
  return -1
}

/**
 * Throws for a key the libraries turn into different strings: `yaml` makes a
 * null key `""`, js-yaml `"null"` (a quoted "null" is refused too).
 */
function checkKeys(value: unknown): void {
  if (typeof value !== 'object' || value === null) return
  if (Array.isArray(value)) {
    for (const item of value) checkKeys(item)
    return
  }
  // Keys, not entries: no pair array per member of every parsed object.
  const record = value as Record<string, unknown>
  for (const key of Object.keys(record)) {
    if (key === 'null') throw new Error('a null key')
    checkKeys(record[key])
  }
}

/**
 * Line and column (1-based) of ascending offsets, as `yaml`'s LineCounter
 * gives them: a line starts after each `\n`.
 */
/** Lines and columns (1-based) of offsets asked in increasing order. */
export function lineTracker(text: string): {
  at: (offset: number) => { line: number; column: number }
} {
  let line = 1
  let lineStart = 0
  return {
    at(offset) {
      let eol = text.indexOf('\n', lineStart)
      while (eol !== -1 && eol < offset) {
        line++
        lineStart = eol + 1
        eol = text.indexOf('\n', lineStart)
      }
      return { line, column: offset - lineStart + 1 }
    }
  }
}
