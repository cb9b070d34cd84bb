/**
 * The walk that finds a fleet's definitions, on real files: it takes the
 * kinds from the listing when the file system gives them (no lstat per
 * entry) and finds exactly what an lstat of each entry finds, never
 * following a symbolic link, never entering hidden folders or
 * node_modules, and never reading a FIFO.
 */
import { createNodeFs } from '../../src/adapters/node-fs.js'
import { findDefinitions } from '../../src/fleet/find-definitions.js'
import type { FileSystem } from '../../src/ports/fs.js'
import { hostileRepo } from '../../__fixtures__/hostile-files.js'

const definition = (name: string): string =>
  `apiVersion: v1\nkind: ImportCluster\nmetadata:\n  name: ${name}\nspec: {}\n`

describe('findDefinitions', () => {
  const root = hostileRepo({
    'clusters/a/cluster.yaml': definition('a'),
    'clusters/b/cluster.yml': definition('b'),
    'clusters/b/fragment.yaml': 'stacks: []\n',
    'clusters/.hidden/cluster.yaml': definition('hidden'),
    'node_modules/x/cluster.yaml': definition('module'),
    '.c.yaml': definition('dotfile'),
    'linked.yaml': { link: 'clusters/a/cluster.yaml' },
    outside: { link: '/' },
    'pipe.yaml': { fifo: true },
    'notes.md': definition('markdown')
  })
  const expected = [
    { cluster: 'dotfile', definition: '.c.yaml' },
    { cluster: 'a', definition: 'clusters/a/cluster.yaml' },
    { cluster: 'b', definition: 'clusters/b/cluster.yml' }
  ]

  it('takes the kinds from the listing, asking no lstat', async () => {
    const node = createNodeFs()
    const stats: string[] = []
    const fs: FileSystem = {
      ...node,
      stat: (path) => {
        stats.push(path)
        return node.stat(path)
      }
    }
    expect(await findDefinitions(fs, root, root)).toEqual(expected)
    expect(stats).toEqual([])
  })

  it('finds the same with a file system that cannot list kinds', async () => {
    const node = createNodeFs()
    const withoutKinds: FileSystem = {
      readFile: node.readFile,
      stat: node.stat,
      readdir: node.readdir,
      realpath: node.realpath
    }
    expect(await findDefinitions(withoutKinds, root, root)).toEqual(expected)
  })
})
