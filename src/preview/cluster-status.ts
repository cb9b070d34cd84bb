/**
 * What `clustersync status` reads from the cluster, as one call: the
 * recorded sync (inventory) and the lock give Ankra's banner — Synced,
 * Syncing, Error or Not Configured — and, once synced, the live objects are
 * compared with the definition for drift. Read-only; the caller prints it.
 */
import {
  applyChartMirrors,
  type ChartMirror
} from '../definition/chart-mirrors.js'
import type { ClusterDefinition } from '../definition/definition-types.js'
import { trimOutput, UnreachableError } from '../errors.js'
import { buildPlan } from '../plan/build-plan.js'
import type { Clock } from '../ports/clock.js'
import type { Exec } from '../ports/exec.js'
import type { KubeApiOpener } from '../ports/kube-api.js'
import { openClusterClient } from '../cluster/open-client.js'
import type { ClusterClient } from '../cluster/cluster-client.js'
import { isUnreachable, retryAnnouncer } from '../cluster/retry.js'
import type { KubectlConfig } from '../engine/engine-options.js'
import {
  applySetId,
  readInventory,
  type Inventory,
  type LastSync,
  type SyncStart
} from '../state/inventory.js'
import { readLock, type LockState } from '../state/lock.js'
import {
  detectDrift,
  type DriftOptions,
  type DriftReport
} from './status-drift.js'
import { defaultPreviewOptions, type PreviewOptions } from './diff-exec.js'

/** The status as printed with --format json. */
export interface ClusterStatus {
  cluster: string
  status: 'Synced' | 'Syncing' | 'Error' | 'Not Configured'
  lastSync?: LastSync
  lastSynced?: { commit?: string; finishedAt: string }
  lock?: LockState
  /** A sync that started applying and never finished (killed runner, lost cluster). */
  unfinished?: SyncStart
  drift?: DriftReport
}

/**
 * The status, or why the cluster did not answer its health check although
 * it was reached (`failure`, one message). An unreachable cluster throws
 * UnreachableError.
 */
export type ClusterStatusReading =
  { status: ClusterStatus } | { failure: string }

/** Reads the status of `definition`'s cluster; see the file comment. */
export async function readClusterStatus(
  definition: ClusterDefinition,
  ports: { exec: Exec; clock: Clock; kubeApi?: KubeApiOpener },
  config: KubectlConfig,
  options: {
    /** The sync's chart mirrors: add-ons are compared as it planned them. */
    chartMirrors?: readonly ChartMirror[]
    /** Hears each retry, said once per wait (the reads go out together). */
    warn?: (line: string) => void
    /** The helm binary that reads the releases (default `helm`). */
    helm?: string
    /**
     * The age identities and masking that open encrypted manifests, as a
     * live plan's (PreviewOptions); without identities they are not compared.
     */
    keys?: Pick<PreviewOptions, 'sops' | 'noKeyHint'>
  } = {}
): Promise<ClusterStatusReading> {
  // Reads and the drift dry-runs go over the API channel when one opens.
  const session = await openClusterClient(
    ports,
    { ...config, retry: { ...config.retry, attempts: 2 } },
    {
      concurrency: 4,
      ...(options.warn
        ? { onRetry: retryAnnouncer(options.warn, ports.clock).listener }
        : {})
    }
  )
  try {
    // Planned as the sync planned it: through the same chart mirrors, or
    // every mirrored add-on would look changed since.
    const mirrored = applyChartMirrors(definition, options.chartMirrors ?? [])
    // Releases are read with helm, on the cluster kubectl is told of.
    const helm: PreviewOptions = {
      ...defaultPreviewOptions(ports.exec),
      ...(config.kubeconfig ? { kubeconfig: config.kubeconfig } : {}),
      ...(config.context ? { context: config.context } : {}),
      ...(options.helm ? { helm: options.helm } : {})
    }
    return await statusWith(mirrored, session.client, ports.clock, {
      releases: helm,
      ...(options.keys ? { keys: options.keys } : {})
    })
  } finally {
    await session.close()
  }
}

async function statusWith(
  definition: ClusterDefinition,
  kubectl: ClusterClient,
  clock: Clock,
  drift: DriftOptions
): Promise<ClusterStatusReading> {
  const probe = await kubectl.readyz()
  if (probe.exitCode !== 0) {
    const why = `cannot reach the cluster: ${trimOutput(probe.stderr, 3)}`
    if (isUnreachable(probe)) throw new UnreachableError(why)
    return { failure: why }
  }
  const cluster = definition.name
  const [inventory, lock] = await Promise.all([
    readInventory(kubectl, cluster),
    readLock(kubectl, cluster, clock.now())
  ])
  const status = statusFrom(cluster, inventory, lock)
  if (inventory && status.lastSync && status.status !== 'Not Configured') {
    status.drift = await detectDrift(
      buildPlan(definition),
      inventory,
      kubectl,
      applySetId(cluster),
      drift
    )
  }
  return { status }
}

function statusFrom(
  cluster: string,
  inventory: Inventory | undefined,
  lock: LockState | undefined
): ClusterStatus {
  const base = {
    cluster,
    ...(inventory?.lastSync ? { lastSync: inventory.lastSync } : {}),
    ...(inventory?.lastSynced ? { lastSynced: inventory.lastSynced } : {}),
    ...(lock ? { lock } : {})
  }
  if (lock && !lock.expired) return { ...base, status: 'Syncing' }
  const started = inventory?.lastStarted
  if (
    started &&
    (!inventory.lastSync || started.startedAt > inventory.lastSync.startedAt)
  ) {
    // A sync began applying and never recorded its end: it was killed or
    // lost the cluster, so part of it may be applied. The next sync finishes it.
    return { ...base, status: 'Error', unfinished: started }
  }
  if (!inventory?.lastSync) return { ...base, status: 'Not Configured' }
  return {
    ...base,
    status: inventory.lastSync.status === 'synced' ? 'Synced' : 'Error'
  }
}
