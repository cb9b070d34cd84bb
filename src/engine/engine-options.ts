/**
 * The apply engine's settings and their defaults, apart from the engine:
 * the CLI and the Action build a sync's options from these when they start,
 * while the engine itself (kubectl.ts, helm.ts, health.ts, prune.ts,
 * lock.ts) loads only once a sync applies. A sync with nothing to do never
 * loads it (53 KB less to compile on every run, see BENCHMARKS.md).
 */
import { defaultRetryOptions, type RetryOptions } from '../cluster/retry.js'
import type { RegistryCredentials } from '../secrets/registry-credentials.js'

/** Where kubectl is and which cluster it talks to. */
export interface KubectlConfig {
  /** The kubectl binary (a name on PATH or a path). */
  binary: string
  kubeconfig?: string
  context?: string
  /** Kill one kubectl process after this long. */
  callTimeoutMs: number
  retry: RetryOptions
}

/** kubectl from PATH, the current kubeconfig, 2 minutes per call. */
export function defaultKubectlConfig(): KubectlConfig {
  return {
    binary: 'kubectl',
    callTimeoutMs: 120_000,
    retry: defaultRetryOptions()
  }
}

/** Where helm is and which cluster it talks to. */
export interface HelmConfig {
  binary: string
  kubeconfig?: string
  context?: string
  retry: RetryOptions
  /**
   * Ends every helm process of the run when aborted (a cancelled job whose
   * steps in flight ran out of their grace): helm is told to stop, the
   * step fails, and the end is still recorded.
   */
  signal?: AbortSignal
  /** Chart registry logins by credential name (cluster/helm-logins.ts). */
  credentials?: RegistryCredentials
}

/** helm from PATH with the default retry policy. */
export function defaultHelmConfig(): HelmConfig {
  return { binary: 'helm', retry: defaultRetryOptions() }
}

/** Bounds of one wait. */
export interface HealthOptions {
  timeoutMs: number
  intervalMs: number
  /** Ends the wait early (a cancelled run); the wait then fails saying so. */
  signal?: AbortSignal
}

/** 5 minutes, polled every 2 seconds. */
export function defaultHealthOptions(): HealthOptions {
  return { timeoutMs: 300_000, intervalMs: 2_000 }
}

/** Guard rails; see `defaultPruneOptions`. */
export interface PruneOptions {
  enabled: boolean
  /** Allows deleting Namespaces, CRDs, PVCs and large shares of the inventory. */
  allowDestructive: boolean
  /** Largest share of the inventory's objects one sync may delete … */
  maxShare: number
  /** … once the inventory holds more than this many objects. */
  minObjectsForShare: number
}

/** Prune on; destructive deletes need opt-in; at most half of > 4 objects. */
export function defaultPruneOptions(): PruneOptions {
  return {
    enabled: true,
    allowDestructive: false,
    maxShare: 0.5,
    minObjectsForShare: 4
  }
}

/** The defaults with a sync's two prune switches (`--no-prune`, `--allow-destructive-prune`). */
export function pruneOptionsWith(
  enabled: boolean,
  allowDestructive: boolean
): PruneOptions {
  return { ...defaultPruneOptions(), enabled, allowDestructive }
}

/** How the lock is taken; see `defaultLockOptions`. */
export interface LockOptions {
  /** Who holds it: user, host and run id, shown to whoever waits. */
  identity: string
  /** A holder that stops renewing loses the lock after this long. */
  leaseDurationSeconds: number
  /** How long a second run waits before it gives up. */
  waitTimeoutMs: number
  pollIntervalMs: number
}

/** 60 s leases (renewed every 20 s), wait up to 10 minutes. */
export function defaultLockOptions(identity: string): LockOptions {
  return {
    identity,
    leaseDurationSeconds: 60,
    waitTimeoutMs: 600_000,
    pollIntervalMs: 2_000
  }
}
