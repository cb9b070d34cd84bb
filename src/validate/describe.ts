/**
 * Human names for places in the composed definition, so messages say
 * `add-on "grafana" in stack "monitoring"` rather than a bare pointer.
 * Unnamed entries are numbered from 1, as Ankra's CLI does.
 */
import { pointerTokens } from '../definition/pointer.js'
import { isRecord } from '../definition/plain-data.js'

const nouns: Record<string, string> = {
  stacks: 'stack',
  manifests: 'manifest',
  addons: 'add-on',
  helm_registries: 'Helm registry',
  parents: 'parent'
}

/** What the value at `pointer` belongs to, e.g. `manifest "ns" in stack "platform"`. */
export function describeSubject(document: unknown, pointer: string): string {
  const parts: string[] = []
  let current: unknown = document
  const tokens = pointerTokens(pointer)
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as string
    const noun = Object.hasOwn(nouns, token) ? nouns[token] : undefined
    current = step(current, token)
    const index = tokens[i + 1]
    if (noun && index !== undefined && /^\d+$/.test(index)) {
      current = step(current, index)
      i++
      parts.unshift(
        noun === 'parent'
          ? `parent #${Number(index) + 1} of`
          : namedEntry(noun, current, Number(index))
      )
    }
  }
  if (parts.length > 0) return parts.join(' in ').replace(/ of in /g, ' of ')
  return tokens.length > 0 ? `"${tokens.join('.')}"` : 'the definition'
}

/** `noun "name"` or `noun #n` when the entry has no name. */
export function namedEntry(
  noun: string,
  entry: unknown,
  index: number
): string {
  const name = isRecord(entry) ? entry.name : undefined
  return typeof name === 'string' && name !== ''
    ? `${noun} "${name}"`
    : `${noun} #${index + 1}`
}

/** The value at `pointer`, or undefined. */
export function valueAt(document: unknown, pointer: string): unknown {
  let current = document
  for (const token of pointerTokens(pointer)) current = step(current, token)
  return current
}

function step(value: unknown, token: string): unknown {
  if (Array.isArray(value)) return value[Number(token)] as unknown
  if (isRecord(value) && Object.hasOwn(value, token)) return value[token]
  return undefined
}
