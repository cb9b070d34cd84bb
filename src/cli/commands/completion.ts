/**
 * `clustersync completion bash|zsh|fish`: prints a shell completion script
 * made from every command's flag list (cli/completion/). The command list
 * is passed in, not imported, because this command is one of them.
 */
import { UsageError } from '../../errors.js'
import { renderBashCompletion } from '../completion/bash.js'
import { renderFishCompletion } from '../completion/fish.js'
import { completionModel } from '../completion/model.js'
import { renderZshCompletion } from '../completion/zsh.js'
import type { Command } from '../context.js'
import { withGlobalOptions } from '../shared-options.js'

const shells = {
  bash: renderBashCompletion,
  zsh: renderZshCompletion,
  fish: renderFishCompletion
} as const

/** The `completion` command over `commands()` (itself included). */
export function completionCommand(commands: () => readonly Command[]): Command {
  return {
    name: 'completion',
    summary: 'Print a shell completion script: bash, zsh or fish',
    usage: 'clustersync completion bash|zsh|fish',
    actions: Object.keys(shells),
    options: withGlobalOptions(),
    examples: [
      {
        description: 'Complete clustersync in this bash session',
        command: 'source <(clustersync completion bash)'
      },
      {
        description: 'In every zsh session (a folder on $fpath, then compinit)',
        command: 'clustersync completion zsh > "${fpath[1]}/_clustersync"'
      },
      {
        description: 'In every fish session',
        command:
          'clustersync completion fish > ~/.config/fish/completions/clustersync.fish'
      }
    ],
    run: (args, ctx) => {
      const [shell, ...rest] = args.positionals
      if (shell === undefined || rest.length > 0 || !(shell in shells)) {
        throw new UsageError(
          shell === undefined
            ? 'say which shell: bash, zsh or fish'
            : `completion takes one shell, bash, zsh or fish; got "${[shell, ...rest].join(' ')}"`
        )
      }
      const render = shells[shell as keyof typeof shells]
      ctx.stdout.write(render(completionModel(commands())))
      return Promise.resolve(0)
    }
  }
}
