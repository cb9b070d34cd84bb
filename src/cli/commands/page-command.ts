/**
 * `clustersync page --repo owner/name --out DIR [--all]`: the GitOps page,
 * a static site of every cluster's sync status and history built from the
 * Deployments and check runs the Action records. Incremental: the data
 * beside the site (`DIR/clustersync-page.json`) means a rebuild fetches only
 * newer syncs. Token from --token or GITHUB_TOKEN; API URL from --api-url or
 * GITHUB_API_URL; links from GITHUB_SERVER_URL or derived from the API URL.
 */
import type { Command } from '../context.js'
import { withGlobalOptions } from '../shared-options.js'

/** The `page` command, registered in commands/all-commands.ts. */
export const pageCommand: Command = {
  name: 'page',
  summary:
    'Build the GitOps page: a static site with each cluster’s status banner and sync history',
  usage: 'clustersync page --repo <owner/name> --out <dir> [flags]',
  options: withGlobalOptions(
    {
      name: 'repo',
      type: 'string',
      valueName: '<owner/name>',
      description: 'Repository owner/name (default: GITHUB_REPOSITORY)'
    },
    {
      name: 'out',
      type: 'string',
      valueName: '<dir>',
      description:
        'Folder to write the site to; its data file makes the next build incremental'
    },
    {
      name: 'all',
      type: 'boolean',
      description:
        'On a first build, read every sync (default: the newest 500 per cluster)'
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
    }
  ),
  examples: [
    {
      description: 'Build the site into ./site (token from GITHUB_TOKEN)',
      command: 'clustersync page --repo acme/infra --out site'
    },
    {
      description: 'A first build with the whole history, not the newest 500',
      command: 'clustersync page --repo acme/infra --out site --all'
    }
  ],
  // The work (and the GitHub client) loads only when it runs.
  run: async (args, ctx) => (await import('./page-run.js')).runPage(args, ctx)
}
