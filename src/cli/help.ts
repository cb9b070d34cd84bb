/**
 * `clustersync --help` and `clustersync <command> --help`, rendered from the
 * same option lists the parser reads (Command.options), so help describes
 * exactly the flags a command accepts. Laid out as kubectl and gh lay theirs
 * out: what it does, usage, examples, then one line per flag.
 */
import type { OptionSpec } from './args.js'
import type { Command, CommandExample } from './context.js'
import {
  definitionOptions,
  formatOption,
  globalOptions
} from './shared-options.js'

/** The flags `clustersync` itself takes, before any command. */
export const topLevelOptions: readonly OptionSpec[] = [
  {
    name: 'help',
    alias: 'h',
    type: 'boolean',
    description:
      "Show this help; 'clustersync <command> --help' shows a command's flags and examples"
  },
  {
    name: 'version',
    alias: 'v',
    type: 'boolean',
    description: 'Print the version of clustersync'
  }
]

const topLevelExamples: readonly CommandExample[] = [
  {
    description: 'Validate cluster.yaml in the current folder',
    command: 'clustersync validate'
  },
  {
    description: 'The flags and examples of sync',
    command: 'clustersync sync --help'
  },
  {
    description: 'Tab completion in bash (zsh and fish likewise)',
    command: 'source <(clustersync completion bash)'
  }
]

/** The top-level help: commands, the flags they share, examples, exit codes. */
export function renderHelp(commands: readonly Command[]): string {
  const width = Math.max(...commands.map((c) => c.name.length))
  const shared = [
    ...definitionOptions,
    formatOption(['text', 'json', 'github']),
    ...globalOptions.filter((o) => o.name !== 'help')
  ]
  return [
    'clustersync: sync Ankra ImportCluster definitions to Kubernetes',
    '',
    'usage: clustersync <command> [definition] [flags]',
    '',
    'commands:',
    ...commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    'flags:',
    ...flagLines(topLevelOptions),
    '',
    "flags several commands take (each command's --help lists exactly its own flags and formats):",
    ...flagLines(shared, (o) => ` (${takenBy(o, commands)})`),
    '',
    ...exampleLines(topLevelExamples),
    'environment: KUBECONFIG (the kubeconfig when --kubeconfig is not given), NO_COLOR (any value: no colour), CLUSTERSYNC_DEBUG (stack traces of unexpected errors)',
    'exit codes: 0 ok, 1 invalid or failed, 2 usage error, 3 cluster or service unreachable',
    ''
  ].join('\n')
}

/** One command's help: summary, usage, examples and every flag it accepts. */
export function renderCommandHelp(command: Command): string {
  return [
    command.summary,
    '',
    `usage: ${command.usage}`,
    '',
    ...exampleLines(command.examples),
    'flags:',
    ...flagLines(command.options.filter((o) => !o.hidden)),
    ''
  ].join('\n')
}

/** How a flag is written in help: `-f, --file <path>`, `    --[no-]prune`. */
export function flagSynopsis(option: OptionSpec): string {
  const alias = option.alias ? `-${option.alias}, ` : '    '
  const name = option.negatable ? `--[no-]${option.name}` : `--${option.name}`
  const value =
    option.type === 'boolean' ? '' : ` ${option.valueName ?? '<value>'}`
  return `${alias}${name}${value}`
}

function flagLines(
  options: readonly OptionSpec[],
  suffix: (o: OptionSpec) => string = () => ''
): string[] {
  const synopses = options.map(flagSynopsis)
  // Long synopses (`--sort <column[:asc|:desc]>`) put their description on
  // the next line rather than push every other column far right.
  const width = Math.min(30, Math.max(...synopses.map((s) => s.length)))
  return options.map((option, i) => {
    const synopsis = synopses[i] ?? ''
    const repeatable = option.repeatable ? ' (repeatable)' : ''
    const text = `${option.description}${repeatable}${suffix(option)}`
    return synopsis.length > width
      ? `  ${synopsis}\n  ${' '.repeat(width)}  ${text}`
      : `  ${synopsis.padEnd(width)}  ${text}`
  })
}

function exampleLines(examples: readonly CommandExample[]): string[] {
  if (examples.length === 0) return []
  return [
    'examples:',
    ...examples.flatMap((e, i) => [
      ...(i > 0 ? [''] : []),
      `  # ${e.description}`,
      `  ${e.command}`
    ]),
    ''
  ]
}

/** Which commands accept a shared flag: "every command" or their names. */
function takenBy(option: OptionSpec, commands: readonly Command[]): string {
  const names = commands
    .filter((c) => c.options.some((o) => o.name === option.name && !o.hidden))
    .map((c) => c.name)
  return names.length === commands.length ? 'every command' : names.join(', ')
}
