/**
 * What a pull request's author can make ClusterSync print: secrets written
 * where text belongs, credentials in chart URLs, a 100 KB key, names that
 * look like flags or carry control characters. Asserted on the CLI's output,
 * in every format, as a user (or the log of a CI job) would see it.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { runCliCaptured } from '../../__fixtures__/run-cli.js'

const fixtures = '__fixtures__/definitions'

function validate(name: string, format: string) {
  return runCliCaptured([
    'validate',
    `${fixtures}/${name}/cluster.yaml`,
    '--root',
    `${fixtures}/${name}`,
    '--format',
    format
  ])
}

let dir: string
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'clustersync-hostile-'))
})
afterEach(() => rmSync(dir, { recursive: true, force: true }))

/** Writes `cluster.yaml` into the test's folder and runs `args` on it. */
function runOn(yaml: string, args: string[]) {
  writeFileSync(join(dir, 'cluster.yaml'), yaml)
  return runCliCaptured([...args, join(dir, 'cluster.yaml'), '--root', dir])
}

const definition = (stack: string, addon: string): string => `apiVersion: v1
kind: ImportCluster
metadata:
  name: demo
spec:
  stacks:
    - name: ${JSON.stringify(stack).replace(/\u009b/g, '\\u009b')}
      addons:
${addon}
`

const credentialAddons = `        - name: web
          chart_name: app
          chart_version: '1.0.0'
          repository_url: https://user:tok3n@charts.example.com/stable
        - name: api
          chart_name: app
          chart_version: '1.0.0'
          repository_url: oci://robot:pa55@registry.example.com/charts`

describe('secrets in diagnostics', () => {
  it.each(['text', 'json', 'github'])(
    'never quotes a Secret, Helm values or stack variables written as mappings (--format %s)',
    async (format) => {
      const run = await validate('secrets-not-quoted', format)
      expect(run.code).toBe(1)
      const printed = run.out + run.err
      expect(printed).toContain('must be a string, not a mapping')
      expect(printed).not.toMatch(/hunter2|123456789|987654321/)
      expect(printed).not.toContain('s3cret')
      expect(printed).toContain('ftp://***@charts.example.com/x')
    }
  )
})

describe('credentials in chart URLs', () => {
  it('are hidden in the plan text', async () => {
    const run = await runOn(definition('apps', credentialAddons), [
      'plan',
      '--no-live'
    ])
    expect(run.code).toBe(0)
    expect(run.out).toContain('from https://***@charts.example.com/stable')
    expect(run.out).toContain('from oci://***@registry.example.com/charts')
    expect(run.out + run.err).not.toMatch(/tok3n|pa55|user:|robot/)
  })

  it('are hidden in the plan JSON location', async () => {
    const run = await runOn(definition('apps', credentialAddons), [
      'plan',
      '--no-live',
      '--format',
      'json'
    ])
    const json = JSON.parse(run.out) as {
      steps: { release?: { location: string } }[]
    }
    expect(json.steps.map((s) => s.release?.location)).toEqual([
      'https://***@charts.example.com/stable',
      'oci://***@registry.example.com/charts'
    ])
    expect(run.out).not.toMatch(/tok3n|pa55/)
  })
})

describe('long values', () => {
  it('never echoes a 100 KB unknown key', async () => {
    const key = 'k'.repeat(100_000)
    for (const format of ['text', 'json']) {
      const run = await runOn(
        // An explicit key (`? …`): YAML limits implicit keys to 1024 characters.
        `apiVersion: v1\nkind: ImportCluster\nmetadata:\n  name: demo\n  ? ${key}\n  : 1\nspec: {}\n`,
        ['validate', '--format', format]
      )
      expect(run.code).toBe(1)
      expect(run.out).toContain('unknown-field')
      expect(run.out).toContain('(100002 characters)')
      expect(run.out.length).toBeLessThan(2_000)
    }
  })
})

describe('values that look like flags', () => {
  it('reports each at its field with a hint, by the rules of helm and Kubernetes', async () => {
    const run = await validate('flag-like-values', 'text')
    expect(run.code).toBe(1)
    const lines = run.out.split('\n')
    const at = (line: number, code: string): string | undefined =>
      lines.find(
        (l) =>
          l.startsWith(`${fixtures}/flag-like-values/cluster.yaml:${line}:`) &&
          l.endsWith(`[${code}]`)
      ) ??
      lines.find(
        (l) => l.startsWith(`cluster.yaml:${line}:`) && l.endsWith(`[${code}]`)
      )
    expect(at(12, 'invalid-namespace')).toContain('"-n"')
    expect(at(19, 'invalid-release-name')).toContain('"--kubeconfig=/tmp/x"')
    expect(at(20, 'invalid-chart-name')).toContain('"-n"')
    expect(at(21, 'invalid-chart-version')).toContain('"--devel"')
    expect(at(22, 'invalid-namespace')).toContain('"; rm -rf /"')
    expect(at(25, 'invalid-chart-name')).toContain('"app name"')
    expect(at(26, 'invalid-chart-version')).toContain('"1.0.0; rm -rf /"')
    expect(at(29, 'invalid-release-name')).toContain('at most 53')
    expect(run.out).toContain('hint: The add-on name is the Helm release name')
    // Ranges helm accepts, dotted names and v-prefixed versions pass.
    expect(lines.filter((l) => /:3[0-9]:\d+: error/.test(l))).toEqual([])
  })
})

describe('control characters', () => {
  it('cannot forge a line of validate output', async () => {
    const run = await validate('flag-like-values', 'text')
    expect(run.out).toContain('"web\\nx.yaml:1:1: error: forged"')
    expect(run.out.split('\n').filter((l) => l.startsWith('x.yaml'))).toEqual(
      []
    )
  })

  it('are escaped in the plan text and never reach the terminal', async () => {
    const stack = 'apps\nx.yaml:1:1: error: forged\u001b[2J\u009b'
    const run = await runOn(
      definition(
        stack,
        `        - name: web
          chart_name: app
          chart_version: '1.0.0'
          repository_url: https://charts.example.com`
      ),
      ['plan', '--no-live']
    )
    expect(run.code).toBe(0)
    expect(run.out).toContain(
      '(stack apps\\nx.yaml:1:1: error: forged\\u001b[2J\\u009b)'
    )
    // eslint-disable-next-line no-control-regex
    expect(run.out).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/)
    expect(run.out.split('\n').filter((l) => l.startsWith('x.yaml'))).toEqual(
      []
    )
  })
})
