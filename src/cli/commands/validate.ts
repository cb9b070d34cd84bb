/**
 * `clustersync validate [definition] [--ref branch] [--format text|json|github]`:
 * loads the definition with its includes, validates it, prints every
 * diagnostic and exits 0 (valid, warnings allowed) or 1 (invalid).
 */
import { bundledRegistryLookup } from '../../catalog/bundled-lookup.js'
import { hasErrors } from '../../diagnostics.js'
import {
  formatGithub,
  formatJson,
  formatSummary,
  formatText
} from '../../report/diagnostics-format.js'
import { checkDefinition } from '../../validate/validate.js'
import { outputFormat, stringOption, type ParsedArgs } from '../args.js'
import type { CliContext, Command } from '../context.js'
import { resolveTarget } from '../target.js'

/** The `validate` command, registered in commands/index.ts. */
export const validateCommand: Command = {
  name: 'validate',
  summary:
    'Check a cluster definition and everything it includes; report every problem with file:line:col',
  usage:
    'clustersync validate [definition] [-f path] [--root dir] [--ref branch] [--format text|json|github]',
  options: [
    {
      name: 'ref',
      type: 'string',
      description:
        'Branch being validated, for the wrong-branch check (default: the pull request base or pushed branch on GitHub Actions, else the current git branch)'
    }
  ],
  run: runValidate
}

async function runValidate(args: ParsedArgs, ctx: CliContext): Promise<number> {
  const target = await resolveTarget(args, ctx)
  const result = await checkDefinition({
    fs: ctx.fs,
    root: target.root,
    file: target.file,
    ref: await currentRef(args, ctx, target.root),
    mode: 'validate',
    registries: bundledRegistryLookup
  })
  const format = outputFormat(args)
  if (format === 'json') {
    ctx.stdout.write(formatJson(result.diagnostics))
  } else if (format === 'github') {
    ctx.stdout.write(formatGithub(result.diagnostics))
    ctx.stdout.write(formatSummary(result.diagnostics, target.file))
  } else {
    ctx.stdout.write(
      formatText(result.diagnostics, { color: ctx.stdout.isTTY })
    )
    ctx.stdout.write(formatSummary(result.diagnostics, target.file))
  }
  return hasErrors(result.diagnostics) ? 1 : 0
}

/**
 * The ref for the wrong-branch check: `--ref`; on GitHub Actions the pull
 * request's base branch, else the pushed branch; else the checkout's branch.
 */
export async function currentRef(
  args: ParsedArgs,
  ctx: CliContext,
  root: string
): Promise<string | undefined> {
  const flag = stringOption(args, 'ref')
  if (flag !== undefined) return flag
  if (ctx.env.GITHUB_ACTIONS === 'true') {
    const base = ctx.env.GITHUB_BASE_REF
    return base !== undefined && base !== '' ? base : ctx.env.GITHUB_REF_NAME
  }
  try {
    const result = await ctx.exec.run(
      'git',
      ['rev-parse', '--abbrev-ref', 'HEAD'],
      {
        cwd: root,
        timeoutMs: 10_000
      }
    )
    const branch = result.stdout.trim()
    // A detached HEAD (CI checkouts of a commit) names no branch to compare.
    return result.exitCode === 0 && branch !== '' && branch !== 'HEAD'
      ? branch
      : undefined
  } catch {
    return undefined
  }
}
