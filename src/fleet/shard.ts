/**
 * Splitting a matrix: GitHub runs at most 256 jobs per matrix, so a larger
 * fleet is discovered in shards, `--shard 1/2` and `--shard 2/2`, one
 * discover step (and one matrix) per shard. Shards are contiguous runs of
 * the sorted list, as even as whole numbers allow, so every cluster is in
 * exactly one shard.
 */
import { UsageError } from '../errors.js'

/** Shard `index` (1-based) of `count`. */
export interface Shard {
  index: number
  count: number
}

/** The most jobs GitHub Actions runs from one matrix. */
export const maxMatrixJobs = 256

/** Parses `i/n` (1 ≤ i ≤ n); throws UsageError naming `what` otherwise. */
export function parseShard(text: string, what: string): Shard {
  const m = /^(\d+)\/(\d+)$/.exec(text.trim())
  const index = Number(m?.[1])
  const count = Number(m?.[2])
  if (!m || count < 1 || index < 1 || index > count) {
    throw new UsageError(
      `${what} takes i/n with 1 <= i <= n (for example 1/2); got "${text}"`
    )
  }
  return { index, count }
}

/** The items of shard `shard` (all of them without one). */
export function shardOf<T>(items: readonly T[], shard?: Shard): T[] {
  if (!shard) return [...items]
  const from = Math.floor(((shard.index - 1) * items.length) / shard.count)
  const to = Math.floor((shard.index * items.length) / shard.count)
  return items.slice(from, to)
}
