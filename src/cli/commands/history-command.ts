/**
 * `clustersync history [definition] [--cluster name] [--repo owner/name]
 * [--page N] [--sort column[:asc|:desc]] [--format text|json]`: the sync
 * history of a cluster, read from the GitHub Deployments the Action records
 * (environment = cluster name), 10 per page. Token from --token or
 * GITHUB_TOKEN; API URL from --api-url or GITHUB_API_URL (GitHub Enterprise
 * works); links from GITHUB_SERVER_URL or derived from the API URL.
 */
import { historyColumns } from '../../report/history-columns.js'
import type { Command } from '../context.js'
import {
  definitionOptions,
  formatOption,
  withGlobalOptions
} from '../shared-options.js'

/** The `history` command, registered in commands/all-commands.ts. */
export const historyCommand: Command = {
  name: 'history',
  summary:
    "Show a cluster's past syncs from GitHub: status, source, commit, start, who triggered it",
  usage: 'clustersync history [definition] [flags]',
  options: withGlobalOptions(
    ...definitionOptions,
    formatOption(['text', 'json']),
    {
      name: 'cluster',
      type: 'string',
      valueName: '<name>',
      description: 'Cluster name (default: metadata.name of the definition)'
    },
    {
      name: 'repo',
      type: 'string',
      valueName: '<owner/name>',
      description: 'Repository owner/name (default: GITHUB_REPOSITORY)'
    },
    {
      name: 'token',
      type: 'string',
      valueName: '<token>',
      description: 'GitHub token (default: GITHUB_TOKEN)'
    },
    {
      name: 'api-url',
      type: 'string',
      valueName: '<url>',
      description:
        'GitHub API URL (default: GITHUB_API_URL, else https://api.github.com)'
    },
    {
      name: 'page',
      type: 'number',
      valueName: '<N>',
      description: 'Page of 10 syncs, from 1 (default 1)'
    },
    {
      name: 'sort',
      type: 'string',
      valueName: '<column[:asc|:desc]>',
      description: `Sort by ${historyColumns.join(', ')}, optionally :asc or :desc (default started:desc)`
    }
  ),
  examples: [
    {
      description:
        'The last syncs of the cluster in cluster.yaml (token from GITHUB_TOKEN)',
      command: 'clustersync history --repo acme/infra'
    },
    {
      description: 'Failed syncs first, second page, as JSON',
      command:
        'clustersync history --repo acme/infra --cluster prod --sort status:asc --page 2 --format json'
    }
  ],
  // The work (and the GitHub client) loads only when it runs.
  run: async (args, ctx) =>
    (await import('./history-run.js')).runHistory(args, ctx)
}
