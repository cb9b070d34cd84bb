/**
 * What a shell completes, read from the commands' own flag lists (the ones
 * their parsers and help read), so a completion script can never offer a
 * flag the command refuses. Each shell's script is rendered from this.
 */
import type { OptionSpec } from '../args.js'
import type { Command } from '../context.js'
import { topLevelOptions } from '../help.js'

export interface CompletionFlag {
  /** `--file`; `--no-prune` for a negatable flag's other form. */
  long: string
  short?: string
  takesValue: boolean
  /** May be given several times (`--chart-mirror`). */
  repeatable?: boolean
  /** The values to offer (`--format`'s choices). */
  values?: readonly string[]
  /** How to complete a free value: files, folders, kubeconfig contexts; absent: nothing. */
  complete?: 'file' | 'folder' | 'context'
  description: string
}

export interface CompletionCommand {
  name: string
  summary: string
  flags: CompletionFlag[]
  /** Words the first argument may be; absent, the argument is a file when `files`. */
  words?: readonly string[]
  /** The positional argument is a path (the definition). */
  files: boolean
}

export interface CompletionModel {
  commands: CompletionCommand[]
  /** `--help`, `--version`: what `clustersync -<TAB>` offers. */
  topLevelFlags: CompletionFlag[]
}

/** The completion model of `commands`, with `help` completing command names. */
export function completionModel(commands: readonly Command[]): CompletionModel {
  const names = commands.map((c) => c.name)
  return {
    commands: [
      ...commands.map((c) => ({
        name: c.name,
        summary: c.summary,
        flags: c.options.filter((o) => !o.hidden).flatMap(completionFlags),
        ...(c.actions ? { words: c.actions } : {}),
        files:
          c.actions === undefined && c.options.some((o) => o.name === 'file')
      })),
      {
        name: 'help',
        summary: 'Show the help of clustersync or of one command',
        flags: [],
        words: names,
        files: false
      }
    ],
    topLevelFlags: topLevelOptions.flatMap(completionFlags)
  }
}

function completionFlags(option: OptionSpec): CompletionFlag[] {
  const flag: CompletionFlag = {
    long: `--${option.name}`,
    ...(option.alias ? { short: `-${option.alias}` } : {}),
    takesValue: option.type !== 'boolean',
    ...(option.repeatable ? { repeatable: true } : {}),
    ...(option.choices ? { values: option.choices } : {}),
    ...(option.complete ? { complete: option.complete } : {}),
    description: firstClause(option.description)
  }
  if (!option.negatable) return [flag]
  return [
    flag,
    {
      long: `--no-${option.name}`,
      takesValue: false,
      description: `Turn --${option.name} off`
    }
  ]
}

/** A description short enough for a completion menu: its first clause, without asides in parentheses. */
function firstClause(text: string): string {
  const plain = text.replace(/ \([^()]*\)/g, '')
  return plain.split('; ')[0] ?? plain
}
