/**
 * YAML as Ankra users write it (issue 15, item 6): merge keys honoured
 * wherever YAML is read, with positions that point at the lines written;
 * tags ClusterSync cannot read, control characters, aliases to anchors
 * that are not there and alias bombs refused with file:line diagnostics;
 * legitimate reuse of an anchor accepted.
 */
import { MemoryFs } from '../../__fixtures__/fakes/memory-fs.js'
import { loadDefinition } from '../../src/definition/load.js'
import {
  validateDefinition,
  type ValidationResult
} from '../../src/validate/check-definition.js'
import type { Diagnostic } from '../../src/diagnostics.js'
import { maxAliasNodes } from '../../src/definition/yaml-anchors.js'
import { parseYamlText } from '../../src/definition/yaml-parse.js'

const head =
  'apiVersion: v1\nkind: ImportCluster\nmetadata:\n  name: demo\nspec:\n'
const ns = (name: string): string =>
  `apiVersion: v1\nkind: Namespace\nmetadata:\n  name: ${name}\n`

async function check(files: Record<string, string>): Promise<ValidationResult> {
  const fs = new MemoryFs(
    Object.fromEntries(
      Object.entries(files).map(([path, text]) => [`/repo/${path}`, text])
    )
  )
  const loaded = await loadDefinition({
    fs,
    root: '/repo',
    file: 'cluster.yaml'
  })
  return validateDefinition(loaded, { mode: 'validate' })
}

/** code file:line:column of each error, the way the CLI prints them. */
function errors(result: ValidationResult): string[] {
  return result.diagnostics
    .filter((d) => d.severity === 'error')
    .map((d) => `${d.code} ${d.file}:${d.line}:${d.column}`)
}

function only(result: ValidationResult, code: string): Diagnostic {
  const found = result.diagnostics.filter((d) => d.code === code)
  expect(found).toHaveLength(1)
  return found[0] as Diagnostic
}

