/**
 * Reading the repository. The definition loader sees files only through this
 * port, so tests can run it on an in-memory tree.
 */

export interface FileStat {
  isFile: boolean
  isDirectory: boolean
  isSymbolicLink: boolean
  size: number
}

export interface FileSystem {
  /** The file's bytes; rejects with a NodeJS-style `code` ('ENOENT', 'EISDIR'). */
  readFile(path: string): Promise<Uint8Array>
  /** lstat: does not follow a final symlink; rejects with `code` 'ENOENT' if missing. */
  stat(path: string): Promise<FileStat>
  /** Names (not paths) of the entries of a folder, in no particular order. */
  readdir(path: string): Promise<string[]>
  /** The path with every symlink resolved; rejects with `code` 'ENOENT' if missing. */
  realpath(path: string): Promise<string>
}
