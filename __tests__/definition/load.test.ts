import { MemoryFs } from '../../__fixtures__/fakes/memory-fs.js'
import { loadDefinition } from '../../src/definition/load.js'
import { validateDefinition } from '../../src/validate/check-definition.js'

const head =
  'apiVersion: v1\nkind: ImportCluster\nmetadata:\n  name: demo\nspec:\n'
const ns = (name: string): string =>
  `apiVersion: v1\nkind: Namespace\nmetadata:\n  name: ${name}\n`

describe('loadDefinition', () => {
  it('expands includes in the order written, sorting only inside a folder', async () => {
    const fs = new MemoryFs({
      '/repo/cluster.yaml': `${head}  stacks:\n    - name: a\n      manifests:\n        - include: z.yaml\n        - include: team/\n        - name: inline\n          manifest: "${'x: 1'}"\n`,
      '/repo/z.yaml': ns('z'),
      '/repo/team/b.yaml': ns('b'),
      '/repo/team/a.yml': ns('a'),
      '/repo/team/sub/c.yaml': ns('c')
    })
    const loaded = await loadDefinition({
      fs,
      root: '/repo',
      file: 'cluster.yaml'
    })
    // team/sub/ is not read: a folder include does not recurse (and says so).
    expect(loaded.diagnostics.map((d) => d.code)).toEqual([
      'include-skipped-folder'
    ])
    const names = JSON.stringify(loaded.document).match(/"name":"[^"]+"/g)
    expect(names).toEqual([
      '"name":"demo"',
      '"name":"a"',
      '"name":"z"',
      '"name":"team/a"',
      '"name":"team/b"',
      '"name":"inline"'
    ])
    expect(loaded.files).toEqual([
      'cluster.yaml',
      'team/a.yml',
      'team/b.yaml',
      'z.yaml'
    ])
    expect(loaded.sourceMap.get('/spec/stacks/0/manifests/2')).toMatchObject({
      file: 'team/b.yaml',
      line: 1,
      column: 1
    })
    expect(
      loaded.sourceMap.get('/spec/stacks/0/manifests/3/name')
    ).toMatchObject({ file: 'cluster.yaml', line: 11 })
  })

  it('warns at the include of a folder holding a .YAML or .Yml file, which it does not read', async () => {
    const fs = new MemoryFs({
      '/repo/cluster.yaml': `${head}  stacks:\n    - name: a\n      manifests:\n        - include: team/\n`,
      '/repo/team/b.yaml': ns('b'),
      '/repo/team/Service.YAML': ns('upper'),
      '/repo/team/e.Yml': ns('e'),
      '/repo/team/notes.txt': 'x'
    })
    const loaded = await loadDefinition({
      fs,
      root: '/repo',
      file: 'cluster.yaml'
    })
    expect(loaded.files).toEqual(['cluster.yaml', 'team/b.yaml'])
    expect(
      loaded.diagnostics.map((d) => [d.severity, d.code, d.line, d.message])
    ).toEqual([
      [
        'warning',
        'include-skipped-file',
        9,
        'team/Service.YAML is not read: a folder include reads files ending in .yaml or .yml, in lower case'
      ],
      [
        'warning',
        'include-skipped-file',
        9,
        'team/e.Yml is not read: a folder include reads files ending in .yaml or .yml, in lower case'
      ]
    ])
    expect(loaded.diagnostics[0]?.hint).toBe(
      'Rename it to Service.yaml to include it, or move it out of the folder.'
    )
  })

  it('warns at the include of a folder for each sub-folder holding YAML files, which it does not read, and not for a folder named like a file, a chart or a hidden folder', async () => {
    const fs = new MemoryFs({
      '/repo/cluster.yaml': `${head}  stacks:\n    - name: a\n      manifests:\n        - include: team/\n`,
      '/repo/team/b.yaml': ns('b'),
      '/repo/team/team-a/config.yaml': ns('ta'),
      '/repo/team/docs/readme.md': 'x',
      '/repo/team/old.YAML/x.txt': 'x',
      // A chart and a hidden folder: no manifests to include.
      '/repo/team/chart/Chart.yaml':
        'apiVersion: v2\nname: c\nversion: 1.0.0\n',
      '/repo/team/chart/values.yaml': 'a: 1\n',
      '/repo/team/.github/ci.yaml': 'on: push\n'
    })
    const loaded = await loadDefinition({
      fs,
      root: '/repo',
      file: 'cluster.yaml'
    })
    expect(loaded.files).toEqual(['cluster.yaml', 'team/b.yaml'])
    expect(
      loaded.diagnostics.map((d) => [d.severity, d.code, d.line, d.message])
    ).toEqual([
      [
        'warning',
        'include-skipped-folder',
        9,
        'team/team-a/ holds .yaml or .yml files that are not read: a folder include does not read sub-folders'
      ]
    ])
    expect(loaded.diagnostics[0]?.hint).toBe(
      'Include it too (- include: team/team-a/), or include a glob such as "team/**/*.yaml".'
    )
  })

  it('never reads a file inside .git/ (in CI it holds the checkout token)', async () => {
    const fs = new MemoryFs({
      '/repo/cluster.yaml': `${head}  stacks:\n    - name: a\n      manifests:\n        - include: .git/config\n`,
      '/repo/.git/config':
        '[http "https://github.com/"]\n\textraheader = AUTHORIZATION: basic c2VjcmV0LXRva2Vu\n'
    })
    const loaded = await loadDefinition({
      fs,
      root: '/repo',
      file: 'cluster.yaml'
    })
    expect(loaded.diagnostics.map((d) => [d.code, d.message])).toEqual([
      [
        'path-in-git-folder',
        'include ".git/config" is inside .git/, which holds the checkout\'s own data (in CI, its credentials); it is never read'
      ]
    ])
    expect(JSON.stringify(loaded.diagnostics)).not.toContain('c2VjcmV0')
  })

  it('refuses files over 5 MiB before reading them', async () => {
    const fs = new MemoryFs({ '/repo/cluster.yaml': head }).pretendSize(
      '/repo/cluster.yaml',
      6 * 1024 * 1024
    )
    const loaded = await loadDefinition({
      fs,
      root: '/repo',
      file: 'cluster.yaml'
    })
    expect(loaded.diagnostics.map((d) => d.code)).toEqual(['file-too-large'])
    expect(
      validateDefinition(loaded, { mode: 'validate' }).definition
    ).toBeUndefined()
  })

  it('reports a missing definition without throwing', async () => {
    const loaded = await loadDefinition({
      fs: new MemoryFs(),
      root: '/repo',
      file: 'cluster.yaml'
    })
    expect(loaded.diagnostics.map((d) => [d.code, d.file])).toEqual([
      ['file-not-found', 'cluster.yaml']
    ])
  })

  it('refuses a symlink that leaves the repository', async () => {
    const fs = new MemoryFs({
      '/repo/cluster.yaml': `${head}  stacks:\n    - name: a\n      manifests:\n        - name: x\n          from_file: secret.yaml\n`,
      '/etc/secret.yaml': ns('x')
    }).link('/repo/secret.yaml', '/etc/secret.yaml')
    const loaded = await loadDefinition({
      fs,
      root: '/repo',
      file: 'cluster.yaml'
    })
    expect(loaded.diagnostics.map((d) => [d.code, d.line])).toEqual([
      ['path-escapes-repository', 10]
    ])
  })

  it('keeps a __proto__ key as data', async () => {
    const fs = new MemoryFs({
      '/repo/cluster.yaml': `${head}  __proto__: {polluted: true}\n  stacks: []\n`
    })
    const loaded = await loadDefinition({
      fs,
      root: '/repo',
      file: 'cluster.yaml'
    })
    const result = validateDefinition(loaded, { mode: 'validate' })
    expect(result.diagnostics.map((d) => d.code)).toEqual(['unknown-field'])
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  })
})

