/**
 * Where the definition and the repository root are, from the common flags:
 * the positional path or `-f/--file` (default `cluster.yaml`), and `--root`
 * (default: the git top level of the definition's folder, else that folder).
 */
import { dirname, relative, resolve, sep } from 'node:path'
import { isInside } from '../definition/guarded-read.js'
import { UsageError } from '../errors.js'
import { stringOption, type ParsedArgs } from './args.js'
import type { CliContext } from './context.js'
import { gitTopLevel } from './git-answers.js'

export interface DefinitionTarget {
  /** Absolute path of the repository root. */
  root: string
  /** Path of the definition relative to the root, with forward slashes. */
  file: string
}

/** The definition's absolute path: the positional argument, else `--file`, else `cluster.yaml`. */
export function definitionPath(args: ParsedArgs, cwd: string): string {
  return resolve(
    cwd,
    args.positionals[0] ?? stringOption(args, 'file') ?? 'cluster.yaml'
  )
}

/** Resolves the definition and root; throws UsageError when they contradict. */
export async function resolveTarget(
  args: ParsedArgs,
  ctx: CliContext
): Promise<DefinitionTarget> {
  const positional = args.positionals[0]
  const flag = stringOption(args, 'file')
  if (positional !== undefined && flag !== undefined && positional !== flag) {
    throw new UsageError(
      `give the definition once: either as an argument ("${positional}") or with --file ("${flag}")`
    )
  }
  if (args.positionals.length > 1) {
    throw new UsageError(
      `expected one definition path, got ${args.positionals.length}: ${args.positionals.join(' ')}`
    )
  }
  const definition = definitionPath(args, ctx.cwd)
  if ((await ctx.fs.stat(definition).catch(() => undefined))?.isDirectory) {
    throw new UsageError(
      `${definition} is a folder, and this command acts on one cluster: give its definition, or run one job per cluster (clustersync discover lists them as a matrix)`
    )
  }
  const rootFlag = stringOption(args, 'root')
  const root =
    rootFlag !== undefined
      ? resolve(ctx.cwd, rootFlag)
      : await gitTopLevel(dirname(definition), ctx)
  const rel = relative(root, definition)
  // By path segments: "..cluster.yaml" is inside the root.
  if (!isInside(root, definition)) {
    throw new UsageError(
      `the definition ${definition} is outside the repository root ${root}; pass --root`
    )
  }
  return { root, file: rel.split(sep).join('/') }
}
