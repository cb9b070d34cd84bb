/**
 * One sync at a time per cluster: a coordination.k8s.io Lease in
 * `clustersync-system`, taken with optimistic concurrency (create, or replace
 * at a known resourceVersion) and renewed while the sync runs. A second run
 * waits for it, then fails naming the holder; a lease whose holder stopped
 * renewing (a killed runner) expires after `leaseDurationSeconds` and is
 * taken over.
 */
import { stopReason } from '../run-signals.js'
import { getErrorMessage } from '../errors.js'
import type { Clock } from '../ports/clock.js'
import type { Logger } from '../ports/logger.js'
import { leaseName, systemNamespace } from './cluster-names.js'
import { systemNamespaceObject } from './inventory.js'
import type { ClusterClient } from '../cluster/cluster-client.js'
import {
  parseKubectlJson,
  type KubeJson,
  type ObjectRef
} from '../cluster/kube-objects.js'
import type { LockOptions } from '../engine/engine-options.js'

/** Thrown when the lock stayed taken for the whole wait. */
export class LockTimeoutError extends Error {
  override readonly name = 'LockTimeoutError'
  constructor(
    readonly holder: string,
    waitedMs: number
  ) {
    super(
      `another sync holds the cluster lock (held by ${holder}); waited ${Math.round(waitedMs / 1000)}s`
    )
  }
}

/** Thrown when the run was cancelled while it waited for the lock. */
export class LockWaitCancelledError extends Error {
  override readonly name = 'LockWaitCancelledError'
  constructor(
    readonly holder: string,
    waitedMs: number,
    /** Why the wait ended: stopReason's words (cancelled, out of time). */
    why = 'the run was cancelled'
  ) {
    super(
      `${why} while waiting for the cluster lock (held by ${holder}, waited ${Math.round(waitedMs / 1000)}s): nothing was applied`
    )
  }
}

/** Who holds the lock, as `status` reports it. */
export interface LockState {
  holder: string
  renewTime?: string
  expired: boolean
}

/** A held lock: release it when the sync ends (renewal stops then too). */
export interface HeldLock {
  release(): Promise<void>
  /** Set when a renewal found the lease taken by someone else. */
  lost(): boolean
}

/**
 * Takes the cluster's lock, waiting while another live holder has it.
 * Throws LockTimeoutError naming the holder when `waitTimeoutMs` runs out,
 * LockWaitCancelledError as soon as `cancel` aborts during the wait.
 */
export async function acquireLock(
  kubectl: ClusterClient,
  cluster: string,
  clock: Clock,
  logger: Logger,
  options: LockOptions,
  cancel?: AbortSignal
): Promise<HeldLock> {
  const started = clock.now().getTime()
  // Optimistic first: a released lock is deleted, so the lease is usually
  // absent and one `create` takes it; a read first would cost a kubectl call
  // on every sync. AlreadyExists (or a missing namespace, created here) falls
  // through to the read-and-decide loop below, which is unchanged.
  const at = clock.now()
  const first = await writeLease(kubectl, cluster, options, at, undefined, at)
  if (first !== undefined) {
    return startRenewal(kubectl, cluster, clock, logger, options, first, at)
  }
  let announced = ''
  for (;;) {
    const current = await readLease(kubectl, cluster)
    const now = clock.now()
    const state = current ? leaseState(current, now) : undefined
    if (!current || state?.expired || state?.holder === options.identity) {
      const rv = current ? resourceVersion(current) : undefined
      if (current && state?.expired && state.holder !== options.identity) {
        logger.warning(
          `taking over the cluster lock from ${state.holder}: it expired`
        )
      }
      const held = await writeLease(kubectl, cluster, options, now, rv, now)
      if (held !== undefined) {
        return startRenewal(kubectl, cluster, clock, logger, options, held, now)
      }
      continue // someone else won the race; look again
    }
    const waited = now.getTime() - started
    if (cancel?.aborted) {
      throw new LockWaitCancelledError(
        state?.holder ?? 'unknown',
        waited,
        stopReason(cancel)
      )
    }
    if (waited >= options.waitTimeoutMs) {
      throw new LockTimeoutError(state?.holder ?? 'unknown', waited)
    }
    if (announced !== state?.holder) {
      announced = state?.holder ?? ''
      logger.info(`waiting for the cluster lock, held by ${announced}`)
    }
    await clock.sleep(options.pollIntervalMs, cancel)
  }
}

/** The lock's holder, or undefined when nobody holds it. */
export async function readLock(
  kubectl: ClusterClient,
  cluster: string,
  now: Date
): Promise<LockState | undefined> {
  const lease = await readLease(kubectl, cluster)
  return lease ? leaseState(lease, now) : undefined
}