describe('loadDefinition reading from_file manifests', () => {
  /** A MemoryFs that counts readFile calls and answers each one a turn later. */
  class CountingFs extends MemoryFs {
    reads = 0
    inFlight = 0
    maxInFlight = 0
    override async readFile(
      path: string,
      maxBytes: number
    ): Promise<Uint8Array> {
      this.reads++
      this.inFlight++
      this.maxInFlight = Math.max(this.maxInFlight, this.inFlight)
      await new Promise((resolve) => setImmediate(resolve))
      this.inFlight--
      return super.readFile(path, maxBytes)
    }
  }

  const manifests = (count: number, missing?: number): string =>
    Array.from(
      { length: count },
      (_, i) =>
        `        - name: m${i}\n          from_file: ${i === missing ? 'gone' : `m${i}`}.yaml\n`
    ).join('')

  it('reads the files of a manifest list at once, each once', async () => {
    const fs = new CountingFs({
      '/repo/cluster.yaml': `${head}  stacks:\n    - name: a\n      manifests:\n${manifests(6)}`
    })
    for (let i = 0; i < 6; i++) fs.write(`/repo/m${i}.yaml`, ns(`n${i}`))
    const loaded = await loadDefinition({
      fs,
      root: '/repo',
      file: 'cluster.yaml'
    })
    expect(loaded.diagnostics).toEqual([])
    expect(fs.reads).toBe(7)
    expect(fs.maxInFlight).toBeGreaterThan(1)
  })

  it('never reads ahead a file a symlink puts outside the repository', async () => {
    const fs = new CountingFs({
      '/repo/cluster.yaml': `${head}  stacks:\n    - name: a\n      manifests:\n        - name: x\n          from_file: secret.yaml\n`,
      '/etc/secret.yaml': ns('x')
    }).link('/repo/secret.yaml', '/etc/secret.yaml')
    const loaded = await loadDefinition({
      fs,
      root: '/repo',
      file: 'cluster.yaml'
    })
    expect(loaded.diagnostics.map((d) => d.code)).toEqual([
      'path-escapes-repository'
    ])
    expect(fs.reads).toBe(1) // cluster.yaml only
  })

  it('still reports a missing file at the line that names it, once', async () => {
    const fs = new CountingFs({
      '/repo/cluster.yaml': `${head}  stacks:\n    - name: a\n      manifests:\n${manifests(4, 2)}`
    })
    for (const i of [0, 1, 3]) fs.write(`/repo/m${i}.yaml`, ns(`n${i}`))
    const loaded = await loadDefinition({
      fs,
      root: '/repo',
      file: 'cluster.yaml'
    })
    expect(
      loaded.diagnostics.map(
        (d) => `${d.code} ${d.file}:${d.line} ${d.message}`
      )
    ).toEqual([
      `file-not-found cluster.yaml:14 manifest 'from_file' "gone.yaml" does not exist`
    ])
  })
})
