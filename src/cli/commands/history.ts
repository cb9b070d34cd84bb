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

/** The `history` command, registered in commands/index.ts. */
export const historyCommand: Command = {
  name: 'history',
  summary:
    "Show a cluster's past syncs from GitHub: status, source, commit, start, who triggered it",
  usage:
    'clustersync history [definition] [--cluster name] [--repo owner/name] [--page N] [--sort column[:asc|:desc]] [--format text|json]',
  options: [
    {
      name: 'cluster',
      type: 'string',
      description: 'Cluster name (default: metadata.name of the definition)'
    },
    {
      name: 'repo',
      type: 'string',
      description: 'Repository owner/name (default: GITHUB_REPOSITORY)'
    },
    {
      name: 'token',
      type: 'string',
      description: 'GitHub token (default: GITHUB_TOKEN)'
    },
    {
      name: 'api-url',
      type: 'string',
      description:
        'GitHub API URL (default: GITHUB_API_URL, else https://api.github.com)'
    },
    {
      name: 'page',
      type: 'number',
      description: 'Page of 10 syncs, from 1 (default 1)'
    },
    {
      name: 'sort',
      type: 'string',
      description: `Sort by ${historyColumns.join(', ')}, optionally :asc or :desc (default started:desc)`
    }
  ],
  // The work (and the GitHub client) loads only when it runs.
  run: async (args, ctx) =>
    (await import('./history-run.js')).runHistory(args, ctx)
}
