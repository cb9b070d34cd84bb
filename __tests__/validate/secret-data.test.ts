/**
 * Values the API server refuses, said by validate instead of by a sync half
 * way through: a Secret's data that is not base64, a chart URL with a line
 * break (found by a hostile-input tester).
 */
import {
  oneManifest,
  validateFiles
} from '../../__fixtures__/validate-files.js'

describe('a Secret whose data is not base64', () => {
  it('is an error naming the key, never the value', async () => {
    const diagnostics = await validateFiles(
      oneManifest('demo', 'creds', [
        'apiVersion: v1',
        'kind: Secret',
        'metadata: {name: creds, namespace: shop}',
        'data:',
        '  TOKEN: "not base64 !!! s3cr3tTokenValue"',
        '  SHORT: aGk',
        '  OK: aGk=',
        '  FOLDED: "aGVs\\nbG8="',
        '  EMPTY: ""',
        'stringData:',
        '  PLAIN: any text at all'
      ])
    )
    const errors = diagnostics.filter(
      (d) => d.code === 'secret-data-not-base64'
    )
    expect(errors.map((d) => d.message)).toEqual([
      'data.SHORT of Secret "creds" (document #1 of manifest "creds" in stack "apps") is not base64 text; the API server refuses it',
      'data.TOKEN of Secret "creds" (document #1 of manifest "creds" in stack "apps") is not base64 text; the API server refuses it'
    ])
    expect(JSON.stringify(diagnostics)).not.toContain('s3cr3tTokenValue')
  })

  it('leaves other kinds alone', async () => {
    const diagnostics = await validateFiles(
      oneManifest('demo', 'cm', [
        'apiVersion: v1',
        'kind: ConfigMap',
        'metadata: {name: cm, namespace: shop}',
        'data: {TOKEN: not base64}'
      ])
    )
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([])
  })
})

describe('a chart URL with a line break', () => {
  it('is an invalid-chart-url error', async () => {
    const diagnostics = await validateFiles(
      [
        'apiVersion: v1',
        'kind: ImportCluster',
        'metadata: {name: demo}',
        'spec:',
        '  stacks:',
        '    - name: apps',
        '      addons:',
        '        - name: web',
        '          chart_name: app',
        '          chart_version: "1.0.0"',
        '          namespace: web',
        '          repository_url: "https://charts.example.com/\\n::error::url"',
        ''
      ].join('\n')
    )
    expect(
      diagnostics
        .filter((d) => d.code === 'invalid-chart-url')
        .map((d) => `${d.line} ${d.message}`)
    ).toEqual([
      '12 repository_url of add-on "web" in stack "apps" holds a space, a line break or another control character; a URL cannot'
    ])
  })
})
