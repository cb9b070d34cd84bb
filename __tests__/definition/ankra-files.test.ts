/**
 * Ankra's own files (copied into __fixtures__/ankra/, origins in
 * __fixtures__/README.md) load unchanged. Each finding listed here is
 * something really wrong with, or deprecated in, that file.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { basename, dirname, join, resolve } from 'node:path'
import { createNodeFs } from '../../src/adapters/node-fs.js'
import type { Diagnostic } from '../../src/diagnostics.js'
import { parseYamlText } from '../../src/definition/yaml-parse.js'
import { checkDefinition } from '../../src/validate/check-definition.js'
import { testRegistries } from './test-registries.js'

const repoRoot = resolve(import.meta.dirname, '../..')
const ankra = join(repoRoot, '__fixtures__/ankra')

async function validate(root: string, file: string): Promise<Diagnostic[]> {
  const result = await checkDefinition({
    fs: createNodeFs(),
    root,
    file,
    mode: 'validate',
    registries: testRegistries()
  })
  return result.diagnostics
}

const summary = (diagnostics: Diagnostic[]): string[] =>
  diagnostics.map((d) => `${d.severity} ${d.code} ${d.file}:${d.line}`)

describe('ankra-gitops-examples', () => {
  it('validates clean except for its six deprecated configuration_type lines', async () => {
    const diagnostics = await validate(
      join(ankra, 'gitops-examples'),
      'clusters/monitoring-stack/cluster.yaml'
    )
    // Real findings: every add-on still carries the legacy
    // `configuration_type: standalone` (removed from Ankra's CLI 2026-04).
    // The repository_url add-ons are fine: it is a first-class key here.
    expect(summary(diagnostics)).toEqual(
      [33, 44, 55, 66, 77, 88].map(
        (line) =>
          `warning deprecated-field clusters/monitoring-stack/cluster.yaml:${line}`
      )
    )
  })
})

describe('ankra-cli stack_test (shorthand parents)', () => {
  it('is valid, and keeps the shorthand parents', async () => {
    const result = await checkDefinition({
      fs: createNodeFs(),
      root: join(ankra, 'ankra-cli/stack_test'),
      file: 'my-import-cluster.yaml',
      mode: 'validate'
    })
    expect(summary(result.diagnostics)).toEqual([])
    const addon = result.definition?.stacks[0]?.addons[0]
    expect(addon?.parents).toMatchObject([
      { kind: 'manifest', name: 'configmap-fluent-bit', shape: 'shorthand' }
    ])
  })
})

describe('ankra-cli testing/validation (README table → our codes)', () => {
  const expected: Record<string, string[]> = {
    'valid-cluster.yaml': [],
    'stack-without-manifests-key.yaml': [],
    // Two parser errors: the first line, and the unterminated flow sequence.
    'invalid-yaml.yaml': ['yaml-syntax', 'yaml-syntax'],
    'wrong-kind.yaml': ['invalid-value'],
    'missing-metadata.yaml': ['missing-field'],
    'missing-name.yaml': ['missing-field'],
    'missing-spec.yaml': ['missing-field'],
    'stack-missing-name.yaml': ['missing-field'],
    'manifest-missing-name.yaml': ['missing-field'],
    'manifest-no-source.yaml': ['manifest-no-source'],
    'manifest-missing-file.yaml': ['file-not-found'],
    'addon-missing-name.yaml': ['missing-field']
  }
  const folder = join(ankra, 'ankra-cli/validation')

  it('covers every YAML file of the folder', () => {
    expect(
      readdirSync(folder)
        .filter((f) => f.endsWith('.yaml'))
        .sort()
    ).toEqual(Object.keys(expected).sort())
  })

  it.each(Object.entries(expected))('%s', async (file, codes) => {
    const diagnostics = await validate(folder, file)
    expect(
      diagnostics.filter((d) => d.severity === 'error').map((d) => d.code)
    ).toEqual(codes)
  })
})

describe("Ankra docs' ImportCluster blocks (every one in docs-snippets/)", () => {
  // Each block as the docs print it, validated alone in its folder. Ankra's
  // CLI refuses those that point at files the page does not ship or hold
  // placeholders; the ones it accepts must validate here too.
  const ankraAccepts: string[] = []
  const ankraRefusesToo: Record<string, string[]> = {}
  const expected: Record<string, string[]> = {
    // `stacks:` with nothing after it: YAML null, which Ankra reads as [].
    '2fd3585/essentials/cluster-gitops-single/block-01-importcluster-stub-no-stacks.yaml':
      [],
    // The from_file targets (and agents_md_from_file) are not on the page.
    '0d69283/reference/importcluster/block-01-importcluster-full-example.yaml':
      ['file-not-found', 'file-not-found'],
    '2fd3585/essentials/cluster-gitops-single/block-02-importcluster-from-file.yaml':
      ['file-not-found', 'file-not-found', 'file-not-found'],
    // `<base64-encoded YAML>` placeholders, which Ankra's CLI refuses too.
    '0d69283/concepts/gitops/block-03-importcluster-single-file-base64.yaml': [
      'base64-invalid',
      'base64-invalid'
    ],
    '6134a5f/essentials/cluster-gitops/block-01-importcluster-single-file-base64.yaml':
      ['base64-invalid', 'base64-invalid', 'base64-invalid'],
    'bd79dc4/essentials/cluster-gitops-multiple/block-03-importcluster-single-file-base64.yaml':
      ['base64-invalid', 'base64-invalid'],
    // Includes of manifests/ and addons/, folders the page only describes
    // (Ankra's sync fails on a missing include path; its CLI has no includes).
    '0d69283/concepts/gitops/block-01-importcluster-include-paths.yaml': [
      'file-not-found',
      'file-not-found'
    ],
    '0d69283/get-started/quickstart/block-01-importcluster-include-paths.yaml':
      ['file-not-found', 'file-not-found'],
    '0d69283/index/block-01-importcluster-include-paths.yaml': [
      'file-not-found',
      'file-not-found'
    ],
    '6134a5f/essentials/cluster-gitops/block-02-importcluster-include-paths.yaml':
      ['file-not-found', 'file-not-found'],
    'bd79dc4/essentials/cluster-gitops-multiple/block-01-importcluster-include-paths.yaml':
      ['file-not-found', 'file-not-found']
  }
  for (const [file, codes] of Object.entries(expected)) {
    if (codes.length === 0) ankraAccepts.push(file)
    else ankraRefusesToo[file] = codes
  }
  const folder = join(ankra, 'docs-snippets')

  it('covers every YAML file of the folder', () => {
    const files = readdirSync(folder, { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.yaml'))
      .map((f) => f.split('\\').join('/'))
      .sort()
    expect(files).toEqual(Object.keys(expected).sort())
  })

  it.each(ankraAccepts)('%s validates, as Ankra accepts it', async (file) => {
    const diagnostics = await validate(
      join(folder, dirname(file)),
      basename(file)
    )
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([])
  })

  it.each(Object.entries(ankraRefusesToo))(
    '%s fails only where Ankra fails too',
    async (file, codes) => {
      const diagnostics = await validate(
        join(folder, dirname(file)),
        basename(file)
      )
      expect(
        diagnostics.filter((d) => d.severity === 'error').map((d) => d.code)
      ).toEqual(codes)
    }
  )
})

describe('Helm registry files', () => {
  const folder = join(repoRoot, 'helm_registries')
  const files = existsSync(folder)
    ? readdirSync(folder).filter((f) => /\.ya?ml$/.test(f))
    : []

  it('all 119 load through the YAML layer without a diagnostic', () => {
    if (files.length === 0) {
      console.warn(
        'helm_registries/ is not in this checkout; skipping (the catalog issue adds it)'
      )
      return
    }
    expect(files).toHaveLength(119)
    for (const file of files) {
      const diagnostics: Diagnostic[] = []
      const parsed = parseYamlText(
        readFileSync(join(folder, file), 'utf8'),
        file,
        diagnostics
      )
      expect({ file, diagnostics }).toEqual({ file, diagnostics: [] })
      expect(parsed.documents).toHaveLength(1)
    }
  })
})
