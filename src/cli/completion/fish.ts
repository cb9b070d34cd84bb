/**
 * The fish completion script: one `complete -c clustersync` line per
 * command and flag, conditioned on the command typed, with `--format`'s
 * choices, files and folders for paths, and contexts from
 * `kubectl config get-contexts`.
 */
import type {
  CompletionCommand,
  CompletionFlag,
  CompletionModel
} from './model.js'

/** The script; load with `clustersync completion fish | source`. */
export function renderFishCompletion(model: CompletionModel): string {
  const names = model.commands.map((c) => c.name).join(' ')
  const none = `not __fish_seen_subcommand_from ${names}`
  return `# fish completion for clustersync
# Load it in this shell: clustersync completion fish | source
# Or for every shell: clustersync completion fish > ~/.config/fish/completions/clustersync.fish

function __clustersync_contexts
    set -l tokens (commandline -opc)
    set -l kubeconfig
    if set -l i (contains -i -- --kubeconfig $tokens)
        set kubeconfig --kubeconfig $tokens[(math $i + 1)]
    end
    kubectl config get-contexts -o name $kubeconfig 2>/dev/null
end

complete -c clustersync -f
${model.topLevelFlags.map((f) => flagLine(f, none)).join('\n')}
${model.commands
  .map(
    (c) =>
      `complete -c clustersync -n ${quote(none)} -a ${c.name} -d ${quote(c.summary)}`
  )
  .join('\n')}
${model.commands.map(commandLines).join('\n')}
`
}

function commandLines(command: CompletionCommand): string {
  const seen = `__fish_seen_subcommand_from ${command.name}`
  const lines = command.flags.map((f) => flagLine(f, seen))
  if (command.words) {
    const condition = `${seen}; and not __fish_seen_subcommand_from ${command.words.join(' ')}`
    lines.push(
      `complete -c clustersync -n ${quote(condition)} -a ${quote(command.words.join(' '))}`
    )
  } else if (command.files) {
    lines.push(`complete -c clustersync -n ${quote(seen)} -F`)
  }
  return lines.join('\n')
}

function flagLine(flag: CompletionFlag, condition: string): string {
  const parts = [
    'complete -c clustersync',
    `-n ${quote(condition)}`,
    ...(flag.short ? [`-s ${flag.short.slice(1)}`] : []),
    `-l ${flag.long.slice(2)}`,
    ...valueArgs(flag),
    `-d ${quote(flag.description)}`
  ]
  return parts.join(' ')
}

function valueArgs(flag: CompletionFlag): string[] {
  if (!flag.takesValue) return []
  if (flag.values) return ['-x', `-a ${quote(flag.values.join(' '))}`]
  switch (flag.complete) {
    case 'file':
      return ['-r', '-F']
    case 'folder':
      return ['-x', `-a ${quote('(__fish_complete_directories)')}`]
    case 'context':
      return ['-x', `-a ${quote('(__clustersync_contexts)')}`]
    default:
      // A free value: nothing to offer, and no file names either.
      return ['-x']
  }
}

/** A fish single-quoted word: only \ and ' are special inside. */
function quote(text: string): string {
  return `'${text.replace(/[\\']/g, (c) => `\\${c}`)}'`
}
