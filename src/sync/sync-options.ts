/**
 * Everything a sync is told, in one value: the CLI builds it from its flags,
 * the Action from its inputs (action/sync-runner.ts). Types only, so the
 * sync's modules share it without importing each other.
 */
import type { ChartMirror } from '../definition/chart-mirrors.js'
import type { ClusterConnection } from '../cluster/connection.js'
import type { Clock } from '../ports/clock.js'
import type { Exec } from '../ports/exec.js'
import type { FileSystem } from '../ports/fs.js'
import type { Logger } from '../ports/logger.js'
import type { RegistrySource } from '../validate/check-definition.js'
import type { ClusterOptions } from './apply-to-cluster.js'
import type { SyncSource } from './sync-result.js'
import type { ClusterVariables } from '../secrets/cluster-variables.js'

/** See the file comment. */
export interface SyncOptions extends ClusterOptions {
  fs: FileSystem
  exec: Exec
  clock: Clock
  logger: Logger
  /** Repository root and the definition's path relative to it. */
  root: string
  file: string
  /** The branch synced (wrong-branch check) and the commit (history). */
  ref?: string
  commit?: string
  /** The registry catalog, or a loader called only when an add-on uses `registry_name`. */
  registries?: RegistrySource
  source: SyncSource
  triggeredBy?: string
  filesUrl?: string
  /**
   * Cluster-level variables from the workflow (secrets/cluster-variables.ts);
   * the registry credentials travel in `helm.credentials`.
   */
  variables?: ClusterVariables
  /** Fetch charts from these mirrors instead of the URLs written (see chart-mirrors.ts). */
  chartMirrors?: readonly ChartMirror[]
  /**
   * The run's one connection to the cluster, opened by the caller
   * (cluster/connection.ts). Without it the cluster side runs one kubectl
   * process per call and the unchanged-files check is skipped.
   */
  connection?: ClusterConnection
  /**
   * Identifies the code that validates and plans (a digest of the running
   * bundle and its schema). With it, a Synced run records what it read and
   * a later run of the same bytes skips validating (state/unchanged-inputs.ts).
   */
  build?: string
}
