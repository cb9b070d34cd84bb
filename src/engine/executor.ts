/**
 * Walking the plan: a step starts once every step it depends on has
 * succeeded; independent steps run concurrently up to a bound. A failed step
 * stops only its descendants (skipped, naming the failed step); every other
 * branch carries on, so one broken add-on never blocks unrelated work.
 */
import { getErrorMessage } from '../errors.js'
import type { StepOutcome } from '../sync/sync-result.js'

/** How the walk runs. */
export interface ExecutorOptions<S extends GraphStep = GraphStep> {
  /**
   * Steps in flight at once (≥ 1), pooled ones not counted; a function is
   * asked again each time the walk looks for a step to start (the add-on
   * pace, addon-pace.ts, moves it as steps end).
   */
  concurrency: number | (() => number)
  /**
   * Steps whose kubectl calls go through a shared CallPool, which bounds
   * processes itself: they get their own, larger bound, so that a wave of
   * ready manifest steps can be merged into a few kubectl calls.
   */
  isPooled?: (step: S) => boolean
  /** Pooled steps in flight at once (default 64). */
  pooledConcurrency?: number
  /** Once aborted, steps not yet started are skipped. */
  signal?: AbortSignal
  /**
   * Nodes that run nothing (the plan's wave barriers): each settles as soon
   * as everything it depends on has, and passes a failure on, so the steps
   * behind it start or are skipped exactly as if they depended on its
   * dependencies directly. They get no outcome of their own.
   */
  barriers?: readonly GraphStep[]
}

/** Four steps at a time: enough overlap for helm waits, light on the API server. */
export function defaultExecutorOptions(): ExecutorOptions {
  return { concurrency: 4 }
}

/**
 * A running step's hold on the bound. An add-on whose helm process has
 * ended and that only waits for its release to become ready (addon-wait.ts)
 * lends its slot, so the next add-on's helm starts meanwhile: the bound
 * counts the work that loads the machine and the API server, not the
 * polling of a wait. It reclaims a slot (waiting for one) before it runs
 * helm again (to undo a release that was not ready).
 */
export interface StepSlot {
  /** Frees the step's slot while it only waits; a no-op when already lent. */
  lend(): void
  /** Takes a slot back, once one is free; resolves at once when not lent. */
  reclaim(): Promise<void>
}

/** The part of a step the walk needs. */
export interface GraphStep {
  id: string
  dependsOn: readonly string[]
}

/**
 * Runs `run` for every step in dependency order and resolves with one
 * outcome per step, in the order given. `run` should resolve with a failed
 * outcome rather than throw; a throw is turned into one.
 */
