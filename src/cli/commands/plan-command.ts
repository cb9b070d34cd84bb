/**
 * `clustersync plan [definition] [--kubeconfig file] [--context name]
 * [--live|--no-live] [--no-prune] [--allow-destructive-prune]
 * [--format text|json|github]`: validates the definition
 * and prints the ordered plan. With a cluster (a kubeconfig from the flag or
 * KUBECONFIG, or `--live`) it also shows what would change there, found with
 * server-side dry-runs; nothing is applied. Exit 0 planned, 1 invalid,
 * 2 usage, 3 cluster unreachable; with `--detailed-exitcode`, 4 when the
 * cluster would change. A folder plans every cluster in it, offline.
 */
import { chartMirrorOption, clusterOptions } from './cluster-flags.js'
import { workflowOptions } from './workflow-flags.js'
import { planPruneFlags } from './sync-flags.js'
import type { Command } from '../context.js'
import {
  definitionOptions,
  formatOption,
  withGlobalOptions
} from '../shared-options.js'

/** The `plan` command, registered in commands/all-commands.ts. */
export const planCommand: Command = {
  name: 'plan',
  summary:
    'Show the order steps will be applied in and why; with a kubeconfig, what would change on the cluster',
  usage: 'clustersync plan [definition|folder] [flags]',
  options: withGlobalOptions(
    ...definitionOptions,
    formatOption(['text', 'json', 'github']),
    {
      name: 'kubeconfig',
      type: 'string',
      valueName: '<file>',
      complete: 'file',
      description:
        'Kubeconfig of the cluster to compare with (default: KUBECONFIG); turns on the live preview'
    },
    {
      name: 'context',
      type: 'string',
      valueName: '<name>',
      complete: 'context',
      description: 'Kubeconfig context (default: its current context)'
    },
    {
      name: 'live',
      type: 'boolean',
      negatable: true,
      description:
        'Compare with the cluster (default: on when a kubeconfig is given); --no-live plans offline'
    },
    {
      name: 'ref',
      type: 'string',
      valueName: '<branch>',
      description: 'Branch being planned, for the wrong-branch check'
    },
    chartMirrorOption,
    ...clusterOptions.filter((o) => o.name === 'kubectl' || o.name === 'helm'),
    // As the sync would prune: listed, left in place, or stopped by the guard.
    ...planPruneFlags,
    {
      name: 'detailed-exitcode',
      type: 'boolean',
      description:
        'Exit 4 when the cluster would change or has drifted (0 nothing to change, 1 invalid or failed, 3 unreachable); needs a cluster'
    },
    ...workflowOptions
  ),
  examples: [
    {
      description:
        'Show the order the steps of cluster.yaml would run in, offline',
      command: 'clustersync plan --no-live'
    },
    {
      description:
        'Also show what would change on the cluster (server-side dry runs)',
      command:
        'clustersync plan clusters/prod/cluster.yaml --kubeconfig ~/.kube/prod.yaml --context prod'
    },
    {
      description:
        'Branch in a script on whether the cluster would change (exit 4) or not (exit 0)',
      command:
        'clustersync plan clusters/prod/cluster.yaml --kubeconfig prod.yaml --detailed-exitcode'
    },
    {
      description: 'The plan as JSON, for a script',
      command: 'clustersync plan --no-live --format json'
    }
  ],
  // The work (and most of ClusterSync's code) loads only when it runs.
  run: async (args, ctx) => (await import('./plan-run.js')).runPlan(args, ctx)
}
