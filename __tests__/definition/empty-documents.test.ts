/**
 * Empty and `null` documents in manifest files are skipped, as `kubectl
 * apply -f` skips them: a file that ends with `---` (or holds a `---`
 * between two others) is common in real repositories and must not be an
 * error. Through both YAML paths (the fast one and `yaml`'s, taken when a
 * file uses an anchor) and through both ways a manifest file is named.
 */
import { checkDefinition } from '../../src/validate/check-definition.js'
import { MemoryFs } from '../../__fixtures__/fakes/memory-fs.js'

const definition = `apiVersion: v1
kind: ImportCluster
metadata:
  name: shop
spec:
  stacks:
    - name: apps
      manifests:
        - name: settings
          from_file: manifests/settings.yaml
        - include: raw/objects.yaml
`

const configMap = (name: string): string => `apiVersion: v1
kind: ConfigMap
metadata:
  name: ${name}
  namespace: shop
`

async function objectsOf(files: Record<string, string>): Promise<string[]> {
  const fs = new MemoryFs({ '/repo/cluster.yaml': definition })
  for (const [path, text] of Object.entries(files))
    fs.write(`/repo/${path}`, text)
  const result = await checkDefinition({
    fs,
    root: '/repo',
    file: 'cluster.yaml',
    mode: 'validate'
  })
  expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([])
  return (result.definition?.stacks[0]?.manifests ?? []).flatMap((m) =>
    m.objects.map((o) => `${m.name}:${o.name}@${o.source.line}`)
  )
}

describe('empty documents in manifest files', () => {
  it.each([
    ['a trailing ---', (a: string, b: string) => `${a}---\n${b}---\n`],
    ['a --- between two ---', (a: string, b: string) => `${a}---\n---\n${b}`],
    ['a leading ---', (a: string, b: string) => `---\n${a}---\n${b}`],
    [
      'a document that says null',
      (a: string, b: string) => `${a}---\nnull\n---\n${b}`
    ],
    [
      'an anchor (the yaml path)',
      (a: string, b: string) => `${a.replace('shop', '&ns shop')}---\n${b}---\n`
    ]
  ])('skips them with %s', async (_, join) => {
    const objects = await objectsOf({
      'manifests/settings.yaml': join(configMap('a'), configMap('b')),
      'raw/objects.yaml': join(configMap('c'), configMap('d'))
    })
    expect(objects.map((o) => o.replace(/@\d+$/, ''))).toEqual([
      'settings:a',
      'settings:b',
      'raw/objects:c',
      'raw/objects:d'
    ])
  })
})
