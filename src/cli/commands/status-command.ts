/**
 * `clustersync status [definition] --kubeconfig <file> [--chart-mirror FROM=TO]
 * [--format text|json|github]`:
 * answers from the cluster what Ankra's banner shows — Synced (last synced
 * commit and time), Syncing (a sync holds the lock), Error (the last sync
 * failed, and why) or Not Configured (never synced) — and whether the live
 * objects drifted. Give it the sync's `--chart-mirror` flags: add-ons are
 * compared as that sync planned them, mirrored. Exit codes: 0 Synced, 1
 * otherwise, 3 cluster unreachable.
 */
import type { Command } from '../context.js'
import {
  definitionOptions,
  formatOption,
  withGlobalOptions
} from '../shared-options.js'
import { chartMirrorOption, clusterOptions } from './cluster-flags.js'
import { workflowOptions } from './workflow-flags.js'

/** The `status` command, registered in commands/all-commands.ts. */
export const statusCommand: Command = {
  name: 'status',
  summary:
    'Show the sync status recorded in the cluster: Synced, Syncing, Error or Not Configured, and drift',
  usage: 'clustersync status [definition] --kubeconfig <file> [flags]',
  options: withGlobalOptions(
    ...definitionOptions,
    formatOption(
      ['text', 'json', 'github'],
      '; github prints the text, which has nothing to annotate'
    ),
    ...clusterOptions,
    chartMirrorOption,
    // The sync's variables: without them every step that uses one differs
    // from what was applied, and its drift is never compared.
    ...workflowOptions
  ),
  examples: [
    {
      description: 'Is the cluster of cluster.yaml synced, and has it drifted?',
      command: 'clustersync status --kubeconfig ~/.kube/prod.yaml'
    },
    {
      description: 'The same for a sync that used a chart mirror, as JSON',
      command:
        'clustersync status clusters/prod/cluster.yaml --kubeconfig prod.yaml --chart-mirror https://charts.example.com=http://mirror.internal/charts --format json'
    }
  ],
  // The work (and most of ClusterSync's code) loads only when it runs.
  run: async (args, ctx) =>
    (await import('./status-run.js')).runStatus(args, ctx)
}
