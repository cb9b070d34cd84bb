/** What `clustersync page` runs (page-command.ts has the command and its flags). */
import { isAbsolute, join } from 'node:path'
import { createCliLogger } from '../../adapters/cli-logger.js'
import { UsageError } from '../../errors.js'
import { updateSite } from '../../page/update-site.js'
import { plural } from '../../plural.js'
import { booleanOption, stringOption, type ParsedArgs } from '../args.js'
import type { CliContext } from '../context.js'
import { serverFromApi } from './history-run.js'

export async function runPage(
  args: ParsedArgs,
  ctx: CliContext
): Promise<number> {
  const repository =
    stringOption(args, 'repo') ?? ctx.env.GITHUB_REPOSITORY ?? ''
  const [owner, repo, extra] = repository.split('/')
  if (!owner || !repo || extra !== undefined) {
    throw new UsageError(
      '--repo owner/name is required (or set GITHUB_REPOSITORY)'
    )
  }
  const out = stringOption(args, 'out') ?? ''
  if (out === '') throw new UsageError('--out <dir> is required')
  const token = stringOption(args, 'token') ?? ctx.env.GITHUB_TOKEN ?? ''
  if (token === '')
    throw new UsageError('a GitHub token is required: --token or GITHUB_TOKEN')
  const apiUrl =
    stringOption(args, 'api-url') ??
    ctx.env.GITHUB_API_URL ??
    'https://api.github.com'
  const logger = createCliLogger(ctx.stderr)
  logger.mask(token)
  let retries = 0
  // Loaded on demand: only the commands that talk to GitHub need octokit.
  const { createGitHubApi } = await import('../../adapters/actions-github.js')
  const api = createGitHubApi({
    token,
    apiUrl,
    owner,
    repo,
    clock: ctx.clock,
    logger,
    onRetry: () => void retries++
  })
  const dir = isAbsolute(out) ? out : join(ctx.cwd, out)
  const result = await updateSite(api, {
    dir,
    repository: `${owner}/${repo}`,
    serverUrl: ctx.env.GITHUB_SERVER_URL ?? serverFromApi(apiUrl),
    all: booleanOption(args, 'all') ?? false,
    now: ctx.clock.now()
  })
  const requests = result.requests + retries
  ctx.stdout.write(
    `wrote ${join(out, 'index.html')}: ${plural(result.clusters, 'cluster')}, ${plural(result.syncs, 'sync')} (${result.incremental ? 'incremental' : 'first build'}); ${plural(requests, 'GitHub request')}\n`
  )
  if (result.unresolved > 0)
    ctx.stderr.write(
      `warning: ${plural(result.unresolved, 'sync')} not read yet (request budget reached); the next build reads them\n`
    )
  return 0
}
