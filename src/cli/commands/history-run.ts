/** What `clustersync history` runs (history.ts has the command and its flags). */
import { createCliLogger } from '../../adapters/cli-logger.js'
import { peekClusterName } from '../../definition/cluster-name.js'
import { UsageError } from '../../errors.js'
import { historyColumns } from '../../report/history-columns.js'
import { parseSort, readHistory } from '../../report/history.js'
import {
  renderHistoryJson,
  renderHistoryText
} from '../../report/history-table.js'
import { repoLinks } from '../../report/links.js'
import {
  numberOption,
  outputFormat,
  stringOption,
  type ParsedArgs
} from '../args.js'
import type { CliContext } from '../context.js'
import { resolveTarget } from '../target.js'

export async function runHistory(
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
  const token = stringOption(args, 'token') ?? ctx.env.GITHUB_TOKEN ?? ''
  if (token === '')
    throw new UsageError('a GitHub token is required: --token or GITHUB_TOKEN')
  const page = numberOption(args, 'page') ?? 1
  if (!Number.isInteger(page) || page < 1)
    throw new UsageError(
      `option --page takes a whole number of 1 or more; got ${page}`
    )
  const sort = parseSort(stringOption(args, 'sort'))
  if (!sort) {
    throw new UsageError(
      `option --sort accepts ${historyColumns.join(', ')}, optionally followed by :asc or :desc; got "${stringOption(args, 'sort') ?? ''}"`
    )
  }
  const format = outputFormat(args)
  if (format === 'github') throw new UsageError('history prints text or json')
  const cluster =
    stringOption(args, 'cluster') ?? (await clusterFromDefinition(args, ctx))
  const apiUrl =
    stringOption(args, 'api-url') ??
    ctx.env.GITHUB_API_URL ??
    'https://api.github.com'
  const logger = createCliLogger(ctx.stderr)
  logger.mask(token)
  // Loaded on demand: octokit and undici are most of the CLI bundle's
  // start-up time, and only this command talks to GitHub.
  const { createGitHubApi } = await import('../../adapters/actions-github.js')
  const api = createGitHubApi({
    token,
    apiUrl,
    owner,
    repo,
    clock: ctx.clock,
    logger
  })
  const result = await readHistory(api, { cluster, page, perPage: 10, sort })
  const links = repoLinks(
    ctx.env.GITHUB_SERVER_URL ?? serverFromApi(apiUrl),
    `${owner}/${repo}`
  )
  ctx.stdout.write(
    format === 'json'
      ? renderHistoryJson(result, links)
      : renderHistoryText(result, links, ctx.clock.now())
  )
  return 0
}

async function clusterFromDefinition(
  args: ParsedArgs,
  ctx: CliContext
): Promise<string> {
  const target = await resolveTarget(args, ctx)
  const name = await peekClusterName(ctx.fs, target.root, target.file)
  if (!name) {
    throw new UsageError(
      `could not read metadata.name from ${target.file}; pass --cluster`
    )
  }
  return name
}

/** api.github.com → github.com; GHES https://host/api/v3 → https://host. */
export function serverFromApi(apiUrl: string): string {
  const url = new URL(apiUrl)
  if (url.hostname.startsWith('api.'))
    return `${url.protocol}//${url.host.slice(4)}`
  return `${url.protocol}//${url.host}${url.pathname.replace(/\/api\/v3\/?$/, '')}`.replace(
    /\/$/,
    ''
  )
}
