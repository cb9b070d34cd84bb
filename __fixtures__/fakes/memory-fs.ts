/**
 * An in-memory FileSystem for loader tests: files by absolute POSIX path,
 * folders implied by the paths, optional symlinks and overridden sizes (so a
 * "6 MiB" file needs no 6 MiB of memory), and FIFOs, sockets and devices,
 * which it refuses to read as the Node adapter does.
 */
import { posix } from 'node:path'
import type { FileKind, FileStat, FileSystem } from '../../src/ports/fs.js'

function notFound(path: string): Error {
  return Object.assign(new Error(`ENOENT: ${path}`), { code: 'ENOENT' })
}

export class MemoryFs implements FileSystem {
  private readonly files = new Map<string, Uint8Array>()
  private readonly links = new Map<string, string>()
  private readonly sizes = new Map<string, number>()
  private readonly specials = new Map<string, FileKind>()

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

  /** Puts a FIFO, socket or device at `path`. */
  special(path: string, kind: 'FIFO' | 'socket' | 'device'): this {
    this.specials.set(path, kind)
    return this
  }

  /** Makes `stat` report this size (to test limits cheaply). */
  pretendSize(path: string, size: number): this {
    this.sizes.set(path, size)
    return this
  }

  private isDir(path: string): boolean {
    const prefix = path.endsWith('/') ? path : `${path}/`
    return [...this.files.keys(), ...this.links.keys(), ...this.specials.keys()].some((p) => p.startsWith(prefix))
  }

  readFile(path: string, maxBytes: number): Promise<Uint8Array> {
    const real = this.resolve(path)
    const kind = this.specials.get(real)
    if (kind) return Promise.reject(Object.assign(new Error(`EFTYPE: ${path}`), { code: 'EFTYPE', kind }))
    const content = this.files.get(real)
    if (content && content.length > maxBytes) return Promise.reject(Object.assign(new Error(`EFBIG: ${path}`), { code: 'EFBIG' }))
    return content ? Promise.resolve(content) : Promise.reject(notFound(path))
  }

  stat(path: string): Promise<FileStat> {
    if (this.links.has(path)) return Promise.resolve({ isFile: false, isDirectory: false, isSymbolicLink: true, kind: 'symbolic link', size: 0 })
    const special = this.specials.get(path)
    if (special) return Promise.resolve({ isFile: false, isDirectory: false, isSymbolicLink: false, kind: special, size: 0 })
    const content = this.files.get(path)
    if (content) return Promise.resolve({ isFile: true, isDirectory: false, isSymbolicLink: false, kind: 'file', size: this.sizes.get(path) ?? content.length })
    if (this.isDir(path)) return Promise.resolve({ isFile: false, isDirectory: true, isSymbolicLink: false, kind: 'folder', size: 0 })
    return Promise.reject(notFound(path))
  }

  readdir(path: string): Promise<string[]> {
    if (!this.isDir(path)) return Promise.reject(notFound(path))
    const prefix = path.endsWith('/') ? path : `${path}/`
    const names = new Set<string>()
    for (const p of [...this.files.keys(), ...this.links.keys(), ...this.specials.keys()]) {
      if (p.startsWith(prefix)) names.add(p.slice(prefix.length).split('/')[0] as string)
    }
    return Promise.resolve([...names].reverse())
  }

  realpath(path: string): Promise<string> {
    const real = this.resolve(path)
    return this.files.has(real) || this.specials.has(real) || this.isDir(real) ? Promise.resolve(real) : Promise.reject(notFound(path))
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
