/**
 * The loader's reads-only mode (fleet discovery) asks about every path a
 * full load asks about: on every fixture repository (the golden cases, the
 * e2e repositories, the examples) and on small repositories built for the
 * cases its shortcuts could get wrong (symbolic links, missing files, a
 * file both pointed at and included). The only paths it may add are the
 * folders whose real path it asks for instead of each file's, and it lists
 * exactly the folders a full load lists (a file added there counts).
 */
import {
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync
} from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, posix, relative, resolve } from 'node:path'
import { MemoryFs } from '../../__fixtures__/fakes/memory-fs.js'
import { createNodeFs } from '../../src/adapters/node-fs.js'
import { InputJournal } from '../../src/definition/input-journal.js'
import { loadDefinition } from '../../src/definition/load.js'
import type { FileSystem } from '../../src/ports/fs.js'

/** The calls each mode made, as `op path` lines. */
async function callsOf(
  fs: FileSystem,
  root: string,
  file: string,
  readsOnly: boolean
): Promise<{ paths: Set<string>; listed: Set<string>; files: string[] }> {
  const journal = new InputJournal(root, { answers: !readsOnly })
  const loaded = await loadDefinition({
    fs: journal.wrap(fs),
    root,
    file,
    readsOnly
  })
  const paths = new Set<string>()
  const listed = new Set<string>()
  for (const [op, path] of journal.calls()) {
    paths.add(path)
    if (op === 'l') listed.add(path)
  }
  return { paths, listed, files: loaded.files }
}

/**
 * Asserts the reads-only load asks about every path the full load asks
 * about, and besides them only about their folders.
 */
async function expectSamePaths(
  fs: FileSystem,
  root: string,
  file: string
): Promise<Set<string>> {
  const full = await callsOf(fs, root, file, false)
  const only = await callsOf(fs, root, file, true)
  const folders = new Set([...full.paths].map((p) => posix.dirname(p)))
  expect([...full.paths].filter((p) => !only.paths.has(p))).toEqual([])
  expect(
    [...only.paths].filter((p) => !full.paths.has(p) && !folders.has(p))
  ).toEqual([])
  expect([...only.listed].sort()).toEqual([...full.listed].sort())
  expect(only.files).toEqual(full.files)
  return only.paths
}

/** Every `kind: ImportCluster` file below `dir`. */
function definitionsUnder(dir: string): string[] {
  const found: string[] = []
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) found.push(...definitionsUnder(path))
    else if (
      /\.ya?ml$/.test(entry.name) &&
      /^kind: ImportCluster/m.test(readFileSync(path, 'utf8'))
    )
      found.push(path)
  }
  return found
}

const fixtures = [
  ...readdirSync('__fixtures__/definitions').map((d) =>
    join('__fixtures__/definitions', d)
  ),
  ...readdirSync('e2e/repos').map((d) => join('e2e/repos', d)),
  'examples'
]
  .map((dir) => ({ root: resolve(dir), definitions: definitionsUnder(dir) }))
  .filter(({ definitions }) => definitions.length > 0)

describe('the reads-only load', () => {
  it('has the fixture repositories to compare on', () => {
    expect(fixtures.length).toBeGreaterThan(40)
  })

  it.each(fixtures)(
    'asks about every path a full load asks about: $root',
    async ({ root, definitions }) => {
      for (const definition of definitions)
        await expectSamePaths(
          createNodeFs(),
          root,
          relative(root, resolve(definition))
        )
    }
  )

  it('follows symbolic links, missing files and a file both pointed at and included as a full load does', async () => {
    const root = mkdtempSync(join(tmpdir(), 'clustersync-reads-only-'))
    const write = (path: string, text: string): void => {
      mkdirSync(dirname(join(root, path)), { recursive: true })
      writeFileSync(join(root, path), text)
    }
    try {
      write(
        'cluster.yaml',
        [
          'apiVersion: v1',
          'kind: ImportCluster',
          'metadata: {name: links}',
          'spec:',
          '  stacks:',
          '    - name: s',
          '      manifests:',
          '        - {name: a, from_file: linked/a.yaml}',
          '        - {name: b, from_file: team/b.yaml}',
          '        - {name: gone, from_file: team/gone.yaml}',
          '        - {name: nowhere, from_file: nowhere/c.yaml}',
          '        - {name: twice, from_file: team/entries.yaml}',
          '        - include: team/entries.yaml',
          '      addons:',
          '        - name: web',
          '          chart_name: ./charts/web',
          '          configuration: {from_file: team/values-link.yaml}',
          ''
        ].join('\n')
      )
      write('real/a.yaml', 'apiVersion: v1\nkind: ConfigMap\n')
      write('team/b.yaml', 'apiVersion: v1\nkind: ConfigMap\n')
      write('team/entries.yaml', '- name: inner\n  from_file: inner.yaml\n')
      write('team/inner.yaml', 'apiVersion: v1\nkind: ConfigMap\n')
      write('values/web.yaml', 'replicas: 2\n')
      write('charts/web/Chart.yaml', 'name: web\n')
      write('charts/web/templates/a.yaml', 'kind: ConfigMap\n')
      symlinkSync('real', join(root, 'linked'))
      symlinkSync('../values/web.yaml', join(root, 'team/values-link.yaml'))
      const paths = await expectSamePaths(createNodeFs(), root, 'cluster.yaml')
      // Where a link leads is among the paths: a change there is a change.
      for (const path of [
        'real/a.yaml',
        'values/web.yaml',
        'team/gone.yaml',
        'nowhere/c.yaml',
        'team/inner.yaml',
        'charts/web/templates/a.yaml'
      ])
        expect(paths).toContain(path)
    } finally {
      rmSync(root, { recursive: true, force: true })
    }
  })

  it('looks up a file an entry points at without reading it; a journal of paths only has no digest', async () => {
    const fs = new MemoryFs({
      '/repo/cluster.yaml':
        'apiVersion: v1\nkind: ImportCluster\nmetadata: {name: x}\nspec:\n  stacks:\n    - name: s\n      manifests:\n        - {name: a, from_file: a.yaml}\n',
      '/repo/a.yaml': 'apiVersion: v1\nkind: ConfigMap\n'
    })
    const journal = new InputJournal('/repo', { answers: false })
    await loadDefinition({
      fs: journal.wrap(fs),
      root: '/repo',
      file: 'cluster.yaml',
      readsOnly: true
    })
    const reads = journal.reads()
    expect(reads['a.yaml']).toBe('s')
    expect(reads['cluster.yaml']).toContain('r')
    await expect(journal.digest('k')).rejects.toThrow(/no answers/)
  })
})
