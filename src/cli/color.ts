/**
 * Whether the CLI colours its output: only on a terminal, and never when
 * the user said no — `--no-color`, or `NO_COLOR` set to anything but the
 * empty string (no-color.org), or `TERM=dumb` (a terminal that shows escape
 * codes as text).
 */
import { booleanOption, type ParsedArgs } from './args.js'
import type { CliContext } from './context.js'

/** True when standard output may carry colour escape codes. */
export function colorOutput(ctx: CliContext, args: ParsedArgs): boolean {
  if (booleanOption(args, 'no-color')) return false
  const noColor = ctx.env.NO_COLOR
  if (noColor !== undefined && noColor !== '') return false
  if (ctx.env.TERM === 'dumb') return false
  return ctx.stdout.isTTY
}
