/**
 * The file system loading gets while the unchanged-files check runs: it
 * refuses every call once the check found nothing changed, and while the
 * check still waits for the cluster it lets the event loop turn now and
 * then, so the check's answers are read during a CPU-bound load instead of
 * after it.
 */
import { stoppable } from '../../src/sync/unchanged-check.js'
import { MemoryFs } from '../../__fixtures__/fakes/memory-fs.js'

const fs = new MemoryFs({ '/repo/a.yaml': 'a: 1\n' })

/** Busy for `ms`, as loading and validating are. */
function busy(ms: number): void {
  const end = performance.now() + ms
  while (performance.now() < end) {
    // CPU, no I/O
  }
}

/** Whether a macrotask queued before the read ran before its answer. */
async function turnedDuring(read: () => Promise<unknown>): Promise<boolean> {
  let turned = false
  setImmediate(() => {
    turned = true
  })
  busy(6)
  await read()
  return turned
}

describe('stoppable', () => {
  it('lets the event loop turn before a read while the check is waiting', async () => {
    const load = stoppable(fs, new AbortController().signal, () => true)
    expect(await turnedDuring(() => load.readFile('/repo/a.yaml', 1024))).toBe(
      true
    )
  })

  it('answers at once (no turn) when the check has answered', async () => {
    const load = stoppable(fs, new AbortController().signal, () => false)
    expect(await turnedDuring(() => load.readFile('/repo/a.yaml', 1024))).toBe(
      false
    )
  })

  it('refuses every call once stopped, and an answer still on its way', async () => {
    const stop = new AbortController()
    const load = stoppable(fs, stop.signal, () => true)
    const pending = load.readFile('/repo/a.yaml', 1024)
    stop.abort()
    await expect(pending).rejects.toMatchObject({ code: 'ABORT_ERR' })
    await expect(load.stat('/repo/a.yaml')).rejects.toMatchObject({
      code: 'ABORT_ERR'
    })
  })
})
