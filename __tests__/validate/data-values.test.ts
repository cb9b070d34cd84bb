/**
 * Values the API server refuses, said by validate instead of by a sync half
 * way through: a Secret's data that is not base64, a ConfigMap's data that
 * YAML reads as a number or a boolean, a chart URL with a line break.
 */
import {
  oneManifest,
  validateFiles
} from '../../__fixtures__/validate-files.js'

const errors = async (objectLines: string[], code: string): Promise<string[]> =>
  (await validateFiles(oneManifest('demo', 'm', objectLines)))
    .filter((d) => d.code === code)
    .map((d) => d.message)

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
        '  PLAIN: any text at all',
        '  PIN: 1234'
      ])
    )
    expect(
      diagnostics
        .filter((d) => d.code.startsWith('data-'))
        .map((d) => `${d.code} ${d.message}`)
    ).toEqual([
      'data-not-base64 data.TOKEN of Secret "creds" (document #1 of manifest "creds" in stack "apps") is not base64 text; the API server refuses it',
      'data-not-base64 data.SHORT of Secret "creds" (document #1 of manifest "creds" in stack "apps") is not base64 text; the API server refuses it',
      'data-value-not-text stringData.PIN of Secret "creds" (document #1 of manifest "creds" in stack "apps") is a number, not text; the API server refuses it'
    ])
    const text = JSON.stringify(diagnostics)
    expect(text).not.toContain('s3cr3tTokenValue')
    expect(text).not.toContain('1234')
  })
})

describe('what the API server takes stays valid', () => {
  it('null values, references, ciphertext, line breaks in base64', async () => {
    const diagnostics = await validateFiles(
      oneManifest('demo', 'm', [
        'apiVersion: v1',
        'kind: Secret',
        'metadata: {name: s, namespace: shop}',
        'data:',
        '  EMPTY:',
        '  TILDE: ~',
        '  REF: "${{ ankra.nope }}"',
        '  CIPHER: "ENC[AES256_GCM,data:x,iv:y,tag:z,type:str]"',
        '  CRLF: "aGVs\\r\\nbG8="',
        '  BLOCK: |',
        '    aGVs',
        '    bG8=',
        'stringData: {A: "x"}',
        '---',
        'apiVersion: v1',
        'kind: ConfigMap',
        'metadata: {name: c, namespace: shop}',
        'data: null'
      ])
    )
    expect(diagnostics.filter((d) => d.code.startsWith('data-'))).toEqual([])
  })

  it('a Secret number is said as not text (quote it), not as bad base64', async () => {
    expect(
      (
        await validateFiles(
          oneManifest('demo', 'm', [
            'apiVersion: v1',
            'kind: Secret',
            'metadata: {name: s, namespace: shop}',
            'data: {PIN: 1234}'
          ])
        )
      )
        .filter((d) => d.code.startsWith('data-'))
        .map((d) => `${d.code} ${d.message} | ${d.hint ?? ''}`)
    ).toEqual([
      'data-value-not-text data.PIN of Secret "s" (document #1 of manifest "m" in stack "apps") is a number, not text; the API server refuses it | Quote the value so YAML keeps it as text, e.g. `ENABLED: "yes"`, `MODE: "0644"`, `PORT: "8080"`.'
    ])
  })

  it('data that is not a mapping is one error', async () => {
    expect(
      await errors(
        [
          'apiVersion: v1',
          'kind: ConfigMap',
          'metadata: {name: c, namespace: shop}',
          'data: [a, b]'
        ],
        'data-value-not-text'
      )
    ).toEqual([
      'data of ConfigMap "c" (document #1 of manifest "m" in stack "apps") is not a mapping of keys to text'
    ])
  })
})

