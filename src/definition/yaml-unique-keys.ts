/**
 * Keys repeated within one mapping, found in one pass. `yaml`'s own check
 * (`uniqueKeys`) compares each key with every earlier key of its mapping,
 * so a file under the size limit holding one mapping of a few hundred
 * thousand keys took minutes to parse; the loader turns that check off and
 * asks here instead. Equality is `yaml`'s: two scalar keys with the same
 * value of the same type (`1` and `"1"` differ); a key that is a mapping, a
 * list or an alias is never equal to another. Keys that are mappings or
 * lists are found in the same pass.
 */
import {
  isAlias,
  isCollection,
  isMap,
  isPair,
  isScalar,
  isSeq,
  type Document
} from 'yaml'

/**
 * Where the document's keys are ones Go's YAML refuses to read into the
 * objects kubectl, Helm and Ankra build: the offset of every key that
 * repeats an earlier key of its mapping, and of every key that is itself a
 * mapping or a list (`? [a, b]`, `{a: 1}: x`; JavaScript objects would
 * turn it into text).
 */
export function keyProblems(doc: Document.Parsed): {
  repeated: number[]
  collections: number[]
} {
  const repeated: number[] = []
  const collections: number[] = []
  const pending: unknown[] = [doc.contents]
  while (pending.length > 0) {
    const node = pending.pop()
    if (isMap(node)) {
      const seen = new Set<unknown>()
      for (const pair of node.items) {
        if (!isPair(pair)) continue
        const key = pair.key
        if (isScalar(key) && !Number.isNaN(key.value)) {
          if (seen.has(key.value)) repeated.push(key.range?.[0] ?? 0)
          else seen.add(key.value)
        } else if (
          isCollection(key) ||
          // `? *m`, where `&m` anchors a mapping or a list.
          (isAlias(key) && isCollection(key.resolve(doc)))
        )
          collections.push(key.range?.[0] ?? 0)
        pending.push(pair.value)
      }
    } else if (isSeq(node)) {
      for (const item of node.items) pending.push(item)
    }
  }
  const byOffset = (a: number, b: number) => a - b
  return {
    repeated: repeated.sort(byOffset),
    collections: collections.sort(byOffset)
  }
}

/** True when the document has a key {@link keyProblems} reports. */
export function hasKeyProblems(doc: Document.Parsed): boolean {
  const { repeated, collections } = keyProblems(doc)
  return repeated.length > 0 || collections.length > 0
}
