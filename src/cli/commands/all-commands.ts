/**
 * Every subcommand of `clustersync`, in the order `--help` lists them.
 * Each lives in its own file and is registered here with one line.
 */
import type { Command } from '../context.js'
import { catalogCommand } from './catalog-command.js'
import { completionCommand } from './completion-command.js'
import { discoverCommand } from './discover-command.js'
import { historyCommand } from './history-command.js'
import { pageCommand } from './page-command.js'
import { planCommand } from './plan-command.js'
import { statusCommand } from './status-command.js'
import { syncCommand } from './sync-command.js'
import { validateCommand } from './validate-command.js'

export const commands: readonly Command[] = [
  validateCommand,
  planCommand,
  syncCommand,
  statusCommand,
  historyCommand,
  discoverCommand,
  pageCommand,
  catalogCommand,
  // Completes every command, itself included.
  completionCommand(() => commands)
]
