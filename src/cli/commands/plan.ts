/**
 * `clustersync plan [definition] [--kubeconfig file] [--context name]
 * [--live|--no-live] [--format text|json|github]`: validates the definition
 * and prints the ordered plan. With a cluster (a kubeconfig from the flag or
 * KUBECONFIG, or `--live`) it also shows what would change there, found with
 * server-side dry-runs; nothing is applied. Exit 0 planned, 1 invalid,
 * 2 usage, 3 cluster unreachable.
 */
import { chartMirrorOption } from './cluster-flags.js'
import type { Command } from '../context.js'

/** The `plan` command, registered in commands/index.ts. */
export const planCommand: Command = {
  name: 'plan',
  summary:
    'Show the order steps will be applied in and why; with a kubeconfig, what would change on the cluster',
  usage:
    'clustersync plan [definition] [-f path] [--root dir] [--kubeconfig file] [--context name] [--live|--no-live] [--format text|json|github]',
  options: [
    {
      name: 'kubeconfig',
      type: 'string',
      description:
        'Kubeconfig of the cluster to compare with (default: KUBECONFIG); turns on the live preview'
    },
    {
      name: 'context',
      type: 'string',
      description: 'Kubeconfig context (default: its current context)'
    },
    {
      name: 'live',
      type: 'boolean',
      description:
        'Compare with the cluster (default: on when a kubeconfig is given); --no-live plans offline'
    },
    {
      name: 'ref',
      type: 'string',
      description: 'Branch being planned, for the wrong-branch check'
    },
    chartMirrorOption
  ],
  // The work (and most of ClusterSync's code) loads only when it runs.
  run: async (args, ctx) => (await import('./plan-run.js')).runPlan(args, ctx)
}
