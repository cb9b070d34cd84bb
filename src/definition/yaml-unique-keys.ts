/**
 * Keys repeated within one mapping, found in one pass. `yaml`'s own check
 * (`uniqueKeys`) compares each key with every earlier key of its mapping,
 * so a file under the size limit holding one mapping of a few hundred
 * thousand keys took minutes to parse; the loader turns that check off and
 * asks here instead. Equality is `yaml`'s: two scalar keys with the same
 * value of the same type (`1` and `"1"` differ); a key that is a mapping, a
 * list or an alias is never equal to another.
 */
import { isAlias, isMap, isPair, isScalar, isSeq, type Document } from 'yaml'

/** The offset of every key that repeats an earlier key of its mapping. */
export function repeatedKeyOffsets(doc: Document.Parsed): number[] {
  const offsets: number[] = []
  const pending: unknown[] = [doc.contents]
  while (pending.length > 0) {
    const node = pending.pop()
    if (isMap(node)) {
      const seen = new Set<unknown>()
      for (const pair of node.items) {
        if (!isPair(pair)) continue
        const key = pair.key
        if (isScalar(key) && !Number.isNaN(key.value)) {
          if (seen.has(key.value)) offsets.push(key.range?.[0] ?? 0)
          else seen.add(key.value)
        } else if (!isAlias(key)) pending.push(key)
        pending.push(pair.value)
      }
    } else if (isSeq(node)) {
      for (const item of node.items) pending.push(item)
    }
  }
  return offsets.sort((a, b) => a - b)
}
