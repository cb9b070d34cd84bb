/**
 * Every subcommand of `clustersync`, in the order `--help` lists them.
 * Each lives in its own file and is registered here with one line.
 */
import type { Command } from '../context.js'
import { catalogCommand } from './catalog.js'
import { completionCommand } from './completion.js'
import { historyCommand } from './history.js'
import { planCommand } from './plan.js'
import { statusCommand } from './status.js'
import { syncCommand } from './sync.js'
import { validateCommand } from './validate.js'

export const commands: readonly Command[] = [
  validateCommand,
  planCommand,
  syncCommand,
  statusCommand,
  historyCommand,
  catalogCommand,
  // Completes every command, itself included.
  completionCommand(() => commands)
]
