/**
 * How the live preview runs kubectl and helm: the options every preview
 * call shares, and the one place that turns "cannot reach the API server"
 * into UnreachableError (CLI exit code 3).
 */
import { UnreachableError, saysUnreachable, trimOutput } from '../errors.js'
import type { Exec, ExecResult } from '../ports/exec.js'
import type { PrunePreview } from '../plan/preview.js'
import type { ClusterClient } from '../cluster/cluster-client.js'
import type { ChartSource } from '../definition/definition-types.js'
import type { ChartAccess } from '../cluster/helm-logins.js'
import {
  helmConnectionEnv,
  type ChartRequest,
  type LocatedChart
} from '../cluster/helm.js'
import type { SopsKeys } from '../engine/decrypt-step.js'
import { noneHeld, type HeldSecrets } from '../state/held-secrets.js'

export interface PreviewOptions {
  exec: Exec
  /** Passed to kubectl and helm as a flag; the file is never read or printed here. */
  kubeconfig?: string
  context?: string
  /** Steps previewed at once. */
  concurrency: number
  /** Per kubectl/helm call. */
  timeoutMs: number
  /**
   * What a sync would prune (from the inventory in the cluster); without
   * it the preview lists no prunes. The CLI wires `previewPruneLive`.
   */
  loadPrune?: () => Promise<PrunePreview>
  /**
   * Manifest steps' reads and dry-runs go through this client when given
   * (over the API channel: requests, not two kubectl processes per step;
   * cluster-client.ts). Add-ons always ask helm.
   */
  kubectl?: ClusterClient
  /** The helm binary (default `helm` on PATH). */
  helm?: string
  /** The repository root, for add-ons whose chart is a folder in it. */
  root?: string
  /**
   * Logs in to a chart's registry as a sync does (HelmClient.chartAccess,
   * the run's credentials), to render a chart that names a credential.
   */
  chartAccess?: (chart: ChartSource) => Promise<ChartAccess | undefined>
  /**
   * Names a chart as a sync does (HelmClient.locateChart: a chart from an
   * HTTP(S) repository pulled once per run); without it, `chartArgs`.
   */
  locateChart?: (request: ChartRequest) => Promise<LocatedChart>
  /**
   * The run's age identities: SOPS-encrypted manifests and values are
   * decrypted as a sync decrypts them and compared, paths only
   * (preview-decrypt.ts). Without them they are not compared.
   */
  sops?: SopsKeys
  /** How this run is given an age key, said where a step is not compared. */
  noKeyHint?: string
  /**
   * The objects and releases the cluster's inventory records as holding
   * secrets (state/held-secrets.ts): their changes are listed without
   * values, whatever this run's definition says. Without it, none.
   */
  heldSecrets?: () => Promise<HeldSecrets>
  /**
   * The refKeys of objects missing by design (engine/gone-by-design.ts),
   * from the cluster's record: judged as applied when missing.
   */
  goneByDesign?: () => Promise<ReadonlySet<string>>
}

/** What `options` says the cluster holds secrets in (none when it cannot say). */
export async function heldSecretsOf(
  options: Pick<PreviewOptions, 'heldSecrets'>
): Promise<HeldSecrets> {
  return options.heldSecrets ? options.heldSecrets() : noneHeld
}

/** Four steps at a time, two minutes per call. */
export function defaultPreviewOptions(exec: Exec): PreviewOptions {
  return { exec, concurrency: 4, timeoutMs: 120_000 }
}

/** Throws UnreachableError when `stderr` says the API server cannot be reached. */
export function checkReachable(
  options: Pick<PreviewOptions, 'context'>,
  stderr: string,
  timedOut = false
): void {
  if (timedOut || saysUnreachable(stderr)) {
    const where = options.context ? ` (context ${options.context})` : ''
    throw new UnreachableError(
      `the cluster${where} cannot be reached: ${trimOutput(stderr, 2) || 'the call timed out'}`
    )
  }
}

/** Runs kubectl or helm; throws UnreachableError when the API server cannot be reached. */
export async function runTool(
  options: PreviewOptions,
  command: string,
  args: string[],
  input?: string
): Promise<ExecResult> {
  const result = await options.exec.run(command, args, {
    timeoutMs: options.timeoutMs,
    // helm's connection variables (kubectl reads none of them).
    env: { ...helmConnectionEnv },
    ...(input === undefined ? {} : { input })
  })
  if (result.timedOut || result.exitCode !== 0)
    checkReachable(
      options,
      result.stderr || `${command} timed out`,
      result.timedOut
    )
  return result
}
