/**
 * Hints that say what to write for the usual slips with parents and add-on
 * values: a parent that names a stack, a parent written as a bare name, a
 * `values:` written as a mapping, `configuration:` written as text. And no
 * hint that suggests a resource be its own parent.
 */
import { validateFiles } from '../../__fixtures__/validate-files.js'

async function hints(lines: string[]): Promise<string[]> {
  const text = [
    'apiVersion: v1',
    'kind: ImportCluster',
    'metadata: {name: demo}',
    'spec:',
    '  stacks:',
    '    - name: platform',
    '      manifests:',
    '        - name: ns',
    '          manifest: "apiVersion: v1\\nkind: Namespace\\nmetadata: {name: shop}\\n"',
    '    - name: apps',
    ...lines,
    ''
  ].join('\n')
  return (await validateFiles(text)).map(
    (d) => `${d.code}: ${d.hint ?? '(no hint)'}`
  )
}

const configMap =
  '          manifest: "apiVersion: v1\\nkind: ConfigMap\\nmetadata: {name: c, namespace: shop}\\n"'

describe('hints for parents and add-on values', () => {
  it('says a stack is not a parent, and how to order stacks', async () => {
    expect(
      await hints([
        '      manifests:',
        '        - name: cm',
        '          parents: [{manifest: platform}]',
        configMap
      ])
    ).toEqual([
      'unknown-parent: "platform" is a stack: parents name a manifest or add-on. To run after every step of stack "platform", give the stacks deploy_wave values.'
    ])
  })

  it('says a stack named as parent is the resource’s own stack, with no wave advice', async () => {
    expect(
      await hints([
        '      manifests:',
        '        - name: cm',
        '          parents: [{manifest: apps}]',
        configMap
      ])
    ).toEqual([
      'unknown-parent: "apps" is the stack manifest "cm" is in: parents name a manifest or add-on of this cluster, one the stack holds or another.'
    ])
  })

  it('never suggests the resource itself as its parent', async () => {
    const found = await hints([
      '      manifests:',
      '        - name: cm',
      '          parents: [{addon: cm}]',
      configMap
    ])
    expect(found).toHaveLength(1)
    expect(found[0]).not.toContain('manifest: cm')
  })

  it('shows how to write a parent given as a bare name', async () => {
    expect(
      await hints([
        '      manifests:',
        '        - name: cm',
        '          parents: [ns]',
        configMap
      ])
    ).toEqual([
      "wrong-type: A parent says what it names: write `- {name: ns, kind: manifest}` (or `kind: addon`); Ankra's CLI drops the shorter `- manifest: ns`."
    ])
  })

  it('shows how to write values and configuration as the text and mapping they are', async () => {
    const addon = (configuration: string[]) => [
      '      addons:',
      '        - name: web',
      '          chart_name: app',
      '          chart_version: 1.0.0',
      '          repository_url: https://charts.example',
      ...configuration
    ]
    expect(
      await hints(
        addon(['          configuration:', '            values: {replicas: 2}'])
      )
    ).toEqual([
      'wrong-type: `values` holds YAML text: write `values: |` and indent the YAML under it.'
    ])
    expect(
      await hints(addon(['          configuration: "replicas: 2"']))
    ).toEqual([
      'wrong-type: `configuration` is a mapping: `configuration:`, then `values: |` with the YAML text indented under it.'
    ])
  })
})
