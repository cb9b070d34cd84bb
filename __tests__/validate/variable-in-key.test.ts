/**
 * `${{ ankra.NAME }}` is replaced in string values, not in mapping keys: a
 * key holding a reference would reach the cluster as written (an invalid
 * label key, a ConfigMap key with braces in it). It is warned about at the
 * manifest or add-on, once per key, instead of passing in silence.
 */
import { validateFiles } from '../../__fixtures__/validate-files.js'

async function warnings(definition: string): Promise<string[]> {
  return (await validateFiles(definition))
    .filter((d) => d.code === 'variable-in-key')
    .map((d) => `${d.line}: ${d.message}`)
}

describe('a variable reference in a mapping key', () => {
  it('is warned about in a manifest and in add-on values, naming the key', async () => {
    const text = [
      'apiVersion: v1',
      'kind: ImportCluster',
      'metadata: {name: demo}',
      'spec:',
      '  stacks:',
      '    - name: apps',
      '      variables: {env: prod}',
      '      manifests:',
      '        - name: config',
      '          manifest: |',
      '            apiVersion: v1',
      '            kind: ConfigMap',
      '            metadata:',
      '              name: settings',
      '              labels: {"${{ ankra.env }}-tier": web}',
      '            data:',
      '              plain: "${{ ankra.env }}"',
      '      addons:',
      '        - name: web',
      '          chart_name: app',
      '          chart_version: 1.0.0',
      '          repository_url: https://charts.example',
      '          configuration:',
      '            values: |',
      '              "${{ ankra.env }}.properties": x',
      ''
    ].join('\n')
    const found = await warnings(text)
    expect(found).toHaveLength(2)
    expect(found[0]).toContain('key "${{ ankra.env }}-tier"')
    expect(found[0]).toContain('manifest "config"')
    expect(found[1]).toContain('key "${{ ankra.env }}.properties"')
    expect(found[1]).toContain('add-on "web"')
  })
})

/**
 * A variable's value is text, used as it stands: a `${{ ankra.OTHER }}`
 * inside it is not expanded (no nesting, as in Ankra), and the object gets
 * the braces. Said at the variable, naming what it refers to, never the
 * value (variables may hold tokens).
 */
describe('a variable whose value holds a reference', () => {
  it('is warned about at the variable', async () => {
    const definition = [
      'apiVersion: v1',
      'kind: ImportCluster',
      'metadata: {name: demo}',
      'spec:',
      '  stacks:',
      '    - name: apps',
      '      variables:',
      '        host: example.com',
      '        url: "https://${{ ankra.host }}/api"',
      '      manifests:',
      '        - name: config',
      '          manifest: "apiVersion: v1\\nkind: ConfigMap\\nmetadata: {name: c, namespace: web}\\ndata: {url: ${{ ankra.url }}}\\n"',
      ''
    ].join('\n')
    const found = (await validateFiles(definition))
      .filter((d) => d.code === 'variable-holds-reference')
      .map((d) => `${d.line}: ${d.message}`)
    expect(found).toEqual([
      '9: stack variable "url" refers to ${{ ankra.host }}; references inside a variable are not expanded, so it is used with the reference as written'
    ])
  })
})

describe('a variable whose value is a mapping', () => {
  it('is reported, not a crash, whatever its keys (`toString: null`)', async () => {
    const diagnostics = await validateFiles(
      [
        'apiVersion: v1',
        'kind: ImportCluster',
        'metadata: {name: demo}',
        'spec:',
        '  stacks:',
        '    - name: apps',
        '      variables:',
        '        env: {toString: null, valueOf: null}',
        ''
      ].join('\n')
    )
    expect(
      diagnostics.filter((d) => d.severity === 'error').map((d) => d.line)
    ).toEqual([8])
  })
})
