/**
 * The Action's composition root for the fleet modes, `discover` and
 * `summary`: main.ts imports it only when one of them runs.
 */
import * as core from '@actions/core'
import { createActionsLogger } from './adapters/actions-logger.js'
import { createGitHubApi } from './adapters/actions-github.js'
import { createNodeExec } from './adapters/node-exec.js'
import { createNodeFs } from './adapters/node-fs.js'
import { scrubMasked } from './adapters/masked-values.js'
import { createSystemClock } from './adapters/system-clock.js'
import { readTrigger, type EventFacts } from './action/event.js'
import { baseFromEvent, resolveBase } from './action/base-commit.js'
import { discoverFleet, fleetSummary } from './action/fleet-modes.js'
import type { FleetMode } from './fleet-inputs.js'
import type { Inputs } from './inputs.js'

/**
 * `mode: discover` (outputs `matrix` and `clusters`) and `mode: summary`
 * (the fleet table in the job summary); action/fleet-modes.ts has both.
 */
export async function runFleetMode(
  inputs: Inputs,
  mode: FleetMode,
  env: NodeJS.ProcessEnv,
  apiUrl: string,
  event: EventFacts
): Promise<void> {
  const root = env.GITHUB_WORKSPACE ?? process.cwd()
  if (mode === 'discover') {
    const exec = createNodeExec()
    const base = await resolveBase(
      exec,
      root,
      baseFromEvent(event.eventName, event.payload)
    )
    const found = await discoverFleet(
      {
        fs: createNodeFs(),
        exec,
        logger: createActionsLogger(),
        notice: (message) => core.notice(message)
      },
      {
        root,
        folder: inputs.fleetFolder ?? '.',
        base,
        ...(inputs.shard ? { shard: inputs.shard } : {})
      }
    )
    core.setOutput('matrix', found.matrix)
    core.setOutput('clusters', found.clusters)
    return
  }
  const [owner = '', repo = ''] = event.repository.split('/')
  const clock = createSystemClock()
  const logger = createActionsLogger()
  const api = createGitHubApi({
    token: inputs.token,
    apiUrl: env.GITHUB_API_URL ?? apiUrl,
    owner,
    repo,
    clock,
    logger
  })
  const trigger = readTrigger(event, 'validate')
  const summary = await fleetSummary(api, trigger.sha)
  core.setOutput('clusters', summary.clusters)
  core.summary.addRaw(scrubMasked(summary.markdown))
  await core.summary.write()
}