function startRenewal(
  kubectl: ClusterClient,
  cluster: string,
  clock: Clock,
  logger: Logger,
  options: LockOptions,
  firstVersion: string,
  acquired: Date
): HeldLock {
  const stop = new AbortController()
  let version = firstVersion
  let lost = false
  const every = (options.leaseDurationSeconds * 1000) / 3
  const loop = (async () => {
    while (!stop.signal.aborted && !lost) {
      await clock.sleep(every, stop.signal)
      if (stop.signal.aborted) break
      let next: string | undefined
      try {
        next = await writeLease(
          kubectl,
          cluster,
          options,
          clock.now(),
          version,
          acquired
        )
      } catch (error) {
        // Not answered (the cluster is away for a moment): nobody else can
        // take the lease meanwhile, so try again at the next turn; only a
        // lease written by another run (undefined below) means it is lost.
        logger.warning(
          `could not renew the cluster lock, trying again: ${getErrorMessage(error)}`
        )
        continue
      }
      if (next === undefined) {
        lost = true
        logger.warning('lost the cluster lock: another run took it over')
      } else version = next
    }
  })()
  return {
    lost: () => lost,
    release: async () => {
      stop.abort()
      await loop
      if (lost) return
      // Delete only our own lease: over the API channel its last
      // resourceVersion is the precondition, so a lease another run took
      // over meanwhile stays (the kubectl fallback cannot say so). A failure
      // just leaves a lease that expires on its own.
      await kubectl
        .deleteOnce(leaseRef(cluster), version)
        .catch(() => undefined)
    }
  }
}

/** Creates (rv undefined) or replaces the lease; the new resourceVersion, or undefined if another run got there first. */
async function writeLease(
  kubectl: ClusterClient,
  cluster: string,
  options: LockOptions,
  now: Date,
  rv: string | undefined,
  acquired: Date
): Promise<string | undefined> {
  const lease: KubeJson = {
    apiVersion: 'coordination.k8s.io/v1',
    kind: 'Lease',
    metadata: {
      name: leaseName(cluster),
      namespace: systemNamespace,
      ...(rv ? { resourceVersion: rv } : {})
    },
    spec: {
      holderIdentity: options.identity,
      leaseDurationSeconds: options.leaseDurationSeconds,
      acquireTime: microTime(acquired),
      renewTime: microTime(now)
    }
  }
  const verb = rv ? 'replace' : 'create'
  const result = await kubectl.writeOnce(verb, lease)
  if (result.exitCode === 0) {
    const [written] = parseKubectlJson(result.stdout)
    return (written && resourceVersion(written)) ?? ''
  }
  if (
    /AlreadyExists|already exists|has been modified|Conflict/i.test(
      result.stderr
    )
  )
    return undefined
  if (/namespaces? "?clustersync-system"? not found/i.test(result.stderr)) {
    await kubectl
      .writeOnce('create', systemNamespaceObject())
      .catch(() => undefined)
    return undefined
  }
  throw kubectl.toolError([verb, 'lease'], result)
}

/** The cluster's Lease. */
export function leaseRef(cluster: string): ObjectRef {
  return {
    apiVersion: 'coordination.k8s.io/v1',
    kind: 'Lease',
    name: leaseName(cluster),
    namespace: systemNamespace
  }
}

async function readLease(
  kubectl: ClusterClient,
  cluster: string
): Promise<KubeJson | undefined> {
  const [lease] = await kubectl.get([leaseRef(cluster)])
  return lease
}

function leaseState(lease: KubeJson, now: Date): LockState {
  const spec = (lease.spec ?? {}) as Record<string, unknown>
  const holder =
    typeof spec.holderIdentity === 'string' ? spec.holderIdentity : 'unknown'
  const renew = typeof spec.renewTime === 'string' ? spec.renewTime : undefined
  const duration = Number(spec.leaseDurationSeconds ?? 0)
  const expired =
    renew === undefined || Date.parse(renew) + duration * 1000 < now.getTime()
  return { holder, ...(renew ? { renewTime: renew } : {}), expired }
}

function resourceVersion(object: KubeJson): string | undefined {
  const metadata = (object.metadata ?? {}) as Record<string, unknown>
  return typeof metadata.resourceVersion === 'string'
    ? metadata.resourceVersion
    : undefined
}

/** RFC 3339 with microseconds, as the Lease's MicroTime fields want. */
function microTime(date: Date): string {
  return date.toISOString().replace(/\.(\d{3})Z$/, '.$1000Z')
}
