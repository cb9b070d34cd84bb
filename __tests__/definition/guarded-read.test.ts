/**
 * The guarded reader on the in-memory file system: what it refuses, in
 * which words, and that a refused file is never read. The Action's early
 * look at the cluster's name (peekClusterName) reads through it too.
 */
import { MemoryFs } from '../../__fixtures__/fakes/memory-fs.js'
import { peekClusterName } from '../../src/definition/cluster-name.js'
import {
  isInside,
  readGuarded,
  readRoot
} from '../../src/definition/guarded-read.js'
import { loadDefinition } from '../../src/definition/load.js'

/** A MemoryFs that counts the reads that reach it. */
class CountingFs extends MemoryFs {
  reads: string[] = []
  override readFile(path: string, maxBytes: number): Promise<Uint8Array> {
    this.reads.push(path)
    return super.readFile(path, maxBytes)
  }
}

const named = 'metadata: {name: shop}\n'

describe('the guarded reader', () => {
  it('compares path segments: "..config.yaml" is inside, "../x" is not', () => {
    expect(isInside('/repo', '/repo/..config.yaml')).toBe(true)
    expect(isInside('/repo', '/repo/..more/x.yaml')).toBe(true)
    expect(isInside('/repo', '/repo')).toBe(true)
    expect(isInside('/repo', '/x.yaml')).toBe(false)
    expect(isInside('/repo', '/repository/x.yaml')).toBe(false)
  })

  it.each([
    ['FIFO', 'is a FIFO, not a file'],
    ['socket', 'is a socket, not a file'],
    ['device', 'is a device, not a file']
  ] as const)(
    'names a %s as what it is and never reads it',
    async (kind, words) => {
      const fs = new CountingFs().special('/repo/cluster.yaml', kind)
      const read = await readGuarded(
        fs,
        await readRoot(fs, '/repo'),
        'cluster.yaml',
        'the cluster definition'
      )
      expect(read).toEqual({
        refused: {
          code: 'not-a-file',
          message: `the cluster definition "cluster.yaml" ${words}`,
          hint: expect.stringContaining('regular file') as unknown
        }
      })
      expect(fs.reads).toEqual([])
    }
  )

  it('refuses a file that reports a small size but holds more than the limit', async () => {
    const fs = new MemoryFs({ '/repo/a.yaml': 'x'.repeat(100) }).pretendSize(
      '/repo/a.yaml',
      10
    )
    const read = await readGuarded(
      fs,
      await readRoot(fs, '/repo'),
      'a.yaml',
      'include',
      {
        maxBytes: 50
      }
    )
    expect(read).toMatchObject({
      refused: {
        code: 'file-too-large',
        message:
          'include "a.yaml" grew past the limit of 50 bytes while it was read'
      }
    })
  })

  it('refuses a path that climbs out, and a link whose target is outside', async () => {
    const fs = new MemoryFs({ '/etc/passwd': 'root:x:0:0\n' }).link(
      '/repo/cluster.yaml',
      '/etc/passwd'
    )
    const at = await readRoot(fs, '/repo')
    expect(await readGuarded(fs, at, '../etc/passwd', 'include')).toMatchObject(
      {
        refused: { code: 'path-escapes-repository' }
      }
    )
    expect(await readGuarded(fs, at, 'cluster.yaml', 'include')).toMatchObject({
      refused: {
        code: 'path-escapes-repository',
        message:
          'include "cluster.yaml" is a symbolic link to a place outside the repository'
      }
    })
  })
})

describe("the Action's early look at the cluster's name", () => {
  it('reads a plain definition', async () => {
    const fs = new MemoryFs({ '/repo/cluster.yaml': named })
    expect(await peekClusterName(fs, '/repo', 'cluster.yaml')).toBe('shop')
  })

  it.each([
    ['a FIFO', (fs: CountingFs) => fs.special('/repo/cluster.yaml', 'FIFO')],
    [
      'a device',
      (fs: CountingFs) => fs.special('/repo/cluster.yaml', 'device')
    ],
    [
      'a link out of the repository',
      (fs: CountingFs) =>
        fs
          .write('/outside/cluster.yaml', named)
          .link('/repo/cluster.yaml', '/outside/cluster.yaml')
    ],
    [
      'over the size limit',
      (fs: CountingFs) =>
        fs
          .write('/repo/cluster.yaml', named)
          .pretendSize('/repo/cluster.yaml', 6 * 1024 * 1024)
    ]
  ])('gives no name, without reading, for %s', async (_, make) => {
    const fs = new CountingFs().write('/repo/other.yaml', 'x: 1\n')
    make(fs)
    expect(await peekClusterName(fs, '/repo', 'cluster.yaml')).toBeUndefined()
    expect(fs.reads).toEqual([])
  })
})

describe('the loader, through the guarded reader', () => {
  it('names an included FIFO as a FIFO at the include, not as a folder', async () => {
    const fs = new MemoryFs({
      '/repo/cluster.yaml': [
        'apiVersion: v1',
        'kind: ImportCluster',
        'metadata: {name: shop}',
        'spec:',
        '  stacks:',
        '    - include: stack.yaml',
        ''
      ].join('\n')
    }).special('/repo/stack.yaml', 'FIFO')
    const loaded = await loadDefinition({
      fs,
      root: '/repo',
      file: 'cluster.yaml'
    })
    expect(loaded.diagnostics).toEqual([
      expect.objectContaining({
        code: 'not-a-file',
        message: 'include "stack.yaml" is a FIFO, not a file',
        file: 'cluster.yaml',
        line: 6
      })
    ])
  })
})
