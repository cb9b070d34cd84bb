import { readOnce } from '../../src/sync/read-once.js'
import type { FileSystem } from '../../src/ports/fs.js'
import { MemoryFs } from '../../__fixtures__/fakes/memory-fs.js'

/** A MemoryFs that counts the questions that reach it. */
function counted(fs: FileSystem): { fs: FileSystem; asked: string[] } {
  const asked: string[] = []
  return {
    asked,
    fs: {
      readFile: (p, max) => (asked.push(`read ${p}`), fs.readFile(p, max)),
      stat: (p) => (asked.push(`stat ${p}`), fs.stat(p)),
      readdir: (p) => (asked.push(`list ${p}`), fs.readdir(p)),
      realpath: (p) => (asked.push(`real ${p}`), fs.realpath(p))
    }
  }
}

describe('one read of each file per run', () => {
  it('reads a file once however often it is asked for, and answers with the same bytes', async () => {
    const disk = new MemoryFs({ '/repo/cluster.yaml': 'kind: ImportCluster\n' })
    const { fs, asked } = counted(disk)
    const run = readOnce(fs)
    const first = await run.readFile('/repo/cluster.yaml', 1024)
    // The file changes on disk mid-run: the run keeps the bytes it read.
    disk.write('/repo/cluster.yaml', 'kind: Changed\n')
    const second = await run.readFile('/repo/cluster.yaml', 1024)
    expect(new TextDecoder().decode(second)).toBe('kind: ImportCluster\n')
    expect(second).toBe(first)
    await run.stat('/repo/cluster.yaml')
    await run.stat('/repo/cluster.yaml')
    await run.readdir('/repo')
    await run.readdir('/repo')
    expect(asked).toEqual([
      'read /repo/cluster.yaml',
      'stat /repo/cluster.yaml',
      'list /repo'
    ])
  })

  it('remembers a refusal too: a missing file is asked about once', async () => {
    const { fs, asked } = counted(new MemoryFs())
    const run = readOnce(fs)
    await expect(
      run.readFile('/repo/missing.yaml', 1024)
    ).rejects.toMatchObject({
      code: 'ENOENT'
    })
    await expect(
      run.readFile('/repo/missing.yaml', 1024)
    ).rejects.toMatchObject({
      code: 'ENOENT'
    })
    expect(asked).toEqual(['read /repo/missing.yaml'])
  })
})
