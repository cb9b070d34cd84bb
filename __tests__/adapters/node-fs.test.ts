/**
 * The Node adapter's read, on real files: only regular files, never more
 * than the limit, and never waiting. Each FIFO test is guarded
 * (unblockFifoAfter): a read that blocked would end when the guard writes,
 * and fail on its timing instead of hanging the test process.
 */
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { createNodeFs, readBoundedSync } from '../../src/adapters/node-fs.js'
import {
  hostileRepo,
  unblockFifoAfter
} from '../../__fixtures__/hostile-files.js'

const fs = createNodeFs()

describe('the Node adapter reads only regular files, bounded', () => {
  it('refuses a FIFO at once, naming it, without waiting for a writer', async () => {
    const root = hostileRepo({ 'pipe.yaml': { fifo: true } })
    const pipe = join(root, 'pipe.yaml')
    const guard = unblockFifoAfter(pipe, 10_000)
    const started = Date.now()
    try {
      await expect(fs.readFile(pipe, 1024)).rejects.toMatchObject({
        code: 'EFTYPE',
        kind: 'FIFO'
      })
      expect(Date.now() - started).toBeLessThan(5_000)
      expect(await fs.stat(pipe)).toMatchObject({ kind: 'FIFO', isFile: false })
    } finally {
      guard.stop()
    }
  })

  it('refuses a device, also through a symlink, before reading a byte', () => {
    const root = hostileRepo({ 'zero.yaml': { link: '/dev/zero' } })
    for (const path of ['/dev/zero', join(root, 'zero.yaml')]) {
      expect(() => readBoundedSync(path, 1024)).toThrow(
        expect.objectContaining({ code: 'EFTYPE', kind: 'device' }) as Error
      )
    }
  })

  it('refuses a folder as EISDIR', async () => {
    const root = hostileRepo({ 'dir/a.yaml': 'a: 1\n' })
    await expect(fs.readFile(join(root, 'dir'), 1024)).rejects.toMatchObject({
      code: 'EISDIR'
    })
  })

  it('refuses a file over the limit by its size, and reads one at the limit', async () => {
    const root = hostileRepo({})
    writeFileSync(join(root, 'big.yaml'), 'x'.repeat(1025))
    writeFileSync(join(root, 'fits.yaml'), 'x'.repeat(1024))
    await expect(
      fs.readFile(join(root, 'big.yaml'), 1024)
    ).rejects.toMatchObject({ code: 'EFBIG' })
    expect((await fs.readFile(join(root, 'fits.yaml'), 1024)).length).toBe(1024)
  })

  it('stops one byte past the limit when a file reports a size it does not have', () => {
    // /proc files are regular files that report size 0 and hold more.
    const status = '/proc/self/status'
    expect(readBoundedSync(status, 1 << 20).length).toBeGreaterThan(64)
    expect(() => readBoundedSync(status, 64)).toThrow(
      expect.objectContaining({ code: 'EFBIG' }) as Error
    )
  })
})
