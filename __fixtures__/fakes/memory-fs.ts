/**
 * An in-memory FileSystem for loader tests: files by absolute POSIX path,
 * folders implied by the paths, optional symlinks and overridden sizes (so a
 * "6 MiB" file needs no 6 MiB of memory).
 */
import { posix } from 'node:path'
import type { FileStat, FileSystem } from '../../src/ports/fs.js'

function notFound(path: string): Error {
  return Object.assign(new Error(`ENOENT: ${path}`), { code: 'ENOENT' })
}

export class MemoryFs implements FileSystem {
  private readonly files = new Map<string, Uint8Array>()
  private readonly links = new Map<string, string>()
  private readonly sizes = new Map<string, number>()

  constructor(files: Record<string, string | Uint8Array> = {}) {
    for (const [path, content] of Object.entries(files)) this.write(path, content)
  }

  write(path: string, content: string | Uint8Array): this {
    this.files.set(path, typeof content === 'string' ? new TextEncoder().encode(content) : content)
    return this
  }

  link(path: string, target: string): this {
    this.links.set(path, target)
    return this
  }

  /** Makes `stat` report this size (to test limits cheaply). */
  pretendSize(path: string, size: number): this {
    this.sizes.set(path, size)
    return this
  }

  private isDir(path: string): boolean {
    const prefix = path.endsWith('/') ? path : `${path}/`
    return [...this.files.keys(), ...this.links.keys()].some((p) => p.startsWith(prefix))
  }

  readFile(path: string): Promise<Uint8Array> {
    const real = this.resolve(path)
    const content = this.files.get(real)
    return content ? Promise.resolve(content) : Promise.reject(notFound(path))
  }

  stat(path: string): Promise<FileStat> {
    if (this.links.has(path)) return Promise.resolve({ isFile: false, isDirectory: false, isSymbolicLink: true, size: 0 })
    const content = this.files.get(path)
    if (content) return Promise.resolve({ isFile: true, isDirectory: false, isSymbolicLink: false, size: this.sizes.get(path) ?? content.length })
    if (this.isDir(path)) return Promise.resolve({ isFile: false, isDirectory: true, isSymbolicLink: false, size: 0 })
    return Promise.reject(notFound(path))
  }

  readdir(path: string): Promise<string[]> {
    if (!this.isDir(path)) return Promise.reject(notFound(path))
    const prefix = path.endsWith('/') ? path : `${path}/`
    const names = new Set<string>()
    for (const p of [...this.files.keys(), ...this.links.keys()]) {
      if (p.startsWith(prefix)) names.add(p.slice(prefix.length).split('/')[0] as string)
    }
    return Promise.resolve([...names].reverse())
  }

  realpath(path: string): Promise<string> {
    const real = this.resolve(path)
    return this.files.has(real) || this.isDir(real) ? Promise.resolve(real) : Promise.reject(notFound(path))
  }

  private resolve(path: string): string {
    let current = posix.normalize(path)
    for (let hops = 0; hops < 10; hops++) {
      const target = this.links.get(current)
      if (target === undefined) return current
      current = posix.resolve(posix.dirname(current), target)
    }
    return current
  }
}
