/**
 * The kubectl call pool: concurrent steps ask for `get` and `apply` calls
 * independently, and the pool merges the requests made in the same turn of
 * the event loop into few kubectl processes (at most `parallel` at once).
 *
 * Why: a kubectl process costs ~0.1 s of CPU before it sends a request
 * (startup, kubeconfig, discovery cache). With one `get` and one `apply`
 * per step, a 1,000-object definition of 110 steps spent most of its time
 * starting processes. Merged, a wave of ready steps costs a handful.
 *
 * Safety is the caller's: each request keeps its own objects in its own
 * order inside one process (a chunk never splits a request), requests with
 * different flags are never merged, and when a merged call fails every
 * request in it is re-run alone, so each step sees exactly its own result
 * and error, as if it had never been merged. Server-side apply and `get`
 * are idempotent, which is what makes the re-run harmless.
 */

import type { RetryListener } from './retry.js'
import { Slots } from './slots.js'

/** A request's share of a merged call: what it asked, in its own order. */
export interface PoolRequest<Item> {
  items: readonly Item[]
  /** Told about every retry of the merged call this request is part of. */
  onRetry?: RetryListener
}

/**
 * Runs one chunk of merged requests in one process and resolves with one
 * answer per request (a value or the Error that request alone got).
 */
export type ChunkRunner<Item, Answer> = (
  requests: readonly PoolRequest<Item>[]
) => Promise<(Answer | Error)[]>

interface Waiting<Item, Answer> extends PoolRequest<Item> {
  resolve: (answer: Answer) => void
  reject: (error: Error) => void
}

interface Group<Item, Answer> {
  run: ChunkRunner<Item, Answer>
  waiting: Waiting<Item, Answer>[]
}

/** Bounds of the pool. */
export interface CallPoolOptions {
  /** kubectl processes at once (≥ 1). */
  parallel: number
  /** Below this many items a second process costs more than it saves. */
  minItemsPerCall: number
  /** No process gets more than this many items (keeps calls under their timeout). */
  maxItemsPerCall: number
}

/**
 * 100 to 500 items per call: measured on the local control plane, a second
 * process for fewer than ~100 objects loses more to its startup than it
 * gains in parallel requests.
 */
export function defaultCallPoolOptions(parallel: number): CallPoolOptions {
  return { parallel, minItemsPerCall: 100, maxItemsPerCall: 500 }
}

/** See the file comment. One pool per sync, shared by all its clients. */
export class CallPool {
  private readonly groups = new Map<string, Group<unknown, unknown>>()
  private scheduled = false
  private readonly slots: Slots

  constructor(readonly options: CallPoolOptions) {
    this.slots = new Slots(options.parallel)
  }

  /**
   * Queues `items` under `group` (requests of one group share flags and can
   * be merged); `run` executes a chunk and must be the same for the group.
   */
  submit<Item, Answer>(
    group: string,
    items: readonly Item[],
    run: ChunkRunner<Item, Answer>,
    onRetry?: RetryListener
  ): Promise<Answer> {
    return new Promise<Answer>((resolve, reject) => {
      let g = this.groups.get(group) as Group<Item, Answer> | undefined
      if (!g) {
        g = { run, waiting: [] }
        this.groups.set(group, g as Group<unknown, unknown>)
      }
      g.waiting.push({
        items,
        resolve,
        reject,
        ...(onRetry ? { onRetry } : {})
      })
      if (!this.scheduled) {
        this.scheduled = true
        // After the current turn: every step started in it has queued its
        // request by then.
        setImmediate(() => this.flush())
      }
    })
  }

  private flush(): void {
    this.scheduled = false
    for (const [key, group] of this.groups) {
      this.groups.delete(key)
      for (const chunk of this.chunks(group.waiting)) {
        void this.runChunk(group.run, chunk)
      }
    }
  }

  /** Splits whole requests into balanced chunks (greedy, largest first). */
  private chunks<Item, Answer>(
    waiting: Waiting<Item, Answer>[]
  ): Waiting<Item, Answer>[][] {
    const { parallel, minItemsPerCall, maxItemsPerCall } = this.options
    const total = waiting.reduce((n, w) => n + w.items.length, 0)
    const count = Math.max(
      1,
      Math.min(
        waiting.length,
        Math.max(
          Math.min(Math.max(1, parallel), Math.ceil(total / minItemsPerCall)),
          Math.ceil(total / maxItemsPerCall)
        )
      )
    )
    const chunks: { size: number; members: Waiting<Item, Answer>[] }[] =
      Array.from({ length: count }, () => ({ size: 0, members: [] }))
    const bySize = waiting
      .map((w, i) => ({ w, i }))
      .sort((a, b) => b.w.items.length - a.w.items.length || a.i - b.i)
    for (const { w } of bySize) {
      const smallest = chunks.reduce((a, b) => (b.size < a.size ? b : a))
      smallest.size += w.items.length
      smallest.members.push(w)
    }
    return chunks.filter((c) => c.members.length > 0).map((c) => c.members)
  }

  private async runChunk<Item, Answer>(
    run: ChunkRunner<Item, Answer>,
    chunk: Waiting<Item, Answer>[]
  ): Promise<void> {
    await this.slots.acquire()
    try {
      const answers = await run(chunk)
      chunk.forEach((w, i) => {
        const answer = answers[i]
        if (answer instanceof Error) w.reject(answer)
        else w.resolve(answer as Answer)
      })
    } catch (error) {
      const e = error instanceof Error ? error : new Error(String(error))
      for (const w of chunk) w.reject(e)
    } finally {
      this.slots.release()
    }
  }
}
