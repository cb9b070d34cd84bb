/**
 * The loader's input journal: a real load recorded through it replays to the
 * same digest on the same files — from another checkout folder too — and to
 * another digest after any change the loader would see.
 */
import {
  InputJournal,
  replayDigest
} from '../../src/definition/input-journal.js'
import { loadDefinition } from '../../src/definition/load.js'
import { MemoryFs } from '../../__fixtures__/fakes/memory-fs.js'

const definition = `apiVersion: v1
kind: ImportCluster
metadata:
  name: shop
spec:
  stacks:
    - include: stacks/
`
const stack = `name: apps
manifests:
  - name: settings
    from_file: ../manifests/settings.yaml
`
const settings = `apiVersion: v1
kind: ConfigMap
metadata:
  name: settings
`

function checkout(root: string): MemoryFs {
  return new MemoryFs({
    [`${root}/cluster.yaml`]: definition,
    [`${root}/stacks/apps.yaml`]: stack,
    [`${root}/manifests/settings.yaml`]: settings,
    [`${root}/README.md`]: 'not read'
  })
}

async function recordLoad(
  fs: MemoryFs,
  root: string
): Promise<{ journal: InputJournal; digest: string }> {
  const journal = new InputJournal(root)
  const loaded = await loadDefinition({
    fs: journal.wrap(fs),
    root,
    file: 'cluster.yaml'
  })
  expect(loaded.diagnostics).toEqual([])
  return { journal, digest: await journal.digest('key') }
}

describe('InputJournal', () => {
  it('records every path the loader asked about, relative to the root', async () => {
    const { journal } = await recordLoad(checkout('/repo'), '/repo')
    expect(journal.reads()).toEqual({
      '.': 'p',
      'cluster.yaml': 'prs',
      stacks: 'lps',
      'stacks/apps.yaml': 'rs',
      'manifests/settings.yaml': 'prs'
    })
  })

  it('replays to the same digest on the same files, in another folder too', async () => {
    const { journal, digest } = await recordLoad(checkout('/repo'), '/repo')
    const reads = journal.reads()
    expect(await replayDigest(checkout('/repo'), '/repo', reads, 'key')).toBe(
      digest
    )
    expect(
      await replayDigest(checkout('/runner/work'), '/runner/work', reads, 'key')
    ).toBe(digest)
    // Files the loader never read do not count.
    const fs = checkout('/repo').write('/repo/README.md', 'edited')
    expect(await replayDigest(fs, '/repo', reads, 'key')).toBe(digest)
  })

  it.each([
    [
      'a byte of a manifest changed',
      (fs: MemoryFs) =>
        fs.write(
          '/repo/manifests/settings.yaml',
          settings.replace('s\n', 'x\n')
        )
    ],
    [
      'a file was added to an included folder',
      (fs: MemoryFs) => fs.write('/repo/stacks/more.yaml', stack)
    ],
    [
      'a read file became a symlink',
      (fs: MemoryFs) =>
        fs.link('/repo/manifests/settings.yaml', '/elsewhere/settings.yaml')
    ]
  ])('replays to another digest when %s', async (_, change) => {
    const { journal, digest } = await recordLoad(checkout('/repo'), '/repo')
    const fs = checkout('/repo')
    change(fs)
    expect(await replayDigest(fs, '/repo', journal.reads(), 'key')).not.toBe(
      digest
    )
  })

  it('replays to another digest when a read file is gone, or under another key', async () => {
    const { journal, digest } = await recordLoad(checkout('/repo'), '/repo')
    const fs = new MemoryFs({
      '/repo/cluster.yaml': definition,
      '/repo/stacks/apps.yaml': stack
    })
    expect(await replayDigest(fs, '/repo', journal.reads(), 'key')).not.toBe(
      digest
    )
    expect(
      await replayDigest(checkout('/repo'), '/repo', journal.reads(), 'other')
    ).not.toBe(digest)
  })
})
