"use strict";
exports.id = 101;
exports.ids = [101];
exports.modules = {

/***/ 9101:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  renderCompletion: () => (/* binding */ renderCompletion)
});

;// CONCATENATED MODULE: ./src/cli/completion/bash.ts
/** The script, ending with `complete -F _clustersync clustersync`. */
function renderBashCompletion(model) {
    const commandWords = [
        ...model.commands.map((c) => c.name),
        ...model.topLevelFlags.flatMap((f) => [
            f.long,
            ...(f.short ? [f.short] : [])
        ])
    ];
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
`;
}
function commandCase(command) {
    const valueCases = command.flags
        .filter((f) => f.takesValue)
        .map((f) => {
        const names = [f.long, ...(f.short ? [f.short] : [])].join('|');
        const how = f.values ? quoteWords(f.values) : (f.complete ?? '');
        // A free value (a branch, a URL) completes nothing rather than files.
        return how === ''
            ? `        ${names}) return 0 ;;`
            : `        ${names}) __clustersync_value ${how}; return 0 ;;`;
    });
    const flagWords = quoteWords(command.flags.flatMap((f) => [f.long, ...(f.short ? [f.short] : [])]));
    const valueFlags = quoteWords(command.flags
        .filter((f) => f.takesValue)
        .flatMap((f) => [f.long, ...(f.short ? [f.short] : [])]));
    const given = `__clustersync_positional ${valueFlags}`;
    const positional = command.words
        ? `${given} || COMPREPLY=($(compgen -W ${quoteWords(command.words)} -- "$cur"))`
        : command.files
            ? `${given} || __clustersync_value file`
            : ':';
    return `    ${command.name})
      case "$prev" in
${valueCases.join('\n')}
      esac
      if [[ $cur == -* ]]; then
        COMPREPLY=($(compgen -W ${flagWords} -- "$cur"))
      else
        ${positional}
      fi
      ;;`;
}
/** Words as one single-quoted shell word (flag names and choices have no quotes). */
function quoteWords(words) {
    return `'${words.join(' ')}'`;
}

;// CONCATENATED MODULE: ./src/cli/completion/fish.ts
/** The script; load with `clustersync completion fish | source`. */
function renderFishCompletion(model) {
    const names = model.commands.map((c) => c.name).join(' ');
    const none = `not __fish_seen_subcommand_from ${names}`;
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
        .map((c) => `complete -c clustersync -n ${quote(none)} -a ${c.name} -d ${quote(c.summary)}`)
        .join('\n')}
${model.commands.map(commandLines).join('\n')}
`;
}
function commandLines(command) {
    const seen = `__fish_seen_subcommand_from ${command.name}`;
    const lines = command.flags.map((f) => flagLine(f, seen));
    if (command.words) {
        const condition = `${seen}; and not __fish_seen_subcommand_from ${command.words.join(' ')}`;
        lines.push(`complete -c clustersync -n ${quote(condition)} -a ${quote(command.words.join(' '))}`);
    }
    else if (command.files) {
        lines.push(`complete -c clustersync -n ${quote(seen)} -F`);
    }
    return lines.join('\n');
}
function flagLine(flag, condition) {
    const parts = [
        'complete -c clustersync',
        `-n ${quote(condition)}`,
        ...(flag.short ? [`-s ${flag.short.slice(1)}`] : []),
        `-l ${flag.long.slice(2)}`,
        ...valueArgs(flag),
        `-d ${quote(flag.description)}`
    ];
    return parts.join(' ');
}
function valueArgs(flag) {
    if (!flag.takesValue)
        return [];
    if (flag.values)
        return ['-x', `-a ${quote(flag.values.join(' '))}`];
    switch (flag.complete) {
        case 'file':
            return ['-r', '-F'];
        case 'folder':
            return ['-x', `-a ${quote('(__fish_complete_directories)')}`];
        case 'context':
            return ['-x', `-a ${quote('(__clustersync_contexts)')}`];
        default:
            // A free value: nothing to offer, and no file names either.
            return ['-x'];
    }
}
/** A fish single-quoted word: only \ and ' are special inside. */
function quote(text) {
    return `'${text.replace(/[\\']/g, (c) => `\\${c}`)}'`;
}

// EXTERNAL MODULE: ./src/cli/help.ts
var help = __webpack_require__(7911);
;// CONCATENATED MODULE: ./src/cli/completion/model.ts

