/**
 * The CLI's composition root and failure funnel (STYLE.md §5.3): parses the
 * command line, runs the command with the given context, and turns every
 * error into a message and an exit code — never a stack trace for user errors.
 * Exit codes: 0 ok (warnings allowed), 1 invalid definition or failed
 * operation, 2 usage error, 3 cluster or external system unreachable.
 */
import { readFileSync } from 'node:fs'
import { packageFile } from './package-files.js'
import { commands } from './cli/commands/index.js'
import { commonOptions, parseArgs } from './cli/args.js'
import type { Command, CliContext } from './cli/context.js'
import {
  ConfigurationError,
  UnreachableError,
  UsageError,
  getErrorMessage
} from './errors.js'

export const exitCodes = { ok: 0, failed: 1, usage: 2, unreachable: 3 } as const

/** Runs `clustersync <argv…>` and resolves with the exit code; never rejects. */
export async function runCli(
  argv: readonly string[],
  ctx: CliContext
): Promise<number> {
  const [name, ...rest] = argv
  if (
    name === undefined ||
    name === '--help' ||
    name === '-h' ||
    name === 'help'
  ) {
    ctx.stdout.write(renderHelp())
    return name === undefined ? exitCodes.usage : exitCodes.ok
  }
  if (name === '--version' || name === '-v') {
    ctx.stdout.write(`${version()}\n`)
    return exitCodes.ok
  }
  const command = commands.find((c) => c.name === name)
  if (!command) {
    ctx.stderr.write(`error: unknown command "${name}"\n\n${renderHelp()}`)
    return exitCodes.usage
  }
  try {
    const args = parseArgs(rest, [...commonOptions, ...command.options])
    if (args.options.help === true) {
      ctx.stdout.write(renderCommandHelp(command))
      return exitCodes.ok
    }
    return await command.run(args, ctx)
  } catch (error) {
    return reportFailure(error, command, ctx)
  }
}

function reportFailure(
  error: unknown,
  command: Command,
  ctx: CliContext
): number {
  const message = getErrorMessage(error)
  if (error instanceof UsageError) {
    ctx.stderr.write(`error: ${message}\nusage: ${command.usage}\n`)
    return exitCodes.usage
  }
  if (error instanceof UnreachableError) {
    ctx.stderr.write(`error: ${message}\n`)
    return exitCodes.unreachable
  }
  if (error instanceof ConfigurationError) {
    ctx.stderr.write(`error: ${message}\n`)
    return exitCodes.failed
  }
  // An unexpected failure is a bug of ours: say so, and show the stack only
  // when asked, so users never see one for their own mistakes.
  ctx.stderr.write(`error: ${message}\n`)
  if (ctx.env.CLUSTERSYNC_DEBUG && error instanceof Error && error.stack) {
    ctx.stderr.write(`${error.stack}\n`)
  }
  return exitCodes.failed
}

function renderHelp(): string {
  const width = Math.max(...commands.map((c) => c.name.length), 8)
  const lines = commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`)
  return [
    'clustersync: sync Ankra ImportCluster definitions to Kubernetes',
    '',
    'usage: clustersync <command> [definition] [options]',
    '',
    'commands:',
    ...lines,
    '',
    'common options:',
    ...commonOptions.map(
      (o) => `  --${o.name}${o.alias ? `, -${o.alias}` : ''}  ${o.description}`
    ),
    '',
    'exit codes: 0 ok, 1 invalid or failed, 2 usage error, 3 cluster or service unreachable',
    "run 'clustersync <command> --help' for a command's options",
    ''
  ].join('\n')
}

function renderCommandHelp(command: Command): string {
  const options = [...command.options, ...commonOptions]
  return [
    `usage: ${command.usage}`,
    '',
    command.summary,
    '',
    'options:',
    ...options.map(
      (o) =>
        `  --${o.name}${o.alias ? `, -${o.alias}` : ''}${o.type === 'boolean' ? '' : ' <value>'}  ${o.description}${o.choices ? ` (${o.choices.join('|')})` : ''}`
    ),
    ''
  ].join('\n')
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
