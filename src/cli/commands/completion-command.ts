/**
 * `clustersync completion bash|zsh|fish`: prints a shell completion script
 * made from every command's flag list (cli/completion/). The command list
 * is passed in, not imported, because this command is one of them.
 */
import { UsageError } from '../../errors.js'
import type { Command } from '../context.js'
import { withGlobalOptions } from '../shared-options.js'

const shells = ['bash', 'zsh', 'fish'] as const
type Shell = (typeof shells)[number]

/** The `completion` command over `commands()` (itself included). */
export function completionCommand(commands: () => readonly Command[]): Command {
  return {
    name: 'completion',
    summary: 'Print a shell completion script: bash, zsh or fish',
    usage: 'clustersync completion bash|zsh|fish',
    actions: shells,
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
    run: async (args, ctx) => {
      const [shell, ...rest] = args.positionals
      if (!isShell(shell) || rest.length > 0) {
        throw new UsageError(
          shell === undefined
            ? 'say which shell: bash, zsh or fish'
            : `completion takes one shell, bash, zsh or fish; got "${[shell, ...rest].join(' ')}"`
        )
      }
      // The renderers load only when asked, not on every start of the CLI.
      const { renderCompletion } = await import('../completion/render.js')
      ctx.stdout.write(renderCompletion(shell, commands()))
      return 0
    }
  }
}

function isShell(word: string | undefined): word is Shell {
  return shells.some((s) => s === word)
}
