/**
 * The CLI's composition root and failure funnel (STYLE.md §5.3): parses the
 * command line, runs the command with the given context, and turns every
 * error into a message and an exit code — never a stack trace for user errors.
 * Exit codes: 0 ok (warnings allowed), 1 invalid definition or failed
 * operation, 2 usage error, 3 cluster or external system unreachable.
 */
import { readFileSync } from 'node:fs'
import { packageFile } from './package-files.js'
import { commands } from './cli/commands/all-commands.js'
import { parseArgs } from './cli/args.js'
import { colorOutput } from './cli/color.js'
import type { Command, CliContext } from './cli/context.js'
import { renderCommandHelp, renderHelp, topLevelOptions } from './cli/help.js'
import {
  ConfigurationError,
  UsageError,
  getErrorMessage,
  internalErrorMessage,
  isOutsideFailure,
  isUnreachableError
} from './errors.js'
import { suggest } from './validate/did-you-mean.js'

export const exitCodes = { ok: 0, failed: 1, usage: 2, unreachable: 3 } as const

/** Runs `clustersync <argv…>` and resolves with the exit code; never rejects. */
export async function runCli(
  argv: readonly string[],
  ctx: CliContext
): Promise<number> {
  const [name, ...rest] = argv
  if (name === undefined) {
    ctx.stdout.write(renderHelp(commands))
    return exitCodes.usage
  }
  if (name.startsWith('-')) return runTopLevelFlag(argv, ctx)
  if (name === 'help') return runHelp(rest, ctx)
  const command = commands.find((c) => c.name === name)
  if (!command) return unknownCommand(name, ctx)
  try {
    const args = parseArgs(rest, command.options)
    if (args.options.help === true) {
      ctx.stdout.write(renderCommandHelp(command))
      return exitCodes.ok
    }
    for (const warning of args.warnings ?? [])
      ctx.stderr.write(`warning: ${warning}\n`)
    return await command.run(args, { ...ctx, color: colorOutput(ctx, args) })
  } catch (error) {
    return reportFailure(error, command, ctx)
  }
}

/** `clustersync --help`, `--version`, or a flag given before any command. */
function runTopLevelFlag(argv: readonly string[], ctx: CliContext): number {
  try {
    const { options } = parseArgs(argv.slice(0, 1), topLevelOptions)
    if (options.version === true) {
      ctx.stdout.write(`${version()}\n`)
    } else {
      ctx.stdout.write(renderHelp(commands))
    }
    return exitCodes.ok
  } catch (error) {
    ctx.stderr.write(
      `error: ${getErrorMessage(error)}; a command's flags go after it: clustersync <command> [flags]\nRun 'clustersync --help' for usage.\n`
    )
    return exitCodes.usage
  }
}

/** `clustersync help [command]`, as kubectl and git take it. */
function runHelp(rest: readonly string[], ctx: CliContext): number {
  const [name] = rest
  if (name === undefined) {
    ctx.stdout.write(renderHelp(commands))
    return exitCodes.ok
  }
  const command = commands.find((c) => c.name === name)
  if (!command) return unknownCommand(name, ctx)
  ctx.stdout.write(renderCommandHelp(command))
  return exitCodes.ok
}

/** A mistyped command: say so with the closest one, as kubectl does (exit 2). */
function unknownCommand(name: string, ctx: CliContext): number {
  const match = suggest(name, [...commands.map((c) => c.name), 'help'])
  const hint = match === undefined ? '' : `; did you mean ${match}?`
  ctx.stderr.write(
    `error: unknown command "${name}"${hint}\nRun 'clustersync --help' for usage.\n`
  )
  return exitCodes.usage
}

function reportFailure(
  error: unknown,
  command: Command,
  ctx: CliContext
): number {
  const message = getErrorMessage(error)
  if (error instanceof UsageError) {
    ctx.stderr.write(
      `error: ${message}\nusage: ${command.usage}\nRun 'clustersync ${command.name} --help' for its flags and examples.\n`
    )
    return exitCodes.usage
  }
  if (error instanceof ConfigurationError) {
    ctx.stderr.write(`error: ${message}\n`)
    return exitCodes.failed
  }
  // Classified here, once, whatever layer the failure came from: a read
  // over the API channel, a kubectl or helm process, a GitHub request.
  if (isUnreachableError(error)) {
    ctx.stderr.write(`error: ${message}\n`)
    return exitCodes.unreachable
  }
  if (isOutsideFailure(error)) {
    ctx.stderr.write(`error: ${message}\n`)
    return exitCodes.failed
  }
  // An unexpected failure is a bug of ours: say so, as the Action does, and
  // show the stack only when asked, so users never see one for their own
  // mistakes.
  ctx.stderr.write(
    `error: ${internalErrorMessage(error, 'setting CLUSTERSYNC_DEBUG=1')}\n`
  )
  if (ctx.env.CLUSTERSYNC_DEBUG && error instanceof Error && error.stack) {
    ctx.stderr.write(`${error.stack}\n`)
  }
  return exitCodes.failed
}

function version(): string {
  const parsed: unknown = JSON.parse(
    readFileSync(packageFile('package.json'), 'utf8')
  )
  const value =
    typeof parsed === 'object' && parsed !== null && 'version' in parsed
      ? parsed.version
      : undefined
  return typeof value === 'string' ? value : 'unknown'
}
