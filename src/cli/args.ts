/**
 * The command-line contract shared by every subcommand (README "CLI"):
 * `clustersync <command> [definition] [flags]`. Parsing is declarative: each
 * command states every flag it accepts once (shared ones come from
 * shared-options.ts), and its parser, `--help` and the shell completion are
 * all made from that one list, so they cannot drift. Usage errors are
 * uniform (exit 2).
 */
import { UsageError } from '../errors.js'
import { editDistance } from '../validate/did-you-mean.js'

/** Re-exported for existing callers; the implementation lives with the suggestions. */
export { editDistance }

export type OptionType = 'string' | 'boolean' | 'number'

export interface OptionSpec {
  /** Long name without dashes, e.g. `kubeconfig`. */
  name: string
  alias?: string
  type: OptionType
  /** May be given several times; the value is then a string array. */
  repeatable?: boolean
  /** Allowed values, for usage errors that list them (and shell completion). */
  choices?: readonly string[]
  /**
   * Help lists `--[no-]<name>` (`--no-prune` is documented). The parser
   * takes `--no-<name>` for every boolean, as it always did.
   */
  negatable?: boolean
  /**
   * Accepted for compatibility but left out of help and completion; the
   * parser passes this warning on (`catalog ignores --root`).
   */
  hidden?: { warning: string }
  /** How `--help` names the value: `--kubeconfig <file>`; default `<value>`. */
  valueName?: string
  /** What a shell completes the value with; choices complete on their own. */
  complete?: 'file' | 'folder' | 'context'
  description: string
}

export type OptionValue = string | boolean | number | string[]

export interface ParsedArgs {
  positionals: string[]
  options: Record<string, OptionValue | undefined>
  /** Warnings for hidden flags given (one each), for stderr. */
  warnings?: string[]
}

/**
 * Parses `argv` (without the command name) against the given option specs.
 * Throws UsageError naming the flag and what it accepts.
 */
export function parseArgs(
  argv: readonly string[],
  specs: readonly OptionSpec[]
): ParsedArgs {
  const byName = new Map<string, OptionSpec>()
  for (const spec of specs) {
    byName.set(`--${spec.name}`, spec)
    if (spec.alias) byName.set(`-${spec.alias}`, spec)
  }
  const positionals: string[] = []
  const options: Record<string, OptionValue | undefined> = {}
  const warnings: string[] = []
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string
    if (arg === '--') {
      positionals.push(...argv.slice(i + 1))
      break
    }
    if (!arg.startsWith('-') || arg === '-') {
      positionals.push(arg)
      continue
    }
    const eq = arg.indexOf('=')
    const flag = eq > 0 ? arg.slice(0, eq) : arg
    const negated = flag.startsWith('--no-')
      ? byName.get(`--${flag.slice(5)}`)
      : undefined
    const spec =
      byName.get(flag) ?? (negated?.type === 'boolean' ? negated : undefined)
    if (!spec) {
      throw new UsageError(`unknown option ${flag}${suggestFlag(flag, specs)}`)
    }
    if (spec.hidden && !warnings.includes(spec.hidden.warning)) {
      warnings.push(spec.hidden.warning)
    }
    if (spec.type === 'boolean') {
      const inline = eq > 0 ? arg.slice(eq + 1) : undefined
      if (inline !== undefined && inline !== 'true' && inline !== 'false') {
        throw new UsageError(
          `option --${spec.name} takes true or false, not "${inline}"`
        )
      }
      options[spec.name] = spec === negated ? false : inline !== 'false'
      continue
    }
    let value: string | undefined = eq > 0 ? arg.slice(eq + 1) : argv[++i]
    if (
      value === undefined ||
      (eq < 0 && value.startsWith('-') && value !== '-')
    ) {
      throw new UsageError(`option --${spec.name} needs a value`)
    }
    if (spec.choices && !spec.choices.includes(value)) {
      throw new UsageError(
        `option --${spec.name} accepts ${spec.choices.join(', ')}; got "${value}"`
      )
    }
    if (spec.type === 'number') {
      const n = Number(value)
      if (!Number.isFinite(n))
        throw new UsageError(
          `option --${spec.name} takes a number; got "${value}"`
        )
      options[spec.name] = n
      continue
    }
    if (spec.repeatable) {
      const prev = options[spec.name]
      options[spec.name] = [...(Array.isArray(prev) ? prev : []), value]
    } else {
      options[spec.name] = value
    }
    value = undefined
  }
  return { positionals, options, ...(warnings.length ? { warnings } : {}) }
}

/** Reads a string option, or undefined. */
export function stringOption(
  args: ParsedArgs,
  name: string
): string | undefined {
  const v = args.options[name]
  return typeof v === 'string' ? v : undefined
}

/** Reads a boolean option with a default. */
export function booleanOption(
  args: ParsedArgs,
  name: string,
  fallback = false
): boolean {
  const v = args.options[name]
  return typeof v === 'boolean' ? v : fallback
}

/** Reads a number option, or undefined. */
export function numberOption(
  args: ParsedArgs,
  name: string
): number | undefined {
  const v = args.options[name]
  return typeof v === 'number' ? v : undefined
}

/** The output format; `text` by default. */
export function outputFormat(args: ParsedArgs): 'text' | 'json' | 'github' {
  const v = stringOption(args, 'format')
  return v === 'json' || v === 'github' ? v : 'text'
}

function suggestFlag(flag: string, specs: readonly OptionSpec[]): string {
  const name = flag.replace(/^-+/, '')
  let best: string | undefined
  let bestDistance = 3
  for (const spec of specs) {
    if (spec.hidden) continue
    const d = editDistance(name, spec.name)
    if (d < bestDistance) {
      bestDistance = d
      best = spec.name
    }
  }
  return best ? ` (did you mean --${best}?)` : ''
}