describe('where the errors are placed', () => {
  it('at the key, in a manifest block and in a from_file manifest', async () => {
    const configMap = [
      'apiVersion: v1',
      'kind: ConfigMap',
      'metadata: {name: cm, namespace: shop}',
      'data:',
      '  OK: "x"',
      '  PORT: 8080'
    ]
    const inline = await validateFiles(oneManifest('demo', 'm', configMap))
    const file = await validateFiles({
      'cluster.yaml': [
        'apiVersion: v1',
        'kind: ImportCluster',
        'metadata: {name: demo}',
        'spec:',
        '  stacks:',
        '    - name: apps',
        '      manifests:',
        '        - name: m',
        '          from_file: cm.yaml',
        ''
      ].join('\n'),
      'cm.yaml': ['# settings', '---', ...configMap, ''].join('\n')
    })
    const places = (diagnostics: typeof inline): string[] =>
      diagnostics
        .filter((d) => d.code === 'data-value-not-text')
        .map((d) => `${d.file}:${d.line}:${d.column}`)
    // The block's text starts at line 11, indented 12 columns.
    expect(places(inline)).toEqual(['cluster.yaml:16:15'])
    expect(places(file)).toEqual(['cm.yaml:8:3'])
  })
})

describe('a ConfigMap whose data YAML reads as numbers or booleans', () => {
  it('is an error saying what YAML read, so the value can be quoted', async () => {
    expect(
      await errors(
        [
          'apiVersion: v1',
          'kind: ConfigMap',
          'metadata: {name: cm, namespace: shop}',
          'data:',
          '  ENABLED: yes',
          '  MODE: 0644',
          '  PORT: 8080',
          '  NAME: "yes"',
          '  NOTE: plain words',
          'binaryData: {blob: "!!"}'
        ],
        'data-value-not-text'
      )
    ).toEqual([
      'data.ENABLED of ConfigMap "cm" (document #1 of manifest "m" in stack "apps") is the boolean true, not text; the API server refuses it',
      'data.MODE of ConfigMap "cm" (document #1 of manifest "m" in stack "apps") is the number 420, not text; the API server refuses it',
      'data.PORT of ConfigMap "cm" (document #1 of manifest "m" in stack "apps") is the number 8080, not text; the API server refuses it'
    ])
  })

  it('checks binaryData as base64, and leaves other kinds alone', async () => {
    expect(
      await errors(
        [
          'apiVersion: v1',
          'kind: ConfigMap',
          'metadata: {name: cm, namespace: shop}',
          'binaryData: {blob: "!!", ok: aGk=}'
        ],
        'data-not-base64'
      )
    ).toEqual([
      'binaryData.blob of ConfigMap "cm" (document #1 of manifest "m" in stack "apps") is not base64 text; the API server refuses it'
    ])
    const diagnostics = await validateFiles(
      oneManifest('demo', 'x', [
        'apiVersion: example.com/v1',
        'kind: Widget',
        'metadata: {name: w, namespace: shop}',
        'data: {TOKEN: 1, flag: true}'
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

describe('data keys the API server refuses', () => {
  it('are errors at the key, for a ConfigMap and a Secret', async () => {
    expect(
      await errors(
        [
          'apiVersion: v1',
          'kind: ConfigMap',
          'metadata: {name: odd, namespace: shop}',
          'data:',
          '  "app config.yaml": x',
          '  a/b: y',
          '  ok-key_1.yaml: z',
          '  "..": w'
        ],
        'data-key-invalid'
      )
    ).toEqual([
      'data key "app config.yaml" of ConfigMap "odd" (document #1 of manifest "m" in stack "apps") is not one the API server takes: letters, digits, \'-\', \'_\' and \'.\' only, at most 253, not "." or ".."',
      'data key "a/b" of ConfigMap "odd" (document #1 of manifest "m" in stack "apps") is not one the API server takes: letters, digits, \'-\', \'_\' and \'.\' only, at most 253, not "." or ".."',
      'data key ".." of ConfigMap "odd" (document #1 of manifest "m" in stack "apps") is not one the API server takes: letters, digits, \'-\', \'_\' and \'.\' only, at most 253, not "." or ".."'
    ])
    expect(
      await errors(
        [
          'apiVersion: v1',
          'kind: Secret',
          'metadata: {name: odd, namespace: shop}',
          'stringData:',
          '  "my key": x'
        ],
        'data-key-invalid'
      )
    ).toHaveLength(1)
  })
})
