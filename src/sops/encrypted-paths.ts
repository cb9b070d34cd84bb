/**
 * `encrypted_paths` entries (Ankra: `manifests[].encrypted_paths`,
 * `addons[].configuration.encrypted_paths`) and the values they name. Four
 * forms, as Ankra's CLI, docs and platform write them:
 * - a leaf key, `password`: every value whose own key is `password`, at any depth;
 * - a leading dot, `.dockerconfigjson`: the literal key `.dockerconfigjson`, at any depth;
 * - a dotted path, `stringData.PASSWORD`: that path from the document's root;
 * - `glob:` and a dotted pattern, `glob:stringData.DB_*`: `*` matches within
 *   one key, `**` any number of keys.
 * A path that names a mapping or a list covers every value under it.
 */
import { matchesParts } from '../wildcard.js'
import { isRecord } from '../definition/plain-data.js'
import { sopsKey } from './sops-metadata.js'

/** One value an entry names: its key path and the value written there. */
export interface NamedValue {
  path: string[]
  value: unknown
}

type Matcher = (path: readonly string[]) => boolean

/** How an entry matches a key path. */
export function entryMatcher(entry: string): Matcher {
  if (entry.startsWith('glob:')) {
    // `*` within one key, `**` any number of keys (none included), matched
    // without a regular expression (wildcard.ts says why).
    const parts = entry.slice('glob:'.length).split('.')
    return (path) => matchesParts(parts, path)
  }
  if (entry.startsWith('.') || !entry.includes('.')) {
    return (path) => path[path.length - 1] === entry
  }
  const keys = entry.split('.')
  return (path) =>
    path.length === keys.length && keys.every((k, i) => path[i] === k)
}

function collectLeaves(
  value: unknown,
  path: string[],
  out: NamedValue[]
): void {
  if (Array.isArray(value)) {
    for (const item of value) collectLeaves(item, path, out)
  } else if (isRecord(value)) {
    for (const [k, v] of Object.entries(value)) {
      if (path.length === 0 && k === sopsKey) continue
      collectLeaves(v, [...path, k], out)
    }
  } else if (value !== null && value !== undefined) {
    out.push({ path, value })
  }
}

/**
 * The values `entry` names in `document` (the `sops` block excluded). A
 * match on a mapping or list yields every value under it, each with its own
 * path, since SOPS encrypts values, not mappings.
 */
export function valuesNamedBy(entry: string, document: unknown): NamedValue[] {
  const leaves: NamedValue[] = []
  collectLeaves(document, [], leaves)
  const matches = entryMatcher(entry)
  return leaves.filter((leaf) =>
    leaf.path.some((_, i) => matches(leaf.path.slice(0, i + 1)))
  )
}