export async function executeSteps<S extends GraphStep>(
  steps: readonly S[],
  run: (step: S, slot: StepSlot) => Promise<StepOutcome>,
  options: ExecutorOptions<S> = defaultExecutorOptions()
): Promise<StepOutcome[]> {
  const barriers = options.barriers ?? []
  const isBarrier = new Set(barriers.map((b) => b.id))
  const known = new Set([...steps, ...barriers].map((s) => s.id))
  const outcomes = new Map<string, StepOutcome>()
  const running = new Map<string, Promise<void>>()
  // Barriers first, lowest wave first: one whose steps have settled is
  // passed before the steps behind it are looked at in the same pass.
  const waiting: GraphStep[] = [...barriers, ...steps]
  const { concurrency } = options
  const limit = (): number =>
    Math.max(
      1,
      Math.floor(
        typeof concurrency === 'function' ? concurrency() : concurrency
      )
    )
  const pooledLimit = Math.max(1, Math.floor(options.pooledConcurrency ?? 64))
  const isPooled = options.isPooled ?? (() => false)
  const pooledRunning = new Set<string>()
  // Steps that lent their slot, and those asking for one back (served
  // before any new step starts).
  const lent = new Set<string>()
  const reclaims: Array<{ id: string; granted: () => void }> = []
  let wake = (): void => undefined
  const bounded = (): number => running.size - pooledRunning.size - lent.size
  const hasSlot = (step: S): boolean =>
    isPooled(step) ? pooledRunning.size < pooledLimit : bounded() < limit()
  const { signal } = options
  // A run asked to stop starts no new step, so the bound protects nothing
  // then: a step that must undo its release gets its place at once.
  const stopping = (): boolean => signal?.aborted === true
  const slotOf = (step: S): StepSlot => ({
    lend: () => {
      if (outcomes.has(step.id) || isPooled(step) || lent.has(step.id)) return
      lent.add(step.id)
      wake()
    },
    reclaim: () => {
      if (!lent.has(step.id)) return Promise.resolve()
      if (stopping()) {
        lent.delete(step.id)
        return Promise.resolve()
      }
      return new Promise<void>((granted) => {
        reclaims.push({ id: step.id, granted })
        wake()
      })
    }
  })
  const onStop = (): void => wake()
  signal?.addEventListener('abort', onStop)
  try {
    while (waiting.length > 0 || running.size > 0) {
      await walkOnce()
    }
  } finally {
    signal?.removeEventListener('abort', onStop)
  }
  return steps.map((s) => outcomes.get(s.id) as StepOutcome)

  /**
   * One pass: places given back, skips settled, ready steps started; then
   * it sleeps until a step ends, lends or reclaims its place, or the run
   * is asked to stop. A pass reads all its state afresh, so a wake-up
   * that came while the walk was busy is never lost.
   */
  async function walkOnce(): Promise<void> {
    while (reclaims.length > 0 && (stopping() || bounded() < limit())) {
      const next = reclaims.shift() as (typeof reclaims)[number]
      lent.delete(next.id)
      next.granted()
    }
    // Settle skips first: they may free further steps in the same pass.
    for (let i = 0; i < waiting.length;) {
      const step = waiting[i] as S
      const blocker = blockingCause(step, known, outcomes)
      const deps = step.dependsOn.filter((d) => known.has(d))
      const settled = deps.every((d) => outcomes.has(d))
      if (isBarrier.has(step.id) && (blocker !== undefined || settled)) {
        outcomes.set(step.id, passed(step.id, blocker))
        waiting.splice(i, 1)
      } else if (blocker !== undefined || (settled && stopping())) {
        outcomes.set(step.id, skipped(step.id, blocker))
        waiting.splice(i, 1)
      } else if (settled && hasSlot(step)) {
        waiting.splice(i, 1)
        if (isPooled(step)) pooledRunning.add(step.id)
        // Its place is given up before `running` forgets it: a walk woken
        // in between must not count a free place twice.
        const runHere = (s: S): Promise<StepOutcome> =>
          run(s, slotOf(s)).finally(() => {
            pooledRunning.delete(s.id)
            lent.delete(s.id)
          })
        running.set(
          step.id,
          start(step, runHere, outcomes, running).then(() => wake())
        )
      } else {
        i++
      }
    }
    if (running.size === 0) {
      // Only reachable with a dependency cycle, which the planner rejects;
      // skipping beats hanging forever.
      for (const step of waiting.splice(0)) {
        outcomes.set(step.id, skipped(step.id, undefined, 'dependency cycle'))
      }
      return
    }
    await new Promise<void>((woken) => (wake = woken))
  }
}

function start<S extends GraphStep>(
  step: S,
  run: (step: S) => Promise<StepOutcome>,
  outcomes: Map<string, StepOutcome>,
  running: Map<string, Promise<void>>
): Promise<void> {
  return run(step)
    .catch((error: unknown): StepOutcome => ({
      step: step.id,
      status: 'failed',
      message: getErrorMessage(error),
      retries: 0,
      durationMs: 0,
      changes: []
    }))
    .then((outcome) => {
      outcomes.set(step.id, outcome)
      running.delete(step.id)
    })
}

/**
 * The failed step that blocks `step`: a failed dependency itself, or the
 * cause recorded on a skipped one, so every skip names the root failure.
 */
function blockingCause(
  step: GraphStep,
  known: ReadonlySet<string>,
  outcomes: ReadonlyMap<string, StepOutcome>
): string | undefined {
  for (const dep of step.dependsOn) {
    if (!known.has(dep)) continue
    const outcome = outcomes.get(dep)
    if (outcome?.status === 'failed') return dep
    if (outcome?.status === 'skipped') return outcome.skippedBecause ?? dep
  }
  return undefined
}

/** A barrier's outcome: skipped behind a failure, else passed. */
function passed(id: string, cause: string | undefined): StepOutcome {
  if (cause !== undefined) return skipped(id, cause)
  return {
    step: id,
    status: 'unchanged',
    retries: 0,
    durationMs: 0,
    changes: []
  }
}

function skipped(
  id: string,
  cause: string | undefined,
  why = 'the run was cancelled'
): StepOutcome {
  return {
    step: id,
    status: 'skipped',
    message: cause ? `skipped because ${cause} failed` : why,
    ...(cause ? { skippedBecause: cause } : {}),
    retries: 0,
    durationMs: 0,
    changes: []
  }
}
