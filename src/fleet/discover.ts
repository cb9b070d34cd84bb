/**
 * `discover`: the fleet's cluster definitions as a GitHub Actions matrix,
 * optionally only those a change since a commit touches, and split into
 * shards (GitHub runs at most 256 jobs per matrix).
 *
 * A definition is touched when any file it reads changed. What it reads is
 * not guessed from its text: each definition is loaded by the loader a sync
 * uses, through an InputJournal (the record the unchanged-files check keys
 * on), so the selection cannot disagree with what a sync reads — includes,
 * `from_file`, values, chart folders, encrypted files, and files that were
 * looked for and not found. A path counts when it was read, looked at or
 * listed, or when its folder was listed (a file added to an included
 * folder). The load is in its reads-only mode (load.ts), and nothing is
 * validated: validation reads no file, and the contents of the files that
 * entries point at name no other file.
 */
import { InputJournal } from '../definition/input-journal.js'
import { clusterNameIn } from '../definition/cluster-name.js'
import { loadDefinition } from '../definition/load.js'
import { ConfigurationError } from '../errors.js'
import type { Exec } from '../ports/exec.js'
import type { FileSystem } from '../ports/fs.js'
import {
  findDefinitions,
  isImportCluster,
  repoPath,
  type FleetMember
} from './find-definitions.js'
import { changesSince, resolveCommit, textAt } from './git-changes.js'
import { shardOf, type Shard } from './shard.js'

export interface DiscoverOptions {
  fs: FileSystem
  exec: Exec
  /** Absolute repository root; definitions are named from it. */
  root: string
  /** Absolute folder searched (the root or below it). */
  folder: string
  /** Only clusters touched since this commit (any ref git can resolve). */
  changedSince?: string
  shard?: Shard
}

/** The matrix (`include`) and, with a base commit, the definitions deleted since. */
export interface Discovery {
  include: FleetMember[]
  /** Present only when asked for changes since a commit. */
  removed?: FleetMember[]
  /** Clusters found before selection and sharding. */
  found: number
  /** The commit the selection was made against. */
  base?: string
}

/** How many definitions are loaded at once when selecting. */
const loadConcurrency = 8

/**
 * Finds, selects and shards. Throws ConfigurationError when two
 * definitions name the same cluster (their check runs, statuses and
 * concurrency groups would collide) or when `changedSince` is unknown.
 */
export async function discover(options: DiscoverOptions): Promise<Discovery> {
  // The walk reads every YAML file of the repository once, only to see
  // whether it is a definition: through the port itself, so their bytes
  // are not kept for the run (retaining them was a sixth of the listing's
  // CPU profile, in garbage collection). The selection's loads go to the
  // port too: each load asks each question once (its own memoized view),
  // and keeping every answer for the run bought nothing but collection.
  const all = await findDefinitions(options.fs, options.root, options.folder)
  const fs = options.fs
  refuseDuplicates(all)
  if (options.changedSince === undefined) {
    return {
      include: shardOf(all, options.shard),
      found: all.length
    }
  }
  const base = await resolveCommit(
    options.exec,
    options.root,
    options.changedSince
  )
  if (base === undefined) {
    throw new ConfigurationError(
      `--changed-since: git knows no commit "${options.changedSince}" in ${options.root} (a shallow clone may lack it: fetch more history, for example git fetch --deepen=50)`
    )
  }
  const changes = await changesSince(options.exec, options.root, base)
  const folder = repoPath(options.root, options.folder)
  const selected = await selectTouched(fs, options.root, all, changes.changed)
  const removed = await removedSince(
    options,
    base,
    changes.deleted.filter((p) => inFolder(folder, p)),
    new Set(all.map((m) => m.cluster))
  )
  return {
    include: shardOf(selected, options.shard),
    removed: shardOf(removed, options.shard),
    found: all.length,
    base
  }
}

/** The members whose recorded reads meet a changed path. */
async function selectTouched(
  fs: FileSystem,
  root: string,
  members: FleetMember[],
  changed: Set<string>
): Promise<FleetMember[]> {
  if (changed.size === 0) return []
  const parents = new Set([...changed].map(parentOf))
  const touched = new Array<boolean>(members.length).fill(false)
  let next = 0
  const worker = async (): Promise<void> => {
    for (let i = next++; i < members.length; i = next++) {
      const member = members[i] as FleetMember
      // The definition itself changed: no need to ask what it reads.
      if (changed.has(member.definition)) {
        touched[i] = true
        continue
      }
      const journal = await journalOf(fs, root, member.definition)
      for (const [op, path] of journal.calls()) {
        if (changed.has(path) || (op === 'l' && parents.has(path))) {
          touched[i] = true
          break
        }
      }
    }
  }
  await Promise.all(Array.from({ length: loadConcurrency }, worker))
  return members.filter((_, i) => touched[i])
}

/** The calls the definition's load made on the file system. */
async function journalOf(
  fs: FileSystem,
  root: string,
  file: string
): Promise<InputJournal> {
  // Only the paths: no hash of each answer, which only a digest needs.
  const journal = new InputJournal(root, { answers: false })
  await loadDefinition({ fs: journal.wrap(fs), root, file, readsOnly: true })
  return journal
}

/** Deleted files that were cluster definitions at `base`, except clusters still defined elsewhere (moved). */
async function removedSince(
  options: DiscoverOptions,
  base: string,
  deleted: string[],
  stillDefined: Set<string>
): Promise<FleetMember[]> {
  const candidates = deleted.filter(
    (p) => p.endsWith('.yaml') || p.endsWith('.yml')
  )
  const found = await Promise.all(
    candidates.map(async (definition) => {
      const text = await textAt(options.exec, options.root, base, definition)
      if (text === undefined || !isImportCluster(text)) return undefined
      const cluster = clusterNameIn(text)
      if (cluster === undefined || stillDefined.has(cluster)) return undefined
      return { cluster, definition }
    })
  )
  return found.filter((m): m is FleetMember => m !== undefined)
}

function refuseDuplicates(members: FleetMember[]): void {
  const seen = new Map<string, string>()
  for (const m of members) {
    const other = seen.get(m.cluster)
    if (other !== undefined) {
      throw new ConfigurationError(
        `${other} and ${m.definition} both define cluster "${m.cluster}": their check runs, statuses and history would overwrite each other; give each cluster its own metadata.name`
      )
    }
    seen.set(m.cluster, m.definition)
  }
}

function parentOf(path: string): string {
  const at = path.lastIndexOf('/')
  return at < 0 ? '.' : path.slice(0, at)
}

function inFolder(folder: string, path: string): boolean {
  return folder === '.' || path === folder || path.startsWith(`${folder}/`)
}
