/** The flags of `clustersync sync`. */
import { booleanOption, type OptionSpec, type ParsedArgs } from '../args.js'
import {
  pruneOptionsWith,
  type PruneOptions
} from '../../engine/engine-options.js'
import {
  definitionOptions,
  formatOption,
  withGlobalOptions
} from '../shared-options.js'
import { chartMirrorOption, clusterOptions } from './cluster-flags.js'
import { workflowOptions } from './workflow-flags.js'

/** How a sync prunes; `plan` takes them too, to list what that sync deletes. */
const pruneFlags: readonly OptionSpec[] = [
  {
    name: 'prune',
    type: 'boolean',
    negatable: true,
    description:
      'Remove what the definition no longer declares (default on; --no-prune to keep it)'
  },
  {
    name: 'allow-destructive-prune',
    type: 'boolean',
    description:
      'Allow pruning Namespaces, CRDs, PVCs or more than half of the inventory'
  }
]

/** The same flags for `plan`, which deletes nothing: they shape what it lists. */
export const planPruneFlags: readonly OptionSpec[] = [
  {
    name: 'prune',
    type: 'boolean',
    negatable: true,
    description:
      'List what a sync would prune (default on); --no-prune lists it as left in place, as sync --no-prune leaves it'
  },
  {
    name: 'allow-destructive-prune',
    type: 'boolean',
    description:
      "Plan as sync --allow-destructive-prune: no 'The prune would stop' for Namespaces, CRDs, PVCs or more than half of the inventory"
  }
]

/** The prune settings `pruneFlags` give. */
export function pruneOptionsFrom(args: ParsedArgs): PruneOptions {
  return pruneOptionsWith(
    booleanOption(args, 'prune', true),
    booleanOption(args, 'allow-destructive-prune')
  )
}

/** Every flag `sync` accepts. */
export const syncOptions: readonly OptionSpec[] = withGlobalOptions(
  ...definitionOptions,
  formatOption(
    ['text', 'json', 'github'],
    '; github prints the text and each diagnostic as an annotation'
  ),
  ...clusterOptions,
  chartMirrorOption,
  ...workflowOptions,
  {
    name: 'full',
    type: 'boolean',
    description:
      'Compare every step with the cluster, not only changed ones, and put back what drifted (objects, and add-ons by one helm upgrade each); reports what it corrected. A field another manager took is a conflict unless the manifest says force: true'
  },
  ...pruneFlags,
  {
    name: 'concurrency',
    type: 'number',
    valueName: '<N>',
    description:
      "cap on add-on steps running helm at once, not counting those that only wait for their release (default: paced from the cores, memory and the cluster's answers); API requests in flight: twice that, 8 without it (kubectl processes on the fallback: that many, 4 without it)"
  },
  {
    name: 'timeout',
    type: 'string',
    valueName: '<duration>',
    description:
      "How long each step may take to apply and become ready: 300 (seconds), 90s, 5m, 1h30m (default 5m; the Action's timeout bounds the whole sync instead)"
  },
  {
    name: 'lock-timeout',
    type: 'string',
    valueName: '<duration>',
    description:
      'How long to wait for another sync of the cluster, as --timeout (default 10m; 0 fails at once)'
  },
  {
    name: 'ref',
    type: 'string',
    valueName: '<branch>',
    description:
      'Branch being synced (wrong-branch check; default: the git branch)'
  },
  { name: 'verbose', type: 'boolean', description: 'Show debug output' }
)