describe('merge keys', () => {
  it('merges anchors defined earlier, in a definition, with merged values at their lines', async () => {
    const text = [
      'apiVersion: v1',
      'kind: ImportCluster',
      'metadata:',
      '  name: demo',
      'spec:',
      '  stacks:',
      '    - name: base',
      '      addons:',
      '        - &web', // line 9
      '          name: web',
      '          chart_name: podinfo',
      '          chart_version: "1.0.0"',
      '          repository_url: https://charts.example.com',
      '          namespace: web',
      '    - name: apps',
      '      addons:',
      '        - <<: *web', // line 17
      '          name: web-two',
      '          namespace: shop',
      ''
    ].join('\n')
    const result = await check({ 'cluster.yaml': text })
    expect(errors(result)).toEqual([])
    const addon = result.definition?.stacks[1]?.addons[0]
    expect(addon).toMatchObject({
      name: 'web-two',
      chartName: 'podinfo',
      namespace: 'shop'
    })
  })

  it('points a problem in a merged key at the line that wrote it', async () => {
    const text = [
      head.trimEnd(),
      '  stacks:',
      '    - name: base',
      '      addons:',
      '        - &web',
      '          name: web',
      '          chart_name: podinfo',
      '          chart_version: 1.20', // line 12: a number, not a string
      '          repository_url: https://charts.example.com',
      '    - name: apps',
      '      addons:',
      '        - <<: *web', // line 16
      '          name: web-two',
      ''
    ].join('\n')
    const result = await check({ 'cluster.yaml': text })
    expect(
      result.diagnostics
        .filter((d) => d.code === 'wrong-type')
        .map((d) => `${d.pointer} ${d.file}:${d.line}:${d.column}`)
    ).toEqual([
      '/spec/stacks/0/addons/0/chart_version cluster.yaml:12:26',
      '/spec/stacks/1/addons/0/chart_version cluster.yaml:12:26'
    ])
  })

  it('takes earlier maps of a merge list first, as YAML 1.1 says', async () => {
    const result = await check({
      'cluster.yaml': `${head}  stacks:\n    - name: apps\n      addons:\n        - name: web\n          chart_name: podinfo\n          chart_version: "1.0.0"\n          repository_url: https://charts.example.com\n          configuration:\n            from_file: values.yaml\n`,
      'values.yaml': [
        'base: &base {tier: one, zone: a}',
        'other: &other {tier: two, zone: b, extra: x}',
        'merged:',
        '  <<: [*base, *other]',
        '  zone: c',
        ''
      ].join('\n')
    })
    expect(errors(result)).toEqual([])
    expect(result.definition?.stacks[0]?.addons[0]?.values.merged).toEqual({
      tier: 'one',
      zone: 'c',
      extra: 'x'
    })
  })

  it('merges in included files, from_file manifests and inline manifests', async () => {
    const result = await check({
      'cluster.yaml': `${head}  stacks:\n    - include: stack.yaml\n`,
      'stack.yaml': [
        'name: apps',
        'manifests:',
        '  - &cm',
        '    name: first',
        '    from_file: objects.yaml',
        '  - <<: *cm',
        '    name: second',
        '    from_file: more.yaml',
        '  - name: inline',
        '    manifest: |',
        '      apiVersion: v1',
        '      kind: ConfigMap',
        '      metadata: &meta {name: inline, labels: {app: x}}',
        '      data:',
        '        <<: {a: "1"}',
        ''
      ].join('\n'),
      'objects.yaml': [
        'apiVersion: v1',
        'kind: ConfigMap',
        'metadata: &m',
        '  name: one',
        '  labels: {app: web}',
        '---',
        'apiVersion: v1',
        'kind: ConfigMap',
        'metadata:',
        '  <<: {name: two, labels: {app: web}}',
        '  name: three',
        ''
      ].join('\n'),
      'more.yaml': ns('more')
    })
    expect(errors(result)).toEqual([])
    const manifests = result.definition?.stacks[0]?.manifests ?? []
    expect(manifests.map((m) => m.name)).toEqual(['first', 'second', 'inline'])
    expect(manifests[0]?.objects.map((o) => o.body.metadata)).toEqual([
      { name: 'one', labels: { app: 'web' } },
      { labels: { app: 'web' }, name: 'three' }
    ])
    expect(manifests[2]?.objects[0]?.body.data).toEqual({ a: '1' })
  })

  it('reads the files a merged key names, relative to the file that wrote it', async () => {
    const result = await check({
      'cluster.yaml': `${head}  stacks:\n    - include: team/stack.yaml\n`,
      'team/stack.yaml': [
        'name: apps',
        'addons:',
        '  - &web',
        '    name: web',
        '    chart_name: podinfo',
        '    chart_version: "1.0.0"',
        '    repository_url: https://charts.example.com',
        '    configuration: {from_file: values.yaml}',
        '  - <<: *web',
        '    name: web-two',
        ''
      ].join('\n'),
      'team/values.yaml': 'replicas: 2\n'
    })
    expect(errors(result)).toEqual([])
    expect(
      result.definition?.stacks[0]?.addons.map((a) => [a.name, a.values])
    ).toEqual([
      ['web', { replicas: 2 }],
      ['web-two', { replicas: 2 }]
    ])
  })

  it('refuses a merge whose value is not a mapping', async () => {
    const result = await check({
      'cluster.yaml': `${head}  stacks:\n    - name: a\n      <<: 3\n`
    })
    const d = only(result, 'yaml-merge-invalid')
    expect(`${d.file}:${d.line}:${d.column}`).toBe('cluster.yaml:8:11')
  })
})

