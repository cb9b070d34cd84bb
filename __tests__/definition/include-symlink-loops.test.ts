/**
 * Includes through symbolic links are the files they reach: a folder
 * linked to itself (`d/a -> .`) makes `d/a/x.yaml` the same file as
 * `d/x.yaml`, so including it from there is a cycle. Keyed by path text,
 * two such links doubled the work per level (a hang, gigabytes of memory).
 * A link that loops on itself is said to loop, not to be missing.
 */
import {
  mkdirSync,
  mkdtempSync,
  rmSync,
  symlinkSync,
  writeFileSync
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createNodeFs } from '../../src/adapters/node-fs.js'
import { loadDefinition } from '../../src/definition/load.js'

const definition = (include: string): string =>
  [
    'apiVersion: v1',
    'kind: ImportCluster',
    'metadata: {name: loops}',
    'spec:',
    '  stacks:',
    `    - include: ${include}`,
    ''
  ].join('\n')

describe('includes through symbolic links', () => {
  let root: string
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'clustersync-links-'))
  })
  afterEach(() => rmSync(root, { recursive: true, force: true }))

  const problems = async (): Promise<string[]> => {
    const loaded = await loadDefinition({
      fs: createNodeFs(),
      root,
      file: 'cluster.yaml'
    })
    return loaded.diagnostics.map((d) => `${d.code}: ${d.message}`)
  }

  it('end at once with a cycle when two links lead back to the folder', async () => {
    writeFileSync(join(root, 'cluster.yaml'), definition('d/x.yaml'))
    mkdirSync(join(root, 'd'))
    writeFileSync(
      join(root, 'd', 'x.yaml'),
      '- include: a/x.yaml\n- include: b/x.yaml\n'
    )
    symlinkSync('.', join(root, 'd', 'a'))
    symlinkSync('.', join(root, 'd', 'b'))
    expect(await problems()).toEqual([
      'include-cycle: include cycle: d/x.yaml → d/a/x.yaml',
      'include-cycle: include cycle: d/x.yaml → d/b/x.yaml'
    ])
  })

  it('name a link loop as a loop', async () => {
    writeFileSync(join(root, 'cluster.yaml'), definition('a.yaml'))
    symlinkSync('b.yaml', join(root, 'a.yaml'))
    symlinkSync('a.yaml', join(root, 'b.yaml'))
    expect(await problems()).toEqual([
      'file-not-found: include "a.yaml" is a symbolic link whose links loop and never reach a file'
    ])
  })

  it('still read a file linked under another name once', async () => {
    writeFileSync(join(root, 'cluster.yaml'), definition('stacks/'))
    mkdirSync(join(root, 'stacks'))
    writeFileSync(join(root, 'stacks', 'web.yaml'), '- name: web\n')
    symlinkSync('web.yaml', join(root, 'stacks', 'web-again.yaml'))
    expect(await problems()).toEqual([
      expect.stringMatching(
        /^include-duplicate: stacks\/web\.yaml is included twice/
      )
    ])
  })
})
