/**
 * `clustersync discover [folder] [--changed-since REF] [--format json|text]
 * [--shard i/n]`: the cluster definitions under the folder (default: the
 * current one) as a GitHub Actions matrix, `{"include":[{"cluster",
 * "definition"}]}` on one line, ready for `strategy.matrix` through
 * `$GITHUB_OUTPUT`. Exit 0, 1 when the fleet cannot be listed (two
 * definitions of one cluster, an unknown commit), 2 usage.
 */
import type { Command } from '../context.js'
import { formatOption, withGlobalOptions } from '../shared-options.js'

/** The `discover` command, registered in commands/all-commands.ts. */
export const discoverCommand: Command = {
  name: 'discover',
  summary:
    'List the cluster definitions under a folder as a GitHub Actions matrix; with --changed-since, only those a change touches',
  usage: 'clustersync discover [folder] [flags]',
  options: withGlobalOptions(
    {
      name: 'changed-since',
      type: 'string',
      valueName: '<ref>',
      description:
        'Only clusters whose definition or any file it reads changed since this commit; deleted definitions are listed under "removed"'
    },
    {
      ...formatOption(['json', 'text']),
      description:
        'Output format: json for strategy.matrix (one line), or text for people (default json)'
    },
    {
      name: 'shard',
      type: 'string',
      valueName: '<i/n>',
      description:
        'Only the i-th of n even parts of the list, for fleets above GitHub’s 256 jobs per matrix'
    }
  ),
  examples: [
    {
      description: 'Every cluster of the repository, as a matrix',
      command: 'clustersync discover'
    },
    {
      description: 'The clusters a push changed, for a people-readable look',
      command:
        'clustersync discover clusters --changed-since HEAD~1 --format text'
    },
    {
      description: 'The first half of a large fleet',
      command: 'clustersync discover --shard 1/2'
    }
  ],
  run: async (args, ctx) =>
    (await import('./discover-run.js')).runDiscover(args, ctx)
}
