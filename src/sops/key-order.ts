/**
 * The order a SOPS file wrote its keys in. sops's MAC covers the values in
 * file order, but a JavaScript object lists integer-like keys (`"1"`,
 * `"2024"`) first, in ascending order, whatever order the file had; the
 * MAC of such a file would never match. The loader records the written
 * order of those mappings (and only those: every other object keeps it by
 * itself) when it reads a file that has a `sops` block, and the decrypter
 * walks mappings in that order.
 */
import {
  isMap,
  isScalar,
  isSeq,
  parseAllDocuments,
  type Document,
  type Node as YamlNode
} from 'yaml'
import { yamlOptionsFor } from '../definition/yaml-parse.js'
import { isRecord } from '../definition/plain-data.js'
import { hasSopsMetadata } from './sops-metadata.js'

/** Keys a JavaScript object lists first: canonical array indices. */
const indexLike = /^(?:0|[1-9]\d{0,9})$/

const orders = new WeakMap<object, readonly string[]>()

/** The mapping's keys in the order its file wrote them. */
export function keysInFileOrder(
  record: Readonly<Record<string, unknown>>
): readonly string[] {
  return orders.get(record) ?? Object.keys(record)
}

/**
 * Records the written key order of `values` (a file's documents, as the
 * loader made them) from the same file's YAML: its text, or the Documents
 * already parsed. Does nothing unless a document has a `sops` block and
 * some mapping has an integer-like key, so other files cost one scan.
 */
export function keepFileKeyOrder(
  values: readonly unknown[],
  source: string | readonly Document[]
): void {
  if (!values.some(hasSopsMetadata) || !values.some(hasIndexLikeKey)) return
  const documents =
    typeof source === 'string'
      ? parseAllDocuments(source, yamlOptionsFor('objects', source))
      : source
  if (!Array.isArray(documents)) return
  const nodes = (documents as readonly Document[])
    .map((doc) => doc.contents)
    .filter((node) => node !== null)
  const given = values.filter((value) => value !== null)
  // A file the two parsers split differently is left alone: its MAC check
  // then fails as it would have, naming the file.
  if (nodes.length !== given.length) return
  nodes.forEach((node, i) => record(node, given[i]))
}

function record(node: YamlNode, value: unknown): void {
  if (isMap(node) && isRecord(value)) {
    const keys = node.items.map((pair) =>
      isScalar(pair.key) ? String(pair.key.value) : String(pair.key)
    )
    if (keys.some((key) => indexLike.test(key)) && sameKeys(keys, value))
      orders.set(value, keys)
    node.items.forEach((pair, i) => {
      const key = keys[i] as string
      if (pair.value && Object.hasOwn(value, key))
        record(pair.value as YamlNode, value[key])
    })
  } else if (isSeq(node) && Array.isArray(value)) {
    node.items.forEach((item, i) => {
      if (item) record(item as YamlNode, value[i])
    })
  }
}

function sameKeys(keys: readonly string[], value: object): boolean {
  const own = Object.keys(value)
  return (
    own.length === keys.length && keys.every((k) => Object.hasOwn(value, k))
  )
}

function hasIndexLikeKey(value: unknown): boolean {
  if (Array.isArray(value)) return value.some(hasIndexLikeKey)
  if (!isRecord(value)) return false
  for (const [key, member] of Object.entries(value)) {
    if (indexLike.test(key) || hasIndexLikeKey(member)) return true
  }
  return false
}
