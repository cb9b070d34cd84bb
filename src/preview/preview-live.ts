/**
 * The live preview as commands run it (`clustersync plan --live`, the
 * Action's pull-request preview and drift check): previewPlan with the
 * manifest steps' dry-runs and reads over the API channel when one opens,
 * and the prune list from the inventory read by the same client.
 *
 * Why: two kubectl processes per step took 16.2 s for a plan of 110 steps
 * (1,000 objects) where the sync itself took 2.5 s.
 */
import type { Plan } from '../plan/plan-types.js'
import type { PlanPreview } from '../plan/preview.js'
import type { Clock } from '../ports/clock.js'
import type { Exec } from '../ports/exec.js'
import type { KubeApiOpener } from '../ports/kube-api.js'
import { openClusterClient } from '../cluster/open-client.js'
import { defaultPreviewOptions, previewPlan } from './diff.js'
import { previewPruneLive } from './diff-prune.js'
import { applySetId, readInventory } from '../state/inventory.js'
import { allHeld, heldSecrets } from '../state/held-secrets.js'
import { goneByDesign } from '../engine/gone-by-design.js'
import { moveLegacyStepIds } from '../state/inventory-ids.js'
import {
  defaultHelmConfig,
  defaultKubectlConfig,
  type KubectlConfig,
  type PruneOptions
} from '../engine/engine-options.js'
import { HelmClient } from '../cluster/helm.js'
import type { RegistryCredentials } from '../secrets/registry-credentials.js'
import { retryAnnouncer, type RetryListener } from '../cluster/retry.js'
import type { SopsKeys } from '../engine/decrypt-step.js'

/**
 * `clustersync plan --live`: previews `plan` on the cluster `target` names
 * (kubectl's defaults otherwise, so KUBECONFIG is read when no file is
 * given). `warn` hears each retry once per wait: reads sent together wait
 * together.
 */
export async function previewLive(
  plan: Plan,
  ports: { exec: Exec; clock: Clock; kubeApi?: KubeApiOpener },
  target: {
    kubeconfig?: string
    context?: string
    root?: string
    /** Logins for charts that name a credential; see ReleaseRendering. */
    credentials?: RegistryCredentials
    /** Decrypts SOPS-encrypted steps; see ReleaseRendering. */
    sops?: SopsKeys
    noKeyHint?: string
    /** The kubectl binary (default `kubectl`), for reads without the API channel. */
    kubectl?: string
    /** The helm binary that renders add-ons (default `helm`). */
    helm?: string
    /** The sync's prune settings (default: pruning on, guarded). */
    prune?: PruneOptions
  },
  warn: (line: string) => void
): Promise<PlanPreview> {
  return previewOnCluster(
    plan,
    ports,
    {
      ...defaultKubectlConfig(),
      ...(target.kubectl ? { binary: target.kubectl } : {}),
      ...(target.kubeconfig ? { kubeconfig: target.kubeconfig } : {}),
      ...(target.context ? { context: target.context } : {})
    },
    retryAnnouncer(warn, ports.clock).listener,
    {
      ...(target.helm ? { helm: target.helm } : {}),
      ...(target.root ? { root: target.root } : {}),
      ...(target.credentials ? { credentials: target.credentials } : {}),
      ...(target.sops ? { sops: target.sops } : {}),
      ...(target.noKeyHint ? { noKeyHint: target.noKeyHint } : {}),
      ...(target.prune ? { prune: target.prune } : {})
    }
  )
}

/**
 * How add-ons' releases are rendered: helm's binary, the chart folders'
 * root, and the registry credentials a sync would log in with; and how
 * SOPS-encrypted manifests and values are opened: the run's age
 * identities, or how to give one (PreviewOptions).
 */
export interface ReleaseRendering {
  helm?: string
  root?: string
  credentials?: RegistryCredentials
  sops?: SopsKeys
  noKeyHint?: string
}

/**
 * How the sync being previewed would run: its add-ons rendered as above,
 * and its prune settings (`prune`, `allow-destructive-prune`), so the plan
 * lists only what that sync deletes and names the guard only where it stops.
 */
export interface PreviewedSync extends ReleaseRendering {
  prune?: PruneOptions
  /** Ends the comparison (the Action's timeout): helm processes and reads stop. */
  signal?: AbortSignal
}

/**
 * Previews `plan` on the cluster `config` names; see the file comment.
 * `onRetry` hears each retry of a read or dry-run over the channel.
 */
export async function previewOnCluster(
  plan: Plan,
  ports: { exec: Exec; clock: Clock; kubeApi?: KubeApiOpener },
  config: KubectlConfig,
  onRetry?: RetryListener,
  rendering: PreviewedSync = {}
): Promise<PlanPreview> {
  const options = defaultPreviewOptions(ports.exec)
  // A preview reports an unreachable cluster at once, as the kubectl
  // processes did (they were never retried); one retry rides out a blip.
  const session = await openClusterClient(
    ports,
    { ...config, retry: { ...config.retry, attempts: 2 } },
    {
      concurrency: options.concurrency,
      ...(onRetry ? { onRetry } : {}),
      ...(rendering.signal ? { signal: rendering.signal } : {})
    }
  )
  // Registry logins and chart pulls as a sync makes them, in private
  // folders removed at the end; a login only for a chart that names a
  // credential, a pull only for a chart from an HTTP(S) repository.
  const helm = new HelmClient(ports.exec, ports.clock, {
    ...defaultHelmConfig(),
    // As for the cluster: one retry rides out a blip, and an unreachable
    // chart repository is reported without a minute of backoff.
    retry: { ...defaultHelmConfig().retry, attempts: 2 },
    binary: rendering.helm ?? 'helm',
    ...(rendering.credentials?.size
      ? { credentials: rendering.credentials }
      : {}),
    ...(config.kubeconfig ? { kubeconfig: config.kubeconfig } : {}),
    ...(config.context ? { context: config.context } : {}),
    ...(rendering.signal ? { signal: rendering.signal } : {})
  })
  // One read of the inventory, started now and awaited where needed: the
  // prune list and what the cluster holds secrets in (held-secrets.ts).
  const inventory = readInventory(session.client, plan.cluster).then((read) =>
    moveLegacyStepIds(read, plan)
  )
  // Awaited by whoever needs it first; a failure is theirs to report.
  inventory.catch(() => undefined)
  // Unreadable or missing: every value is hidden (held-secrets.ts), and the
  // prune list reports why it could not be read.
  const held = inventory.then(heldSecrets).catch(() => allHeld)
  try {
    return await previewPlan(plan, {
      ...(rendering.credentials?.size
        ? { chartAccess: (chart) => helm.chartAccess(chart) }
        : {}),
      locateChart: (request) => helm.locateChart(request),
      ...options,
      ...(config.kubeconfig ? { kubeconfig: config.kubeconfig } : {}),
      ...(config.context ? { context: config.context } : {}),
      ...(session.overApi ? { kubectl: session.client } : {}),
      ...(rendering.helm ? { helm: rendering.helm } : {}),
      ...(rendering.root ? { root: rendering.root } : {}),
      ...(rendering.sops ? { sops: rendering.sops } : {}),
      ...(rendering.noKeyHint ? { noKeyHint: rendering.noKeyHint } : {}),
      loadPrune: async () =>
        previewPruneLive(
          plan,
          await inventory,
          session.client,
          rendering.prune
        ),
      heldSecrets: () => held,
      goneByDesign: async () =>
        goneByDesign(plan, await inventory, applySetId(plan.cluster))
    })
  } finally {
    helm.close()
    await session.close()
  }
}
