/** The completion script of one shell for a list of commands. */
import type { Command } from '../context.js'
import { renderBashCompletion } from './bash.js'
import { renderFishCompletion } from './fish.js'
import { completionModel } from './model.js'
import { renderZshCompletion } from './zsh.js'

const renderers = {
  bash: renderBashCompletion,
  zsh: renderZshCompletion,
  fish: renderFishCompletion
} as const

/** The script `clustersync completion <shell>` prints. */
export function renderCompletion(
  shell: keyof typeof renderers,
  commands: readonly Command[]
): string {
  return renderers[shell](completionModel(commands))
}
