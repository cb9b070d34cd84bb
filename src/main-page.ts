/**
 * The Action's composition root for `mode: page`: main.ts imports it only
 * when that mode runs.
 */
import { resolve } from 'node:path'
import * as core from '@actions/core'
import * as github from '@actions/github'
import { createActionsLogger } from './adapters/actions-logger.js'
import { createGitHubApi } from './adapters/actions-github.js'
import { createSystemClock } from './adapters/system-clock.js'
import type { ConfigurationError } from './errors.js'
import type { Inputs } from './inputs.js'
import { updateSite } from './page/update-site.js'
import { plural } from './plural.js'

/**
 * `mode: page`: builds the GitOps page into page-dir from the recorded
 * history (no definition, no cluster), and says what it read and how many
 * requests it made.
 */
export async function pageMain(
  inputs: Inputs,
  problems: readonly ConfigurationError[]
): Promise<void> {
  if (problems[0]) throw problems[0]
  const env = process.env
  const repository = env.GITHUB_REPOSITORY ?? ''
  const [owner = '', repo = ''] = repository.split('/')
  let retries = 0
  const api = createGitHubApi({
    token: inputs.token,
    apiUrl: env.GITHUB_API_URL ?? github.context.apiUrl,
    owner,
    repo,
    clock: createSystemClock(),
    logger: createActionsLogger(),
    onRetry: () => void retries++
  })
  const dir = resolve(env.GITHUB_WORKSPACE ?? process.cwd(), inputs.page.dir)
  const site = await updateSite(api, {
    dir,
    repository,
    serverUrl: env.GITHUB_SERVER_URL ?? github.context.serverUrl,
    all: false,
    now: new Date()
  })
  const line = `GitOps page written to ${inputs.page.dir}: ${plural(site.clusters, 'cluster')}, ${plural(site.syncs, 'sync')} (${site.incremental ? 'incremental' : 'first build'}), ${site.requests + retries} GitHub requests`
  core.info(line)
  if (site.unresolved > 0)
    core.warning(
      `${site.unresolved} syncs not read yet (request budget reached); the next build reads them`
    )
  await core.summary.addRaw(`${line}\n`).write()
}
