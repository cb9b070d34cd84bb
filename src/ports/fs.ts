/**
 * Reading the repository. The definition loader sees files only through this
 * port, so tests can run it on an in-memory tree.
 */

/** What a path is; anything but a regular file or a folder is never read. */
export type FileKind =
  'file' | 'folder' | 'symbolic link' | 'FIFO' | 'socket' | 'device'

export interface FileStat {
  isFile: boolean
  isDirectory: boolean
  isSymbolicLink: boolean
  /** The same answer as the three flags, naming FIFOs, sockets and devices too. */
  kind: FileKind
  size: number
}

/** A folder entry: its name (not its path) and its kind. */
export interface DirEntry {
  name: string
  kind: FileKind
}

export interface FileSystem {
  /**
   * The bytes of the regular file at `path`, never more than `maxBytes` of
   * them, even when the file grows while it is read or its size lies (a
   * file of /proc). Rejects with a NodeJS-style `code`: 'ENOENT', 'EISDIR',
   * 'EFTYPE' (a FIFO, socket or device, never waited on; the error's `kind`
   * names it) or 'EFBIG' (more than `maxBytes`).
   */
  readFile(path: string, maxBytes: number): Promise<Uint8Array>
  /** lstat: does not follow a final symlink; rejects with `code` 'ENOENT' if missing. */
  stat(path: string): Promise<FileStat>
  /** Names (not paths) of the entries of a folder, in no particular order. */
  readdir(path: string): Promise<string[]>
  /**
   * The entries of a folder with their kinds, as lstat would name them
   * (a symbolic link is a link, never what it points at), in no particular
   * order. Optional: a file system that cannot tell kinds while listing
   * leaves it out, and callers lstat each entry instead. Walks over many
   * files use it (fleet discovery lists every folder of a repository).
   */
  readdirKinds?(path: string): Promise<DirEntry[]>
  /** The path with every symlink resolved; rejects with `code` 'ENOENT' if missing. */
  realpath(path: string): Promise<string>
}