describe('tags', () => {
  it('refuses !!js/function with the tag, the place and a hint', async () => {
    const result = await check({
      'cluster.yaml': `${head}  stacks:\n    - name: apps\n      addons:\n        - name: podinfo\n          chart_name: !!js/function "function () { return 1 }"\n          chart_version: "1.0.0"\n          repository_url: https://charts.example.com\n`
    })
    const d = only(result, 'yaml-unknown-tag')
    expect(`${d.file}:${d.line}:${d.column}`).toBe('cluster.yaml:10:23')
    expect(d.message).toContain('!!js/function')
    expect(d.hint).toMatch(/quote/i)
    expect(result.definition).toBeUndefined()
  })

  it('refuses custom tags in manifests and values files', async () => {
    const result = await check({
      'cluster.yaml': `${head}  stacks:\n    - name: apps\n      manifests:\n        - name: cm\n          from_file: cm.yaml\n      addons:\n        - name: podinfo\n          chart_name: podinfo\n          chart_version: "1.0.0"\n          repository_url: https://charts.example.com\n          configuration:\n            from_file: values.yaml\n`,
      'cm.yaml':
        'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\ndata:\n  a: !Ref Secret\n',
      'values.yaml': 'image: !Sub "${Repo}:latest"\n'
    })
    expect(errors(result)).toEqual([
      'yaml-unknown-tag cm.yaml:6:6',
      'yaml-unknown-tag values.yaml:1:8'
    ])
    expect(result.diagnostics.map((d) => d.message.match(/!\S+/)?.[0])).toEqual(
      ['!Ref', '!Sub']
    )
  })

  it('refuses a tag in inline YAML at the field that holds it', async () => {
    const result = await check({
      'cluster.yaml': `${head}  stacks:\n    - name: apps\n      manifests:\n        - name: cm\n          manifest: "apiVersion: v1\\nkind: ConfigMap\\nmetadata: {name: x}\\ndata: {a: !!binary aGk=}"\n`
    })
    const d = only(result, 'embedded-yaml-invalid')
    expect(d.line).toBe(10)
    expect(d.message).toContain('!!binary')
  })

  it('reads the core tags as YAML 1.2 defines them', async () => {
    const result = await check({
      'cluster.yaml': `${head}  stacks:\n    - name: apps\n      addons:\n        - name: podinfo\n          chart_name: podinfo\n          chart_version: !!str 1.20\n          repository_url: https://charts.example.com\n`
    })
    expect(errors(result)).toEqual([])
    expect(result.definition?.stacks[0]?.addons[0]?.chartVersion).toBe('1.20')
  })
})

describe('control characters', () => {
  it('refuses a NUL byte in the definition, naming the line', async () => {
    const result = await check({
      'cluster.yaml': `${head}  stacks:\n    - name: a\u0000b\n`
    })
    expect(errors(result)).toEqual(['yaml-control-character cluster.yaml:7:14'])
    expect(only(result, 'yaml-control-character').message).toContain('U+0000')
  })

  it('refuses control characters in a from_file manifest', async () => {
    const result = await check({
      'cluster.yaml': `${head}  stacks:\n    - name: a\n      manifests:\n        - name: x\n          from_file: x.yaml\n`,
      'x.yaml': `${ns('x')}---\n${ns('y\u001b[31m')}`
    })
    expect(errors(result)).toEqual(['yaml-control-character x.yaml:9:10'])
  })

  it('keeps an escaped "\\0" inside a double-quoted string: that is data', async () => {
    const result = await check({
      'cluster.yaml': `${head}  stacks:\n    - name: a\n      manifests:\n        - name: x\n          from_file: x.yaml\n`,
      'x.yaml': `${ns('x')}---\napiVersion: v1\nkind: ConfigMap\nmetadata: {name: c}\ndata: {a: "x\\0y"}\n`
    })
    expect(errors(result)).toEqual([])
  })
})

describe('deploy_wave', () => {
  const wave = (value: string): Record<string, string> => ({
    'cluster.yaml': `${head}  stacks:\n    - name: a\n      deploy_wave: ${value}\n`
  })

  it('refuses a wave past the documented range', async () => {
    const result = await check(wave('1.2e29'))
    const d = only(result, 'invalid-value')
    expect(`${d.file}:${d.line}:${d.column}`).toBe('cluster.yaml:8:20')
    expect(d.message).toBe(
      '"deploy_wave" in stack "a" is 1.2e29; expected an integer from 0 to 2147483647'
    )
  })

  it('accepts the largest wave in the range, and refuses a fraction', async () => {
    expect(errors(await check(wave('2147483647')))).toEqual([])
    expect(errors(await check(wave('2147483648')))).toEqual([
      'invalid-value cluster.yaml:8:20'
    ])
    expect(errors(await check(wave('1.5')))).toEqual([
      'wrong-type cluster.yaml:8:20'
    ])
  })
})

