/**
 * The flags of `clustersync sync`, apart from the command: the CLI's entry
 * reads a sync's command line with them before the command has loaded
 * (cli/early-channel.ts).
 */
import type { OptionSpec } from '../args.js'
import { chartMirrorOption, clusterOptions } from './cluster-flags.js'

export const syncOptions: readonly OptionSpec[] = [
  ...clusterOptions,
  chartMirrorOption,
  {
    name: 'full',
    type: 'boolean',
    description:
      'Re-apply every step, not only changed ones; reports drift it corrected'
  },
  {
    name: 'prune',
    type: 'boolean',
    description:
      'Remove what the definition no longer declares (default on; --no-prune to keep it)'
  },
  {
    name: 'allow-destructive-prune',
    type: 'boolean',
    description:
      'Allow pruning Namespaces, CRDs, PVCs or more than half of the inventory'
  },
  {
    name: 'concurrency',
    type: 'number',
    description:
      'add-on steps at once (default 4); API requests in flight: twice that (kubectl processes on the fallback: that many)'
  },
  {
    name: 'timeout',
    type: 'string',
    description: 'Time one step may take to apply and become ready (default 5m)'
  },
  {
    name: 'lock-timeout',
    type: 'string',
    description:
      'How long to wait for another sync of the cluster (default 10m)'
  },
  {
    name: 'ref',
    type: 'string',
    description:
      'Branch being synced (wrong-branch check; default: the git branch)'
  },
  { name: 'verbose', type: 'boolean', description: 'Show debug output' }
]
