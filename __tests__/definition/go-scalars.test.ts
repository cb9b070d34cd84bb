/**
 * Plain scalars Go's YAML reads differently from YAML 1.2 (go-scalars.ts):
 * ClusterSync reads them as Ankra's CLI (yaml.v3), kubectl and Helm
 * (sigs.k8s.io/yaml, go-yaml v2) read them, so a repository applies what it
 * applied before, and warns about YAML 1.1's boolean words.
 */
import { validateRepo } from '../../__fixtures__/validate-files.js'
import type { Diagnostic } from '../../src/diagnostics.js'
import {
  goReading,
  mayReadDifferentlyInGo
} from '../../src/definition/go-scalars.js'
import {
  documentToValue,
  parseYamlText
} from '../../src/definition/yaml-parse.js'

/**
 * `v: <text>` decoded by sigs.k8s.io/yaml v1.4.0 (YAMLToJSON, as kubectl and
 * Helm read manifests and values) and by gopkg.in/yaml.v3 v3.0.1 (into an
 * untyped map, as Ankra's CLI reads a definition), by a small Go program:
 * [text, kubectl and Helm, Ankra]. A string means "the text as written".
 */
const readByGo: [string, unknown, unknown][] = [
  ['010', 8, 8],
  ['-010', -8, -8],
  ['+010', 8, 8],
  ['0777', 511, 511],
  ['0o10', 8, 8],
  ['0x1F', 31, 31],
  ['-0x1F', -31, -31],
  ['0b101', 5, 5],
  ['-0b101', -5, -5],
  ['1_000', 1000, 1000],
  ['1_0.5', 10.5, 10.5],
  ['0.1_0', 0.1, 0.1],
  ['0_10', 8, 8],
  ['1__0', 10, 10],
  ['0b1_0', 2, 2],
  ['_1', '_1', '_1'],
  ['09', 9, 9],
  ['08', 8, 8],
  ['00', 0, 0],
  ['0', 0, 0],
  ['+12', 12, 12],
  ['-0', 0, 0],
  ['010.0', 10, 10],
  ['1.', 1, 1],
  ['.5', 0.5, 0.5],
  ['1e3', 1000, 1000],
  ['0x', '0x', '0x'],
  ['0b', '0b', '0b'],
  ['0xz', '0xz', '0xz'],
  ['1:20', '1:20', '1:20'],
  ['yes', true, 'yes'],
  ['no', false, 'no'],
  ['on', true, 'on'],
  ['off', false, 'off'],
  ['y', true, 'y'],
  ['n', false, 'n'],
  ['Y', true, 'Y'],
  ['NO', false, 'NO'],
  ['True', true, true],
  ['.5_0', 0.5, 0.5],
  ['._5', '._5', '._5'],
  ['0x1_F', 31, 31],
  ['0o1_7', 15, 15],
  ['0xFF_FF', 65535, 65535],
  ['0777777777777777777777777', 7.777777777777778e23, 7.777777777777778e23],
  ['-_1', -1, -1],
  ['1_', 1, 1],
  ['0_', 0, 0]
]

/** The value of `v`, as ClusterSync reads `v: <text>` in a manifest and in a definition. */
function yaml12(text: string): unknown {
  if (/^(?:[Tt]rue|TRUE)$/.test(text)) return true
  const n = /^(?:0o[0-7]+|[-+]?[0-9]+|0x[0-9a-fA-F]+)$/.test(text)
    ? text.startsWith('0o')
      ? parseInt(text.slice(2), 8)
      : text.startsWith('0x')
        ? parseInt(text.slice(2), 16)
        : parseInt(text, 10)
    : /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?$/.test(text)
      ? parseFloat(text)
      : text
  return n
}

describe('goReading follows Go', () => {
  it.each(readByGo)('%s', (text, objects, definition) => {
    const expectFor = (go: unknown, reader: 'objects' | 'definition'): void => {
      const differs = JSON.stringify(go) !== JSON.stringify(yaml12(text))
      expect(goReading(text, reader)).toBe(differs ? go : undefined)
      // The fast path must leave every such text to `yaml`.
      if (differs) expect(mayReadDifferentlyInGo(`v: ${text}\n`)).toBe(true)
    }
    expectFor(objects, 'objects')
    expectFor(definition, 'definition')
  })
})

describe('the gate on hostile text', () => {
  it.each(['!- ', '&a: ', '- ', ': ', '{a: ', '!a &b ', '":!', "':&"])(
    'reads a 100,000-fold %j once (a comment line a pull request writes)',
    (unit) => {
      // Quadratic before: each `- ` or `: ` started a match to the line's
      // end. A hang bound, not a timing: linear takes milliseconds here,
      // quadratic tens of seconds (a synchronous call cannot time out).
      const started = performance.now()
      expect(mayReadDifferentlyInGo(`# ${unit.repeat(100_000)}\n`)).toBe(false)
      expect(performance.now() - started).toBeLessThan(5_000)
    }
  )
})

