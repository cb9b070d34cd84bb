/** What `clustersync discover` does (discover-command.ts describes the command). */
import { resolve } from 'node:path'
import { UsageError } from '../../errors.js'
import { discover, type Discovery } from '../../fleet/discover.js'
import { renderMatrix, removedNotice } from '../../fleet/matrix.js'
import { parseShard } from '../../fleet/shard.js'
import { plural } from '../../plural.js'
import { stringOption, type ParsedArgs } from '../args.js'
import type { CliContext } from '../context.js'
import { gitTopLevel } from '../git-answers.js'

export async function runDiscover(
  args: ParsedArgs,
  ctx: CliContext
): Promise<number> {
  if (args.positionals.length > 1) {
    throw new UsageError(
      `expected one folder, got ${args.positionals.length}: ${args.positionals.join(' ')}`
    )
  }
  const shardText = stringOption(args, 'shard')
  const shard =
    shardText === undefined ? undefined : parseShard(shardText, '--shard')
  const folder = resolve(ctx.cwd, args.positionals[0] ?? '.')
  const stat = await ctx.fs.stat(folder).catch(() => undefined)
  if (!stat?.isDirectory) {
    throw new UsageError(`${folder} is not a folder`)
  }
  const changedSince = stringOption(args, 'changed-since')
  const found = await discover({
    fs: ctx.fs,
    exec: ctx.exec,
    root: await gitTopLevel(folder, ctx),
    folder,
    ...(changedSince !== undefined ? { changedSince } : {}),
    ...(shard ? { shard } : {})
  })
  for (const removed of found.removed ?? [])
    ctx.stderr.write(`notice: ${removedNotice(removed, changedSince ?? '')}\n`)
  // JSON unless asked otherwise: the matrix is what workflows read.
  if (stringOption(args, 'format') === 'text') {
    ctx.stdout.write(renderText(found, changedSince))
  } else {
    ctx.stdout.write(`${renderMatrix(found)}\n`)
  }
  return 0
}

function renderText(found: Discovery, changedSince?: string): string {
  const rows = found.include
  if (rows.length === 0) {
    return changedSince === undefined
      ? 'No cluster definitions found.\n'
      : `No cluster changed since ${changedSince} (${plural(found.found, 'cluster')} found).\n`
  }
  const width = Math.max('CLUSTER'.length, ...rows.map((r) => r.cluster.length))
  return [
    `${'CLUSTER'.padEnd(width)}  DEFINITION`,
    ...rows.map((r) => `${r.cluster.padEnd(width)}  ${r.definition}`)
  ]
    .map((line) => `${line}\n`)
    .join('')
}
