/** The FileSystem port over node:fs/promises. */
import { lstat, readdir, readFile, realpath } from 'node:fs/promises'
import type { FileSystem } from '../ports/fs.js'

/** Creates the FileSystem that reads the real checkout. */
export function createNodeFs(): FileSystem {
  return {
    readFile: async (path) => new Uint8Array(await readFile(path)),
    stat: async (path) => {
      const s = await lstat(path)
      return {
        isFile: s.isFile(),
        isDirectory: s.isDirectory(),
        isSymbolicLink: s.isSymbolicLink(),
        size: s.size
      }
    },
    readdir: (path) => readdir(path),
    realpath: (path) => realpath(path)
  }
}
