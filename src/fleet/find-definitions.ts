/**
 * Finding a fleet's cluster definitions: every YAML file under a folder
 * whose document says `kind: ImportCluster` (the layout of Ankra's example
 * repository, `clusters/<name>/cluster.yaml`, and any other). Included
 * fragments say no kind, so they are never taken for clusters.
 *
 * The walk goes through the FileSystem port and never follows a symbolic
 * link (a link to `/` would make it read the runner's disk), and skips
 * hidden folders (`.git`, `.github`) and `node_modules`, which hold no
 * cluster of the repository's own.
 */
import { basename, extname, join, posix } from 'node:path'
import { clusterNameIn } from '../definition/cluster-name.js'
import { compareText } from '../diagnostics.js'
import { maxFileBytes } from '../definition/guarded-read.js'
import type { FileKind, FileSystem } from '../ports/fs.js'

/** One matrix entry: the cluster's name and its definition's repository path. */
export interface FleetMember {
  cluster: string
  /** Path from the repository root, forward slashes. */
  definition: string
}

/** `kind: ImportCluster` at the top level of a document, quoted or not. */
const importClusterKind = /^kind:[ \t]*(["']?)ImportCluster\1[ \t]*(#.*)?$/m

/** True when the text is a cluster definition (says `kind: ImportCluster`). */
export function isImportCluster(text: string): boolean {
  // The cheap test first: most YAML files in a repository are not definitions.
  return text.includes('ImportCluster') && importClusterKind.test(text)
}

/** Folder names the walk never enters. */
function skipped(name: string): boolean {
  return name.startsWith('.') || name === 'node_modules'
}

function isYaml(name: string): boolean {
  return name.endsWith('.yaml') || name.endsWith('.yml')
}

/**
 * The cluster definitions under `folder` (absolute), named by their path
 * from `root`, sorted by that path. A definition whose name cannot be read
 * is named as the Action names its check run then (the file's base name),
 * so its sync job still runs and reports the real problem.
 */
export async function findDefinitions(
  fs: FileSystem,
  root: string,
  folder: string
): Promise<FleetMember[]> {
  const files = await yamlFilesUnder(fs, folder)
  const found = await Promise.all(
    files.map(async (path) => {
      const text = await fs.readFile(path, maxFileBytes).then(
        (bytes) => new TextDecoder().decode(bytes),
        // Unreadable (too large, vanished): not a definition we can use; a
        // sync of it would say why.
        () => ''
      )
      if (!isImportCluster(text)) return undefined
      const definition = repoPath(root, path)
      return {
        cluster:
          clusterNameIn(text) ?? basename(definition, extname(definition)),
        definition
      }
    })
  )
  return found
    .filter((m): m is FleetMember => m !== undefined)
    .sort((a, b) => compareText(a.definition, b.definition))
}

/** Every `.yaml`/`.yml` regular file below `folder`, breadth-first. */
async function yamlFilesUnder(
  fs: FileSystem,
  folder: string
): Promise<string[]> {
  const files: string[] = []
  let level = [folder]
  while (level.length > 0) {
    const next: string[] = []
    await Promise.all(
      level.map(async (dir) => {
        for (const { name, kind } of await entriesOf(fs, dir)) {
          if (kind === 'folder' && !skipped(name)) next.push(join(dir, name))
          else if (kind === 'file' && isYaml(name)) files.push(join(dir, name))
        }
      })
    )
    level = next
  }
  return files
}

/**
 * A folder's entries that may be a folder or a definition, with their
 * kinds: from the listing when the file system gives them (no lstat per
 * file, which dominated a walk of 20,000 files), else by an lstat of each.
 * An unreadable folder has none.
 */
async function entriesOf(
  fs: FileSystem,
  dir: string
): Promise<{ name: string; kind: FileKind | undefined }[]> {
  if (fs.readdirKinds) return fs.readdirKinds(dir).catch(() => [])
  const names = await fs.readdir(dir).catch(() => [] as string[])
  return Promise.all(
    names
      // Only what may be a folder or a definition is asked about.
      .filter((name) => isYaml(name) || !skipped(name))
      .map(async (name) => ({
        name,
        kind: (await fs.stat(join(dir, name)).catch(() => undefined))?.kind
      }))
  )
}

/** `path` relative to `root`, with forward slashes. */
export function repoPath(root: string, path: string): string {
  const rel = posix.relative(
    root.split('\\').join('/'),
    path.split('\\').join('/')
  )
  return rel === '' ? '.' : rel
}
