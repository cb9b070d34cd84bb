/**
 * Loading a registry folder: the bundled helm_registries/ (read once per
 * process and cached) or any folder given on the command line. Files are read
 * in name order so entries and diagnostics are deterministic (STYLE.md §5.7).
 */
import { lstat, readdir, readFile, realpath } from 'node:fs/promises'
import type { Diagnostic } from '../diagnostics.js'
import type { FileSystem } from '../ports/fs.js'
import { compareText } from '../diagnostics.js'
import { readGuarded, readRoot } from '../definition/guarded-read.js'
import { packageFile } from '../package-files.js'
import {
  parseRegistryFile,
  type CatalogEntry,
  type ParsedRegistryFile
} from './registry-file.js'

/** What a registry folder holds. */
export interface RegistryFolder {
  /** The `*.yaml` / `*.yml` files, parsed, sorted by name. */
  files: ParsedRegistryFile[]
  /** The folder's README.md (where exceptions are recorded), if any. */
  readme?: { name: string; text: string }
  /** Other entries (not YAML, not README.md, not hidden), sorted. */
  others: string[]
}

/** The registries of a folder that passed the schema, with what was wrong with the rest. */
export interface Catalog {
  entries: CatalogEntry[]
  /** Problems of files that were left out (schema, YAML); empty for the bundled folder. */
  diagnostics: Diagnostic[]
}

/**
 * The FileSystem port a folder load reads through: a folder given on the
 * command line may come from a pull request, so its files are read with
 * the guarded reader (definition/guarded-read.ts), inside the folder.
 */
export type FolderReader = FileSystem

const decoder = new TextDecoder('utf-8')

/**
 * Reads and parses every registry file of `folder`. Diagnostics name files as
 * `<displayFolder>/<file>`. Rejects only when the folder cannot be listed.
 */
export async function loadRegistryFolder(
  reader: FolderReader,
  folder: string,
  displayFolder = folder
): Promise<RegistryFolder> {
  const names = (await reader.readdir(folder)).sort(compareText)
  const prefix = displayFolder.replace(/\\/g, '/').replace(/\/+$/, '')
  const display = (name: string): string =>
    prefix ? `${prefix}/${name}` : name
  const yamlNames = names.filter(
    (n) => /\.ya?ml$/.test(n) && !n.startsWith('.')
  )
  const inside = await readRoot(reader, folder)
  const read = (name: string, what: string) =>
    readGuarded(reader, inside, name, what)
  // 119 small files: reading them concurrently keeps the cold load short.
  const reads = await Promise.all(
    yamlNames.map((n) => read(n, 'the registry file'))
  )
  const files = yamlNames.map((n, i) => {
    const got = reads[i]
    if (got === undefined || 'bytes' in got)
      return parseRegistryFile(n, display(n), decoder.decode(got?.bytes))
    // Refused (a FIFO, a link out of the folder, too large): said once,
    // at the file, instead of what its empty text would make of it.
    return {
      ...parseRegistryFile(n, display(n), ''),
      entry: undefined,
      diagnostics: [refusedAt(display(n), got.refused)]
    }
  })
  const readmeName = names.find((n) => n === 'README.md')
  const readmeRead =
    readmeName !== undefined ? await read(readmeName, 'README.md') : undefined
  const readme =
    readmeName !== undefined && readmeRead && 'bytes' in readmeRead
      ? { name: display(readmeName), text: decoder.decode(readmeRead.bytes) }
      : undefined
  const others = names.filter(
    (n) => !n.startsWith('.') && n !== readmeName && !yamlNames.includes(n)
  )
  return { files, others, ...(readme ? { readme } : {}) }
}

function refusedAt(
  file: string,
  refused: { code: string; message: string; hint?: string }
): Diagnostic {
  return {
    severity: 'error',
    code: refused.code,
    message: refused.message,
    file,
    line: 1,
    column: 1,
    ...(refused.hint ? { hint: refused.hint } : {})
  }
}

/** The entries of a loaded folder, plus the diagnostics of files left out. */
export function catalogFromFolder(folder: RegistryFolder): Catalog {
  return {
    entries: folder.files.flatMap((f) => (f.entry ? [f.entry] : [])),
    diagnostics: folder.files.flatMap((f) => f.diagnostics)
  }
}

/** Loads any registry folder as a catalog (e.g. `catalog list --registries dir`). */
export async function loadCatalog(
  reader: FolderReader,
  folder: string,
  displayFolder = folder
): Promise<Catalog> {
  return catalogFromFolder(
    await loadRegistryFolder(reader, folder, displayFolder)
  )
}

let bundled: Promise<Catalog> | undefined

/**
 * The catalog shipped with ClusterSync (helm_registries/ beside dist/ or
 * src/), loaded on first call and shared afterwards. The folder is part of
 * the installation, not the user's repository, so it is read with node:fs
 * rather than through the repository's FileSystem port.
 */
export function loadBundledCatalog(): Promise<Catalog> {
  bundled ??= loadCatalog(
    installationReader,
    packageFile('helm_registries'),
    'helm_registries'
  ).catch((error: unknown) => {
    // Don't cache a failure: a later call may succeed (and tests may retry).
    bundled = undefined
    throw error
  })
  return bundled
}

/** The installation's own folder: trusted, so read plainly, with the same checks. */
const installationReader: FolderReader = {
  readdir: (path) => readdir(path),
  readFile: async (path) => new Uint8Array(await readFile(path)),
  realpath: (path) => realpath(path),
  stat: async (path) => {
    const s = await lstat(path)
    return {
      isFile: s.isFile(),
      isDirectory: s.isDirectory(),
      isSymbolicLink: s.isSymbolicLink(),
      kind: s.isFile()
        ? 'file'
        : s.isDirectory()
          ? 'folder'
          : s.isSymbolicLink()
            ? 'symbolic link'
            : 'device',
      size: s.size
    }
  }
}
