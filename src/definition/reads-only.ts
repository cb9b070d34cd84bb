/**
 * The loader's reads-only mode (`LoadOptions.readsOnly`): a load that only
 * has to ask about the paths a full load asks about, for fleet discovery
 * (fleet/discover.ts), which learns from them which clusters a change
 * touches. Two things a full load does cannot change those paths:
 *
 * - reading and parsing a file an entry points at (`from_file`, values,
 *   encrypted files): its content is turned into values, never into more
 *   paths, so it is looked up (the same guards) and not read;
 * - `yaml`'s parse of a file that is composed (the definition, included
 *   stacks and entries): where the fast path vouches for the values
 *   (plain-yaml.ts holds it to `yaml`'s answers), Documents made from them
 *   compose the same way, so the same includes and references follow.
 */
import { posix } from 'node:path'
import { Document, LineCounter } from 'yaml'
import type { FileStat, FileSystem } from '../ports/fs.js'
import {
  absoluteIn,
  readGuarded,
  refuseUnreadable,
  type ReadRoot,
  type Refusal
} from './guarded-read.js'
import type { ParsedValues } from './plain-yaml.js'
import type { ParsedYaml } from './yaml-parse.js'

/**
 * What a lookup needs of the loader's context (repo-files.ts's
 * LoaderContext, which imports this module, so it is not named here).
 */
interface LookUpContext extends ReadRoot {
  fs: FileSystem
  cache: ReadonlyMap<string, unknown>
  listed: ReadonlyMap<string, { real: string; stat: FileStat }>
  filesRead: Set<string>
}

/**
 * Documents holding the fast path's values, to compose from. Their nodes
 * have no source ranges (every reader of a range allows for that), so each
 * place is line 1 of the file.
 */
export function documentsFromValues(parsed: ParsedValues): ParsedYaml {
  const lineCounter = new LineCounter()
  lineCounter.addNewLine(0)
  return {
    file: parsed.file,
    documents: parsed.values.map(
      // The fast path declines anchors and aliases, so no value is shared
      // and there is nothing to alias.
      ({ value }) =>
        new Document(value, {
          aliasDuplicateObjects: false
        }) as Document.Parsed
    ),
    lineCounter,
    text: parsed.text,
    reader: parsed.reader
  }
}

/**
 * Looks up the file an entry points at (`path`, repository-relative,
 * already checked not to climb out) as a read of it would, without
 * reading it; adds it to the files read, or resolves with why a read
 * would refuse it. Not cached: an include of the same file still reads it.
 *
 * A read resolves the file's real path first, one realpath per file; here
 * that is the real path of its folder, once per folder, and an lstat of
 * the file, which a read makes too. The two agree whenever the folder's
 * real path is the folder itself and the file is no symbolic link, and
 * then the paths asked about are the read's and the folder; otherwise the
 * lookup asks exactly what a read asks.
 */
export async function lookUpRepoFile(
  ctx: LookUpContext,
  path: string,
  what: string
): Promise<Refusal | undefined> {
  if (ctx.cache.has(path)) return undefined
  const refusal =
    ctx.listed.has(path) || !(await inPlainFolder(ctx, path))
      ? await lookUpAsRead(ctx, path, what)
      : await lookUpInPlainFolder(ctx, path, what)
  if (refusal === undefined) ctx.filesRead.add(path)
  return refusal
}

/** True when the real path of `path`'s folder is that folder, as written. */
async function inPlainFolder(
  ctx: LookUpContext,
  path: string
): Promise<boolean> {
  const folder = absoluteIn(ctx.root, posix.dirname(path).replace(/^\.$/, ''))
  const real = await ctx.fs.realpath(folder).catch(() => undefined)
  return real === folder && ctx.realRoot === ctx.root
}

/** The lookup of a file in a plain folder (see lookUpRepoFile). */
async function lookUpInPlainFolder(
  ctx: LookUpContext,
  path: string,
  what: string
): Promise<Refusal | undefined> {
  const file = absoluteIn(ctx.root, path)
  const stat = await ctx.fs.stat(file).catch(() => undefined)
  // Missing: as the read's realpath would, say so.
  if (stat === undefined) return lookUpAsRead(ctx, path, what)
  if (stat.kind === 'symbolic link') return lookUpAsRead(ctx, path, what)
  return refuseUnreadable(stat, path, what)?.refused
}

/** Every check of a guarded read, the read itself left out. */
async function lookUpAsRead(
  ctx: LookUpContext,
  path: string,
  what: string
): Promise<Refusal | undefined> {
  const known = ctx.listed.get(path)
  const read = await readGuarded(ctx.fs, ctx, path, what, {
    ...(known ? { known } : {}),
    read: () => noBytes
  })
  return 'refused' in read ? read.refused : undefined
}

const noBytes = Promise.resolve(new Uint8Array(0))
