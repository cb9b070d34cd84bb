/**
 * Flags several commands share, each defined once: where the definition is
 * (`-f/--file`, `--root`), the output format, and the two every command
 * takes (`--no-color`, `-h/--help`). A command lists exactly the ones it
 * reads, so `catalog --help` never offers `--root`.
 */
import type { OptionSpec } from './args.js'

/** The output formats; each command accepts the ones it can print. */
export type OutputFormat = 'text' | 'json' | 'github'

/** `-f/--file` and `--root`, for the commands that read a definition. */
export const definitionOptions: readonly OptionSpec[] = [
  {
    name: 'file',
    alias: 'f',
    type: 'string',
    valueName: '<path>',
    complete: 'file',
    description:
      'Path of the cluster definition, as the positional argument (default cluster.yaml)'
  },
  {
    name: 'root',
    type: 'string',
    valueName: '<dir>',
    complete: 'folder',
    description:
      'Repository root; includes may not leave it (default: the git top level of the definition, else its folder)'
  }
]

const formatMeanings: Record<OutputFormat, string> = {
  text: 'text for people',
  json: 'json for scripts',
  github: 'github for workflow-command annotations in GitHub Actions'
}

/** `--format` with the formats a command prints, each said with what it is for. */
export function formatOption(
  formats: readonly OutputFormat[],
  note = ''
): OptionSpec {
  const meanings = formats.map((f) => formatMeanings[f])
  const listed =
    meanings.length > 2
      ? `${meanings.slice(0, -1).join(', ')}, or ${meanings.at(-1) ?? ''}`
      : meanings.join(' or ')
  return {
    name: 'format',
    type: 'string',
    valueName: '<format>',
    choices: formats,
    description: `Output format: ${listed} (default text)${note}`
  }
}

/** Flags every command accepts, listed last in each command's help. */
export const globalOptions: readonly OptionSpec[] = [
  {
    name: 'no-color',
    type: 'boolean',
    description:
      'Never colour the output (also when NO_COLOR is set; colour is only ever used on a terminal)'
  },
  {
    name: 'help',
    alias: 'h',
    type: 'boolean',
    description: 'Show this help'
  }
]

/** A command's complete flag list: its own flags, then the global ones. */
export function withGlobalOptions(
  ...options: readonly OptionSpec[]
): readonly OptionSpec[] {
  return [...options, ...globalOptions]
}
