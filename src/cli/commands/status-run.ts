/** What `clustersync status` does (status.ts describes the command). */
import { detectDrift, type DriftReport } from '../../preview/status-drift.js'
import {
  applySetId,
  readInventory,
  type LastSync,
  type Inventory,
  type SyncStart
} from '../../state/inventory.js'
import type { KubectlClient } from '../../cluster/kubectl.js'
import {
  openClusterClient,
  type ClusterClient
} from '../../cluster/cluster-client.js'
import { applyChartMirrors } from '../../definition/chart-mirrors.js'
import type { ClusterDefinition } from '../../definition/definition-types.js'
import { readLock, type LockState } from '../../state/lock.js'
import { isUnreachable, retryAnnouncer } from '../../cluster/retry.js'
import { trimOutput, UnreachableError } from '../../errors.js'
import { buildPlan } from '../../plan/build-plan.js'
import { outputFormat, type ParsedArgs } from '../args.js'
import type { CliContext } from '../context.js'
import { resolveTarget } from '../target.js'
import { chartMirrors, clusterConfig } from './cluster-flags.js'
import { checkTarget } from './validate-command.js'

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

export async function runStatus(
  args: ParsedArgs,
  ctx: CliContext
): Promise<number> {
  const target = await resolveTarget(args, ctx)
  const { kubectl: config } = clusterConfig(args, ctx)
  const mirrors = chartMirrors(args)
  // Validated as `validate` and `plan` do (the bundled registry catalog
  // included, or every add-on named by registry_name would be unknown).
  const checked = await checkTarget(args, ctx, target)
  if (!checked.definition) {
    ctx.stderr.write(
      `error: ${target.file} is invalid; run clustersync validate\n`
    )
    return 1
  }
  // Reads and the drift dry-runs go over the API channel when one opens.
  const client = await openClusterClient(
    ctx,
    { ...config, retry: { ...config.retry, attempts: 2 } },
    {
      concurrency: 4,
      // The inventory and the lock are read together: each retry is said once.
      onRetry: retryAnnouncer(
        (line) => ctx.stderr.write(`warning: ${line}\n`),
        ctx.clock
      ).listener
    }
  )
  try {
    // Planned as the sync planned it: through the same chart mirrors, or
    // every mirrored add-on would look changed since.
    const definition = applyChartMirrors(checked.definition, mirrors)
    return await statusWith(definition, client, ctx, args)
  } finally {
    await client.close()
  }
}

async function statusWith(
  definition: ClusterDefinition,
  client: ClusterClient,
  ctx: CliContext,
  args: ParsedArgs
): Promise<number> {
  const { kubectl } = client
  const probe = await kubectl.readyz()
  if (probe.exitCode !== 0) {
    const why = `cannot reach the cluster: ${trimOutput(probe.stderr, 3)}`
    if (isUnreachable(probe)) throw new UnreachableError(why)
    ctx.stderr.write(`error: ${why}\n`)
    return 1
  }
  const cluster = definition.name
  const { status, inventory } = await clusterStatus(cluster, kubectl, ctx)
  if (inventory && status.lastSync && status.status !== 'Not Configured') {
    status.drift = await detectDrift(
      buildPlan(definition),
      inventory,
      kubectl,
      applySetId(cluster)
    )
  }
  ctx.stdout.write(
    outputFormat(args) === 'json'
      ? `${JSON.stringify(status, null, 2)}\n`
      : renderStatus(status)
  )
  return status.status === 'Synced' ? 0 : 1
}

/** The status, and the inventory it was read from (drift uses it too). */
async function clusterStatus(
  cluster: string,
  kubectl: KubectlClient,
  ctx: CliContext
): Promise<{ status: ClusterStatus; inventory: Inventory | undefined }> {
  const [inventory, lock] = await Promise.all([
    readInventory(kubectl, cluster),
    readLock(kubectl, cluster, ctx.clock.now())
  ])
  return { status: statusFrom(cluster, inventory, lock), inventory }
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

function renderStatus(s: ClusterStatus): string {
  const lines = [`${s.cluster}: ${s.status}`]
  if (s.status === 'Syncing' && s.lock) {
    lines.push(`  a sync holds the lock: ${s.lock.holder}`)
  }
  if (s.lastSynced) {
    lines.push(
      `  last synced: ${s.lastSynced.commit?.slice(0, 12) ?? '(no commit)'} at ${s.lastSynced.finishedAt}`
    )
  }
  if (s.unfinished) {
    lines.push(
      `  the sync started at ${s.unfinished.startedAt}${s.unfinished.commit ? ` (commit ${s.unfinished.commit.slice(0, 12)})` : ''} did not finish; part of it may be applied, and the next sync completes it`
    )
  }
  if (s.lastSync && s.lastSync.status === 'error') {
    lines.push(
      `  last sync failed (${s.lastSync.reason}) at ${s.lastSync.finishedAt}: ${s.lastSync.message ?? ''}`
    )
  }
  if (s.drift) {
    const d = s.drift
    if (d.error) lines.push(`  drift unknown: ${d.error}`)
    else if (d.drifted.length > 0)
      lines.push(`  drifted: ${d.drifted.join(', ')}`)
    else lines.push('  no drift in live objects')
    if (d.pending.length > 0)
      lines.push(`  changed since the last sync: ${d.pending.join(', ')}`)
  }
  return `${lines.join('\n')}\n`
}
