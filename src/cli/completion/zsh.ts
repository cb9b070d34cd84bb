/**
 * The zsh completion script, in the shape zsh's own completions take:
 * `_arguments` per command, `_describe` for commands, `_files` for paths,
 * `--format`'s choices, and contexts from `kubectl config get-contexts`.
 * Works from `$fpath` (autoloaded) and with `source <(…)` after compinit,
 * as gh's and kubectl's scripts do.
 */
import type {
  CompletionCommand,
  CompletionFlag,
  CompletionModel
} from './model.js'

/** The script, starting with `#compdef clustersync`. */
export function renderZshCompletion(model: CompletionModel): string {
  return `#compdef clustersync
# zsh completion for clustersync
# Load it in this shell (after compinit): source <(clustersync completion zsh)
# Or for every shell: clustersync completion zsh > "\${fpath[1]}/_clustersync"

__clustersync_contexts() {
  local -a contexts kubeconfig
  local i=\${words[(I)--kubeconfig]}
  (( i > 0 )) && kubeconfig=(--kubeconfig \${~words[i + 1]})
  contexts=(\${(f)"$(kubectl config get-contexts -o name $kubeconfig 2>/dev/null)"})
  _describe -t contexts 'kubeconfig context' contexts
}

_clustersync() {
  local curcontext="$curcontext" state line
  typeset -A opt_args
  _arguments -C \\
${model.topLevelFlags.map((f) => `    ${flagSpec(f, "'(- :)'")} \\`).join('\n')}
    '1: :->command' \\
    '*:: :->args'
  case $state in
    command)
      local -a commands
      commands=(
${model.commands.map((c) => `        ${quote(`${c.name}:${c.summary}`)}`).join('\n')}
      )
      _describe -t commands 'clustersync command' commands
      ;;
    args)
      case $words[1] in
${model.commands.map(commandCase).join('\n')}
      esac
      ;;
  esac
}

if [ "$funcstack[1]" = "_clustersync" ]; then
  _clustersync "$@"
else
  compdef _clustersync clustersync
fi
`
}

function commandCase(command: CompletionCommand): string {
  const specs = command.flags.map((f) => flagSpec(f))
  if (command.words) {
    specs.push(quote(`1:argument:(${command.words.join(' ')})`))
  } else if (command.files) {
    specs.push(quote('1:definition:_files'))
  }
  return `        ${command.name})
          _arguments \\
${specs.map((s) => `            ${s}`).join(' \\\n')}
          ;;`
}

/** One `_arguments` spec: `'(-f --file)'{-f,--file}'[what]:path:_files'`. */
function flagSpec(flag: CompletionFlag, exclusion?: string): string {
  const description = `[${escapeBrackets(flag.description)}]${valueSpec(flag)}`
  if (flag.short) {
    const excludes = exclusion ?? quote(`(${flag.short} ${flag.long})`)
    return `${excludes}{${flag.short},${flag.long}}${quote(description)}`
  }
  const repeat = flag.repeatable ? '*' : ''
  return `${exclusion ?? ''}${quote(`${repeat}${flag.long}${description}`)}`
}

function valueSpec(flag: CompletionFlag): string {
  if (!flag.takesValue) return ''
  const name = flag.long.slice(2)
  if (flag.values) return `:${name}:(${flag.values.join(' ')})`
  switch (flag.complete) {
    case 'file':
      return `:${name}:_files`
    case 'folder':
      return `:${name}:_files -/`
    case 'context':
      return `:${name}:__clustersync_contexts`
    default:
      // A free value (a branch, a URL): a message, no candidates.
      return `:${name}: `
  }
}

/** Inside `[…]` of an _arguments spec, brackets and colons need a backslash. */
function escapeBrackets(text: string): string {
  return text.replace(/[[\]:\\]/g, (c) => `\\${c}`)
}

/** A zsh single-quoted word. */
function quote(text: string): string {
  return `'${text.replace(/'/g, `'\\''`)}'`
}
