/**
 * How many add-on steps run at once. Each is one `helm upgrade --install`
 * process that works for a fraction of a second (render, send, a
 * CPU-second or less) and then mostly waits for the release to become
 * ready (helm's wait, or on helm 3 ClusterSync's: addon-wait.ts), so a
 * fixed four at a time leaves the machine and the API server idle through
 * most of a run, while "all at once" piles every process's start onto the
 * CPU together and can swamp a small API server.
 *
 * So the bound starts at four per core (twice the old fixed default of
 * four on a 2-core runner: a small run then needs one round, not two) and
 * grows by one with each add-on that finishes without a retry: one more per
 * healthy answer doubles the bound every round of releases, as TCP's slow
 * start does. A step that needed retries (the API server answered 429 or
 * 5xx, a call timed out, the cluster was briefly away: retry.ts's
 * transient failures) halves it. It never passes a ceiling: what the
 * machine can hold (eight helm processes per core, and one per 128 MiB of
 * free memory: a helm upgrade peaks near 70 MiB), and the user's
 * `--concurrency` / `concurrency` input when given, which stays a cap.
 *
 * The bound counts add-ons at work: one whose release ClusterSync waits for
 * itself lends its place while it only polls (executor.ts, StepSlot).
 */

/** The bounds of the pace. */
export interface AddonPaceOptions {
  /** Add-on steps at once to begin with (≥ 1). */
  start: number
  /** Never more at once than this (≥ 1). */
  ceiling: number
}

/** What the machine running the sync offers (the CLI and Action read it). */
export interface MachineCapacity {
  cores: number
  freeMemoryBytes: number
}

const helmProcessesPerCore = 8
const startPerCore = 4
const memoryPerHelmProcess = 128 * 1024 * 1024

/**
 * The pace's bounds on `machine`, capped at `cap` (the user's concurrency)
 * when one is given.
 */
export function addonPaceFor(
  machine: MachineCapacity,
  cap?: number
): AddonPaceOptions {
  const cores = Math.max(1, Math.floor(machine.cores))
  const byMemory = Math.floor(machine.freeMemoryBytes / memoryPerHelmProcess)
  const byMachine = Math.max(
    1,
    Math.min(cores * helmProcessesPerCore, byMemory)
  )
  const ceiling = Math.max(1, Math.min(cap ?? byMachine, byMachine))
  return { start: Math.min(ceiling, startPerCore * cores), ceiling }
}

/** A fixed bound of `n` (callers that choose no pace: today's behaviour). */
export function fixedAddonPace(n: number): AddonPaceOptions {
  const bound = Math.max(1, Math.floor(n))
  return { start: bound, ceiling: bound }
}

/** The running bound; see the file comment. */
export class AddonPace {
  private current: number

  constructor(private readonly options: AddonPaceOptions) {
    this.current = clamp(options.start, options.ceiling)
  }

  /** Add-on steps that may be in flight now. */
  limit(): number {
    return this.current
  }

  /** An add-on step ended after `retries` retries: grow, or back off. */
  settled(retries: number): void {
    this.current =
      retries > 0
        ? Math.max(1, Math.floor(this.current / 2))
        : clamp(this.current + 1, this.options.ceiling)
  }
}

function clamp(n: number, ceiling: number): number {
  return Math.max(1, Math.min(Math.floor(n), Math.max(1, ceiling)))
}
