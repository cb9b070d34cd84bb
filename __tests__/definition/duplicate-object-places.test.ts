/**
 * A duplicate Kubernetes object is reported at the `metadata.name` of each
 * declaration, also inside inline YAML: a `|` block keeps its lines, so the
 * name's place in the definition is known. The golden case
 * `duplicate-object` covers files; these are the inline shapes.
 */
import { validateFiles } from '../../__fixtures__/validate-files.js'

async function duplicatePlaces(definition: string): Promise<string[]> {
  return (await validateFiles(definition))
    .filter((d) => d.code === 'duplicate-object')
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

/**
 * A cluster-scoped object has no namespace, whatever its manifest or its
 * `metadata.namespace` says: declared twice under different namespaces it
 * is still one object, which two steps would both apply (and a later sync
 * that drops one of them could prune).
 */
describe('duplicate cluster-scoped objects', () => {
  const manifest = (
    name: string,
    namespace: string | undefined,
    body: string[]
  ) => [
    `        - name: ${name}`,
    ...(namespace ? [`          namespace: ${namespace}`] : []),
    '          manifest: |',
    ...body.map((line) => `            ${line}`)
  ]
  const clusterRole = (namespace?: string) => [
    'apiVersion: rbac.authorization.k8s.io/v1',
    'kind: ClusterRole',
    'metadata:',
    '  name: reader',
    ...(namespace ? [`  namespace: ${namespace}`] : [])
  ]

  it('finds a ClusterRole declared under two manifest namespaces, or with and without metadata.namespace', async () => {
    const text = [
      ...head,
      ...manifest('role-a', 'team-a', clusterRole()),
      ...manifest('role-b', 'team-b', clusterRole()),
      ...manifest('role-c', undefined, clusterRole('stray')),
      ''
    ].join('\n')
    expect(await duplicatePlaces(text)).toHaveLength(3)
  })

  it('finds a custom kind the definition’s own CRD makes cluster-scoped, and leaves a namespaced one alone', async () => {
    const crd = (kind: string, scope: string) => [
      'apiVersion: apiextensions.k8s.io/v1',
      'kind: CustomResourceDefinition',
      'metadata:',
      `  name: ${kind.toLowerCase()}s.example.com`,
      'spec:',
      '  group: example.com',
      `  scope: ${scope}`,
      `  names: {kind: ${kind}, plural: ${kind.toLowerCase()}s}`
    ]
    const object = (kind: string) => [
      'apiVersion: example.com/v1',
      `kind: ${kind}`,
      'metadata:',
      '  name: main'
    ]
    const text = [
      ...head,
      ...manifest('crds', undefined, [
        ...crd('Policy', 'Cluster'),
        '---',
        ...crd('Tenant', 'Namespaced')
      ]),
      ...manifest('policy-a', 'team-a', object('Policy')),
      ...manifest('policy-b', 'team-b', object('Policy')),
      ...manifest('tenant-a', 'team-a', object('Tenant')),
      ...manifest('tenant-b', 'team-b', object('Tenant')),
      ''
    ].join('\n')
    expect(await duplicatePlaces(text)).toHaveLength(2)
  })
})

/**
 * An object without any namespace lands in the kubeconfig context's
 * namespace, `default` unless the context names another: written once with
 * `namespace: default` and once without, it is one object in the usual
 * setup, which two steps would both apply. Not certain offline, so a
 * warning at each declaration.
 */
describe('a namespaced object with and without namespace: default', () => {
  const configMap = (manifest: string, namespace?: string) => [
    `        - name: ${manifest}`,
    '          manifest: |',
    '            apiVersion: v1',
    '            kind: ConfigMap',
    '            metadata:',
    '              name: plain',
    ...(namespace ? [`              namespace: ${namespace}`] : [])
  ]

  async function codes(text: string): Promise<string[]> {
    return (await validateFiles(text))
      .filter((d) => d.code.includes('duplicate-object'))
      .map((d) => `${d.severity} ${d.code} ${d.line}: ${d.message}`)
  }

  it('is warned about at both declarations', async () => {
    const found = await codes(
      [...head, ...configMap('c'), ...configMap('d', 'default'), ''].join('\n')
    )
    expect(found).toHaveLength(2)
    expect(found[0]).toMatch(/^warning possible-duplicate-object 14: /)
    expect(found[0]).toContain(
      'ConfigMap "plain" (manifest "c") names no namespace'
    )
    expect(found[0]).toContain('manifest "d"')
  })

  it('leaves a namespace other than default alone', async () => {
    expect(
      await codes(
        [...head, ...configMap('c'), ...configMap('d', 'web'), ''].join('\n')
      )
    ).toEqual([])
  })
})

/**
 * Thousands of copies of one object (a hostile or generated file): each
 * copy still gets its own error at its own `metadata.name`, but a message
 * names only a few of the other places and counts the rest. Listing them
 * all made the output grow with the square of the copies (4,000 copies of
 * a 58-byte document printed gigabytes and ended in "Invalid string length").
 */
describe('an object declared thousands of times', () => {
  it('reports every copy at its own place, each message naming a bounded few others', async () => {
    const copies = 4_000
    const doc = '---\nkind: ConfigMap\napiVersion: v1\nmetadata: {name: same}\n'
    const diagnostics = (
      await validateFiles({
        'cluster.yaml': [
          ...head,
          '        - name: many',
          '          namespace: default',
          '          from_file: many.yaml',
          ''
        ].join('\n'),
        'many.yaml': doc.repeat(copies)
      })
    ).filter((d) => d.code === 'duplicate-object')
    expect(diagnostics).toHaveLength(copies)
    expect(
      new Set(diagnostics.map((d) => `${d.file}:${d.line}:${d.column}`)).size
    ).toBe(copies)
    const size = diagnostics.reduce(
      (sum, d) => sum + d.message.length + (d.hint?.length ?? 0),
      0
    )
    expect(size).toBeLessThan(2_000_000)
    expect(diagnostics[0]?.message).toBe(
      'ConfigMap "same" in namespace "default" (manifest "many") is also declared in the same manifest at many.yaml:8:12, many.yaml:12:12, many.yaml:16:12 and at 3,996 other places'
    )
  })
})