describe('Go readings after anchors, tags and tabs', () => {
  it.each([
    ['a: &x no\nb: &y 010\n', { a: false, b: 8 }],
    ['- &a 0_10\n- *a\n', [8, 8]],
    ['a:\tno\nb: 010\t\n', { a: false, b: 8 }],
    ['a: !!int 010\n', { a: 8 }],
    ['a: [0x1_F, 0o1_7]\n', { a: [31, 15] }],
    ['{"name":0b101, "on":yes}\n', { name: 5, on: true }]
  ])('%j', (text, value) => {
    const parsed = parseYamlText(text, 'f.yaml', [], 'objects')
    expect(parsed.documents.map(documentToValue)).toEqual([value])
  })
})

const deployment = [
  'apiVersion: apps/v1',
  'kind: Deployment',
  'metadata:',
  '  name: web',
  'spec:',
  '  replicas: 010',
  '  selector: {matchLabels: {app: web}}',
  '  template:',
  '    metadata: {labels: {app: web}}',
  '    spec:',
  '      volumes:',
  '        - name: certs',
  '          secret: {secretName: certs, defaultMode: 0644}',
  '      containers:',
  '        - name: web',
  '          image: nginx',
  '          tty: yes',
  '          stdin: "no"',
  ''
].join('\n')

const definition = (stack: string[]): string =>
  [
    'apiVersion: v1',
    'kind: ImportCluster',
    'metadata:',
    '  name: demo',
    'spec:',
    '  stacks:',
    ...stack.map((line) => `    ${line}`),
    ''
  ].join('\n')

function warnings(diagnostics: Diagnostic[]): string[] {
  return diagnostics
    .filter((d) => d.code === 'yaml-boolean-word')
    .map((d) => `${d.file}:${d.line}:${d.column} ${d.message}`)
}

describe('manifests and values are read as kubectl and Helm read them', () => {
  it('a from_file manifest: octal modes and counts, YAML 1.1 booleans with a warning at the word', async () => {
    const result = await validateRepo({
      'cluster.yaml': definition([
        '- name: apps',
        '  manifests:',
        '    - name: web',
        '      from_file: web.yaml'
      ]),
      'web.yaml': deployment
    })
    const object = result.definition?.stacks[0]?.manifests[0]?.objects[0]
      ?.body as {
      spec: {
        replicas: unknown
        template: {
          spec: {
            volumes: { secret: { defaultMode: unknown } }[]
            containers: { tty: unknown; stdin: unknown }[]
          }
        }
      }
    }
    expect(object.spec.replicas).toBe(8)
    const pod = object.spec.template.spec
    expect(pod.volumes[0]?.secret.defaultMode).toBe(0o644)
    expect(pod.containers[0]?.tty).toBe(true)
    expect(pod.containers[0]?.stdin).toBe('no')
    expect(warnings(result.diagnostics)).toEqual([
      'web.yaml:17:16 unquoted yes is read as the boolean true, as kubectl and Helm read it (YAML 1.1\'s booleans); YAML 1.2 tools read the text "yes"'
    ])
  })

  it("an inline manifest block: the warning at the word's line in the block", async () => {
    const result = await validateRepo({
      'cluster.yaml': definition([
        '- name: apps',
        '  manifests:',
        '    - name: web',
        '      manifest: |',
        ...deployment.split('\n').map((line) => `        ${line}`)
      ])
    })
    const object = result.definition?.stacks[0]?.manifests[0]?.objects[0]
      ?.body as {
      spec: { replicas: unknown }
    }
    expect(object.spec.replicas).toBe(8)
    expect(warnings(result.diagnostics)).toEqual([
      expect.stringMatching(
        /^cluster\.yaml:27:28 unquoted yes .* \(in "manifest" of manifest "web" in stack "apps"\)$/
      )
    ])
  })

  it('Helm values: `enabled: no` is false, as helm reads it, not the text "no" a chart would take for true', async () => {
    const result = await validateRepo({
      'cluster.yaml': definition([
        '- name: apps',
        '  addons:',
        '    - name: web',
        '      chart_name: app',
        '      chart_version: "1.0.0"',
        '      repository_url: https://charts.example.com',
        '      namespace: web',
        '      configuration:',
        '        from_file: values.yaml'
      ]),
      'values.yaml': 'ingress:\n  enabled: no\nreplicaCount: 1_0\nmode: "off"\n'
    })
    expect(result.definition?.stacks[0]?.addons[0]?.values).toEqual({
      ingress: { enabled: false },
      replicaCount: 10,
      mode: 'off'
    })
    expect(warnings(result.diagnostics)).toEqual([
      expect.stringMatching(
        /^values\.yaml:2:12 unquoted no is read as the boolean false/
      )
    ])
  })
})

describe("the definition is read as Ankra's CLI reads it", () => {
  it('deploy_wave: 010 is wave 8; a variable `yes` stays text, with no boolean warning', async () => {
    const result = await validateRepo({
      'cluster.yaml': definition([
        '- name: early',
        '  deploy_wave: 010',
        '  variables:',
        '    flag: yes',
        '  manifests:',
        '    - name: cm',
        '      manifest: |',
        '        apiVersion: v1',
        '        kind: ConfigMap',
        '        metadata: {name: cm}',
        '        data: {flag: "${{ ankra.flag }}"}'
      ])
    })
    const stack = result.definition?.stacks[0]
    expect(stack?.deployWave).toBe(8)
    expect(stack?.manifests[0]?.objects[0]?.body).toMatchObject({
      data: { flag: 'yes' }
    })
    expect(warnings(result.diagnostics)).toEqual([])
  })
})