/** The completion model of `commands`, with `help` completing command names. */
function completionModel(commands) {
    const names = commands.map((c) => c.name);
    return {
        commands: [
            ...commands.map((c) => ({
                name: c.name,
                summary: c.summary,
                flags: c.options.filter((o) => !o.hidden).flatMap(completionFlags),
                ...(c.actions ? { words: c.actions } : {}),
                files: c.actions === undefined && c.options.some((o) => o.name === 'file')
            })),
            {
                name: 'help',
                summary: 'Show the help of clustersync or of one command',
                flags: [],
                words: names,
                files: false
            }
        ],
        topLevelFlags: help/* topLevelOptions */.GU.flatMap(completionFlags)
    };
}
function completionFlags(option) {
    const flag = {
        long: `--${option.name}`,
        ...(option.alias ? { short: `-${option.alias}` } : {}),
        takesValue: option.type !== 'boolean',
        ...(option.repeatable ? { repeatable: true } : {}),
        ...(option.choices ? { values: option.choices } : {}),
        ...(option.complete ? { complete: option.complete } : {}),
        description: firstClause(option.description)
    };
    if (!option.negatable)
        return [flag];
    return [
        flag,
        {
            long: `--no-${option.name}`,
            takesValue: false,
            description: `Turn --${option.name} off`
        }
    ];
}
/** A description short enough for a completion menu: its first clause, without asides in parentheses. */
function firstClause(text) {
    const plain = text.replace(/ \([^()]*\)/g, '');
    return plain.split('; ')[0] ?? plain;
}

;// CONCATENATED MODULE: ./src/cli/completion/zsh.ts
/** The script, starting with `#compdef clustersync`. */
function renderZshCompletion(model) {
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
${model.commands.map((c) => `        ${zsh_quote(`${c.name}:${c.summary}`)}`).join('\n')}
      )
      _describe -t commands 'clustersync command' commands
      ;;
    args)
      case $words[1] in
${model.commands.map(zsh_commandCase).join('\n')}
      esac
      ;;
  esac
}

if [ "$funcstack[1]" = "_clustersync" ]; then
  _clustersync "$@"
else
  compdef _clustersync clustersync
fi
`;
}
function zsh_commandCase(command) {
    const specs = command.flags.map((f) => flagSpec(f));
    if (command.words) {
        specs.push(zsh_quote(`1:argument:(${command.words.join(' ')})`));
    }
    else if (command.files) {
        specs.push(zsh_quote('1:definition:_files'));
    }
    return `        ${command.name})
          _arguments \\
${specs.map((s) => `            ${s}`).join(' \\\n')}
          ;;`;
}
/** One `_arguments` spec: `'(-f --file)'{-f,--file}'[what]:path:_files'`. */
function flagSpec(flag, exclusion) {
    const description = `[${escapeBrackets(flag.description)}]${valueSpec(flag)}`;
    if (flag.short) {
        const excludes = exclusion ?? zsh_quote(`(${flag.short} ${flag.long})`);
        return `${excludes}{${flag.short},${flag.long}}${zsh_quote(description)}`;
    }
    const repeat = flag.repeatable ? '*' : '';
    return `${exclusion ?? ''}${zsh_quote(`${repeat}${flag.long}${description}`)}`;
}
function valueSpec(flag) {
    if (!flag.takesValue)
        return '';
    const name = flag.long.slice(2);
    if (flag.values)
        return `:${name}:(${flag.values.join(' ')})`;
    switch (flag.complete) {
        case 'file':
            return `:${name}:_files`;
        case 'folder':
            return `:${name}:_files -/`;
        case 'context':
            return `:${name}:__clustersync_contexts`;
        default:
            // A free value (a branch, a URL): a message, no candidates.
            return `:${name}: `;
    }
}
/** Inside `[…]` of an _arguments spec, brackets and colons need a backslash. */
function escapeBrackets(text) {
    return text.replace(/[[\]:\\]/g, (c) => `\\${c}`);
}
/** A zsh single-quoted word. */
function zsh_quote(text) {
    return `'${text.replace(/'/g, `'\\''`)}'`;
}

;// CONCATENATED MODULE: ./src/cli/completion/render.ts




const renderers = {
    bash: renderBashCompletion,
    zsh: renderZshCompletion,
    fish: renderFishCompletion
};
/** The script `clustersync completion <shell>` prints. */
function renderCompletion(shell, commands) {
    return renderers[shell](completionModel(commands));
}


/***/ })

};
;