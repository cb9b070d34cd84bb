/**
 * The bash completion script: `source <(clustersync completion bash)`.
 * Plain bash 4 (no bash-completion package needed): commands, each
 * command's flags, the values of `--format`, files and folders where a flag
 * takes a path, and `--context` from `kubectl config get-contexts` (with the
 * `--kubeconfig` typed on the line), as kubectl's own completion finds them.
 */
import type { CompletionCommand, CompletionModel } from './model.js'

/** The script, ending with `complete -F _clustersync clustersync`. */
export function renderBashCompletion(model: CompletionModel): string {
  const commandWords = [
    ...model.commands.map((c) => c.name),
    ...model.topLevelFlags.flatMap((f) => [
      f.long,
      ...(f.short ? [f.short] : [])
    ])
  ]
  return `# bash completion for clustersync
# Load it in this shell: source <(clustersync completion bash)
# Or for every shell: clustersync completion bash > ~/.local/share/bash-completion/completions/clustersync

__clustersync_contexts() {
  local i kubeconfig=()
  for ((i = 2; i < COMP_CWORD; i++)); do
    if [[ \${COMP_WORDS[i]} == --kubeconfig ]]; then
      kubeconfig=(--kubeconfig "\${COMP_WORDS[i + 1]/#\\~/$HOME}")
    fi
  done
  kubectl config get-contexts -o name "\${kubeconfig[@]}" 2>/dev/null
}

__clustersync_positional() {
  # Whether an argument was given before the cursor; $1: the flags that take
  # a value (their values are not arguments).
  local i word
  for ((i = 2; i < COMP_CWORD; i++)); do
    word="\${COMP_WORDS[i]}"
    [[ $word == -* || $word == = ]] && continue
    [[ " $1 " == *" \${COMP_WORDS[i - 1]} "* || \${COMP_WORDS[i - 1]} == = ]] && continue
    return 0
  done
  return 1
}

__clustersync_value() {
  # $1: how to complete the value of the flag just typed.
  case "$1" in
    file) compopt -o filenames 2>/dev/null; COMPREPLY=($(compgen -f -- "$cur")) ;;
    folder) compopt -o filenames 2>/dev/null; COMPREPLY=($(compgen -d -- "$cur")) ;;
    context) COMPREPLY=($(compgen -W "$(__clustersync_contexts)" -- "$cur")) ;;
    *) COMPREPLY=($(compgen -W "$1" -- "$cur")) ;;
  esac
}

_clustersync() {
  local cur="\${COMP_WORDS[COMP_CWORD]}" prev="" cword=$COMP_CWORD
  (( cword > 0 )) && prev="\${COMP_WORDS[cword - 1]}"
  # bash splits --format=json at "=": complete the value after it.
  if [[ $cur == = ]]; then
    cur=""
  elif [[ $prev == = ]]; then
    prev="\${COMP_WORDS[cword - 2]}"
  fi
  COMPREPLY=()
  if (( COMP_CWORD == 1 )); then
    COMPREPLY=($(compgen -W ${quoteWords(commandWords)} -- "$cur"))
    return 0
  fi
  case "\${COMP_WORDS[1]}" in
${model.commands.map(commandCase).join('\n')}
  esac
  return 0
}

complete -F _clustersync clustersync
`
}

function commandCase(command: CompletionCommand): string {
  const valueCases = command.flags
    .filter((f) => f.takesValue)
    .map((f) => {
      const names = [f.long, ...(f.short ? [f.short] : [])].join('|')
      const how = f.values ? quoteWords(f.values) : (f.complete ?? '')
      // A free value (a branch, a URL) completes nothing rather than files.
      return how === ''
        ? `        ${names}) return 0 ;;`
        : `        ${names}) __clustersync_value ${how}; return 0 ;;`
    })
  const flagWords = quoteWords(
    command.flags.flatMap((f) => [f.long, ...(f.short ? [f.short] : [])])
  )
  const valueFlags = quoteWords(
    command.flags
      .filter((f) => f.takesValue)
      .flatMap((f) => [f.long, ...(f.short ? [f.short] : [])])
  )
  const given = `__clustersync_positional ${valueFlags}`
  const positional = command.words
    ? `${given} || COMPREPLY=($(compgen -W ${quoteWords(command.words)} -- "$cur"))`
    : command.files
      ? `${given} || __clustersync_value file`
      : ':'
  return `    ${command.name})
      case "$prev" in
${valueCases.join('\n')}
      esac
      if [[ $cur == -* ]]; then
        COMPREPLY=($(compgen -W ${flagWords} -- "$cur"))
      else
        ${positional}
      fi
      ;;`
}

/** Words as one single-quoted shell word (flag names and choices have no quotes). */
function quoteWords(words: readonly string[]): string {
  return `'${words.join(' ')}'`
}
