/**
 * A folder given where a definition is expected: every cluster definition
 * `discover` finds in it (fleet/find-definitions.ts), each with the
 * repository root it is read under. `validate` and `plan` take one; the
 * commands that act on one cluster (sync, status, history) refuse it
 * (target.ts) and say how to act on a fleet instead.
 */
import { resolve } from 'node:path'
import { ConfigurationError } from '../errors.js'
import { findDefinitions } from '../fleet/find-definitions.js'
import { stringOption, type ParsedArgs } from './args.js'
import type { CliContext } from './context.js'
import { gitTopLevel } from './git-answers.js'
import { definitionPath, type DefinitionTarget } from './target.js'

/** One cluster of a folder: its name and where its definition is. */
export interface FleetTarget extends DefinitionTarget {
  cluster: string
}

/**
 * The definitions in the folder the arguments name, sorted by path; or
 * undefined when they name no folder (one definition, as before). Throws
 * ConfigurationError when the folder holds none.
 */
export async function folderTargets(
  args: ParsedArgs,
  ctx: CliContext
): Promise<FleetTarget[] | undefined> {
  const folder = await folderOf(args, ctx)
  if (folder === undefined) return undefined
  const rootFlag = stringOption(args, 'root')
  const root =
    rootFlag !== undefined
      ? resolve(ctx.cwd, rootFlag)
      : await gitTopLevel(folder, ctx)
  const members = await findDefinitions(ctx.fs, root, folder)
  if (members.length === 0) {
    throw new ConfigurationError(
      `no cluster definitions (files with kind: ImportCluster) in ${folder}`
    )
  }
  return members.map((m) => ({ cluster: m.cluster, root, file: m.definition }))
}

async function folderOf(
  args: ParsedArgs,
  ctx: CliContext
): Promise<string | undefined> {
  if (args.positionals.length > 1) return undefined
  const path = definitionPath(args, ctx.cwd)
  const stat = await ctx.fs.stat(path).catch(() => undefined)
  return stat?.isDirectory ? path : undefined
}
