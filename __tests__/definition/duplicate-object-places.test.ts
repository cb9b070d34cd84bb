/**
 * A duplicate Kubernetes object is reported at the `metadata.name` of each
 * declaration, also inside inline YAML: a `|` block keeps its lines, so the
 * name's place in the definition is known. The golden case
 * `duplicate-object` covers files; these are the inline shapes.
 */
import { MemoryFs } from '../../__fixtures__/fakes/memory-fs.js'
import { loadDefinition } from '../../src/definition/load.js'
import { validateDefinition } from '../../src/validate/check-definition.js'

async function duplicatePlaces(definition: string): Promise<string[]> {
  const fs = new MemoryFs({ '/repo/cluster.yaml': definition })
  const loaded = await loadDefinition({
    fs,
    root: '/repo',
    file: 'cluster.yaml'
  })
  return validateDefinition(loaded, { mode: 'validate' })
    .diagnostics.filter((d) => d.code === 'duplicate-object')
    .map((d) => `${d.file}:${d.line}:${d.column}`)
}

const head = [
  'apiVersion: v1',
  'kind: ImportCluster',
  'metadata:',
  '  name: demo',
  'spec:',
  '  stacks:',
  '    - name: apps',
  '      manifests:'
]

describe('duplicate-object places', () => {
  it('maps a name inside `|-` blocks, after a blank line, with CRLF line ends', async () => {
    const text = [
      ...head,
      '        - name: first',
      '          manifest: |- # a comment on the header',
      '',
      '              kind: ConfigMap',
      '              apiVersion: v1',
      '              metadata: {name: settings}',
      '        - name: second',
      '          manifest: |',
      '           apiVersion: v1',
      '           kind: ConfigMap',
      '           metadata:',
      '             annotations: {}',
      '             labels: {}',
      '             name: settings',
      '           ---',
      '           apiVersion: v1',
      '           kind: ConfigMap',
      '           metadata:',
      '             name: settings',
      ''
    ].join('\r\n')
    expect(await duplicatePlaces(text)).toEqual([
      // Flow mapping `{name: settings}`: the key inside the braces.
      'cluster.yaml:14:26',
      'cluster.yaml:22:14',
      'cluster.yaml:27:14'
    ])
  })

  it('stays at the field when the YAML text has no lines of its own', async () => {
    const object = 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\n'
    const text = [
      ...head,
      '        - name: quoted',
      `          manifest: ${JSON.stringify(object)}`,
      '        - name: encoded',
      `          manifest_base64: ${Buffer.from(object).toString('base64')}`,
      ''
    ].join('\n')
    expect(await duplicatePlaces(text)).toEqual([
      'cluster.yaml:10:21',
      'cluster.yaml:12:28'
    ])
  })
})