describe('aliases', () => {
  it('accepts one scalar anchor used a thousand times (once refused at the 101st)', async () => {
    const uses = Array.from({ length: 1000 }, (_, i) => `  k${i}: *v`).join(
      '\n'
    )
    const result = await check({
      'cluster.yaml': `${head}  stacks:\n    - name: a\n      addons:\n        - name: web\n          chart_name: podinfo\n          chart_version: "1.0.0"\n          repository_url: https://charts.example.com\n          configuration:\n            from_file: values.yaml\n`,
      'values.yaml': `v: &v same\nmany:\n${uses}\n`
    })
    expect(errors(result)).toEqual([])
    const values = result.definition?.stacks[0]?.addons[0]?.values
    expect(Object.keys(values?.many ?? {})).toHaveLength(1000)
  })

  it('counts expanded nodes: 10,000 pass, 10,001 do not', () => {
    const uses = (n: number): string =>
      `v: &v x\nmany: [${Array(n).fill('*v').join(', ')}]\n`
    const at = (n: number): string[] => {
      const diagnostics: Diagnostic[] = []
      parseYamlText(uses(n), 'v.yaml', diagnostics)
      return diagnostics.map((d) => `${d.code} ${d.line}:${d.column}`)
    }
    expect(at(maxAliasNodes)).toEqual([])
    expect(at(maxAliasNodes + 1)).toEqual([
      `yaml-alias-limit 2:${8 + 4 * maxAliasNodes}`
    ])
    // A mapping of two entries counts five nodes: itself, two keys, two values.
    const maps = (n: number): string =>
      `m: &m {a: 1, b: 2}\nmany: [${Array(n).fill('*m').join(', ')}]\n`
    const diagnostics: Diagnostic[] = []
    parseYamlText(maps(2000), 'm.yaml', diagnostics)
    expect(diagnostics).toEqual([])
    parseYamlText(maps(2001), 'm.yaml', diagnostics)
    expect(diagnostics.map((d) => d.code)).toEqual(['yaml-alias-limit'])
  })

  it('refuses a billion laughs fast, at the alias that crosses the limit', async () => {
    const levels = ['l0: &l0 ["x","x","x","x","x","x","x","x","x","x"]']
    for (let n = 1; n < 30; n++) {
      levels.push(
        `l${n}: &l${n} [${Array(10)
          .fill(`*l${n - 1}`)
          .join(',')}]`
      )
    }
    const started = performance.now()
    const result = await check({
      'cluster.yaml': `${head}  stacks:\n    - name: a\n      manifests:\n        - include: bomb.yaml\n`,
      'bomb.yaml': `name: bomb\nmanifest: hello\nextra:\n${levels.map((l) => `  ${l}`).join('\n')}\n`
    })
    expect(performance.now() - started).toBeLessThan(5000)
    const d = only(result, 'yaml-alias-limit')
    expect(d.file).toBe('bomb.yaml')
    expect(d.line).toBe(7)
  })

  it('names an alias whose anchor is in another document', async () => {
    const result = await check({
      'cluster.yaml': `${head}  stacks:\n    - name: a\n      manifests:\n        - name: x\n          from_file: x.yaml\n`,
      'x.yaml': `apiVersion: v1\nkind: ConfigMap\nmetadata: &meta\n  name: x\n---\napiVersion: v1\nkind: ConfigMap\nmetadata: *meta\n`
    })
    expect(errors(result)).toEqual(['yaml-unknown-alias x.yaml:8:11'])
    const d = only(result, 'yaml-unknown-alias')
    expect(d.message).toContain('*meta')
    expect(d.hint).toMatch(/---/)
  })

  it('names an alias used in the definition before its anchor', async () => {
    const result = await check({
      'cluster.yaml': `${head}  stacks:\n    - *later\n    - &later {name: a}\n`
    })
    expect(errors(result)).toEqual(['yaml-unknown-alias cluster.yaml:7:7'])
  })

  it('refuses an alias inside the node its anchor names', async () => {
    const result = await check({
      'cluster.yaml': `${head}  stacks:\n    - &self\n      name: a\n      more: *self\n`
    })
    expect(errors(result)).toEqual(['yaml-alias-cycle cluster.yaml:9:13'])
  })
})
