import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createNodeExec } from '../../src/adapters/node-exec.js'
import { createNodeFs } from '../../src/adapters/node-fs.js'
import { createSystemClock } from '../../src/adapters/system-clock.js'
import { runCli } from '../../src/cli.js'
import type { CliContext } from '../../src/cli/context.js'
import { startLocalChartRepo, type LocalChartRepo } from './local-chart-repo.js'

interface Run {
  code: number
  stdout: string
  stderr: string
}

async function clustersync(...argv: string[]): Promise<Run> {
  let stdout = ''
  let stderr = ''
  const ctx: CliContext = {
    stdout: { write: (t) => void (stdout += t), isTTY: false },
    stderr: { write: (t) => void (stderr += t), isTTY: false },
    cwd: process.cwd(),
    env: {},
    fs: createNodeFs(),
    exec: createNodeExec(),
    clock: createSystemClock()
  }
  const code = await runCli(['catalog', ...argv], ctx)
  return { code, stdout, stderr }
}

describe('clustersync catalog list|search|show', () => {
  it('lists the bundled registries as an aligned table', async () => {
    const { code, stdout, stderr } = await clustersync('list')
    expect([code, stderr]).toEqual([0, ''])
    const lines = stdout.split('\n')
    expect(lines[0]).toMatch(/^NAME {2,}KIND {2,}URL {2,}EXCLUDED CHARTS$/)
    const urlColumn = lines[0]?.indexOf('URL')
    expect(
      lines.find((l) => l.startsWith('jetstack '))?.indexOf('https://')
    ).toBe(urlColumn)
    expect(lines.find((l) => l.startsWith('arr-stack '))).toMatch(
      /HTTPRegistry {2}https:\/\/bubylou\.github\.io\/Arr-Stack {2,}ha-apps, media-apps$/
    )
    expect(lines.at(-2)).toBe('119 registries')
    expect(stdout).not.toMatch(/ \n/)
  })

  it('prints JSON with --format json', async () => {
    const { code, stdout } = await clustersync('list', '--format', 'json')
    expect(code).toBe(0)
    const parsed = JSON.parse(stdout) as { registries: { name: string }[] }
    expect(parsed.registries).toHaveLength(119)
    expect(parsed.registries.find((r) => r.name === 'traefik')).toEqual({
      name: 'traefik',
      kind: 'OCIRegistry',
      url: 'oci://ghcr.io/traefik/helm/traefik',
      excludeCharts: [],
      file: 'helm_registries/traefik.yaml'
    })
  })

  it('searches names and URLs, case-insensitively', async () => {
    const { code, stdout } = await clustersync('search', 'OpenWebUI')
    expect(code).toBe(0)
    expect(stdout).toBe(
      [
        'NAME        KIND          URL                          EXCLUDED CHARTS',
        'open-webui  HTTPRegistry  https://helm.openwebui.com',
        'open webui  HTTPRegistry  https://helm.openwebui.com/',
        'openwebui   HTTPRegistry  https://helm.openwebui.com/',
        '3 registries matching "OpenWebUI"',
        ''
      ].join('\n')
    )
    expect((await clustersync('search', 'no-such-thing')).stdout).toBe(
      '0 registries matching "no-such-thing"\n'
    )
  })

  it('shows one registry by normalised name', async () => {
    const { code, stdout } = await clustersync('show', '  uptime-KUMA ')
    expect(code).toBe(0)
    expect(stdout).toBe(
      [
        'name:             Uptime-Kuma',
        'kind:             HTTPRegistry',
        'url:              https://l3st86.github.io/HelmCharts/',
        'file:             helm_registries/uptime-kuma.yaml',
        'excluded charts:  (none)',
        ''
      ].join('\n')
    )
  })

  it('fails with a did-you-mean for an unknown name (exit 1)', async () => {
    expect(await clustersync('show', 'jetstak')).toEqual({
      code: 1,
      stdout: '',
      stderr:
        'error: unknown registry "jetstak": it is not in the catalog; did you mean "jetstack"?\n'
    })
  })

  it('rejects a missing or unknown action as a usage error (exit 2)', async () => {
    expect((await clustersync()).code).toBe(2)
    const unknown = await clustersync('serch', 'x')
    expect(unknown.code).toBe(2)
    expect(unknown.stderr).toMatch(/^error: unknown catalog action "serch"/)
    expect((await clustersync('show')).stderr).toMatch(
      /^error: catalog show <name> takes one argument; got 0\nusage: clustersync catalog/
    )
    expect((await clustersync('list', '--chart')).stderr).toMatch(
      /did you mean --charts\?/
    )
  })
})

describe('clustersync catalog search --charts', () => {
  let repo: LocalChartRepo
  let folder: string
  beforeAll(async () => {
    repo = await startLocalChartRepo()
    folder = mkdtempSync(join(tmpdir(), 'clustersync-catalog-'))
    const registry = (name: string, kind: string, url: string): void =>
      writeFileSync(
        join(folder, `${name}.yaml`),
        `apiVersion: v1\nkind: ${kind}\nspec:\n  name: ${name}\n  url: ${url}\n  exclude_charts: [crd-chart]\n`
      )
    registry('local-charts', 'HTTPRegistry', repo.url)
    registry('local-down', 'HTTPRegistry', repo.closedUrl)
    registry('local-oci', 'OCIRegistry', 'oci://127.0.0.1:1/charts/app')
  })
  afterAll(async () => {
    rmSync(folder, { recursive: true, force: true })
    await repo.close()
  })

  it('lists charts and versions; unreachable and OCI registries give notices', async () => {
    const { code, stdout, stderr } = await clustersync(
      'search',
      'local',
      '--charts',
      '--registries',
      folder,
      '--timeout',
      '5'
    )
    expect(code).toBe(0)
    expect(stdout).toContain(
      `\ncharts in local-charts (${repo.url}/index.yaml, 2 charts):\n  app        1.1.0, v1.0.0\n  crd-chart  0.1.0 (excluded)\n`
    )
    expect(stderr.split('\n')).toEqual([
      expect.stringMatching(
        /^notice: charts of local-down are not listed: .* could not be read \(fetch failed: .*ECONNREFUSED/
      ),
      'notice: charts of local-oci are not listed: OCI registries have no index.yaml',
      ''
    ])
  })

  it('includes charts in JSON', async () => {
    const { stdout } = await clustersync(
      'show',
      'local-charts',
      '--charts',
      '--registries',
      folder,
      '--format',
      'json'
    )
    expect(JSON.parse(stdout)).toMatchObject({
      name: 'local-charts',
      charts: [
        { name: 'app', versions: ['1.1.0', 'v1.0.0'] },
        { name: 'crd-chart', versions: ['0.1.0'] }
      ]
    })
  })
})

describe('clustersync catalog check', () => {
  it('passes the bundled folder (exit 0), notices only', async () => {
    const { code, stdout } = await clustersync('check', 'helm_registries')
    expect(code).toBe(0)
    expect(stdout.split('\n').at(-2)).toBe(
      'checked 119 registry files in helm_registries: 0 errors, 0 warnings, 12 notices'
    )
  })

  it('fails a bad folder (exit 1) with file:line:column diagnostics', async () => {
    const { code, stdout } = await clustersync(
      'check',
      '__fixtures__/catalog/bad'
    )
    expect(code).toBe(1)
    expect(stdout).toContain(
      '__fixtures__/catalog/bad/typo-key.yaml:4:3: error: spec: unknown field "nmae"; allowed: name, url, exclude_charts [registry-schema]\n    hint: did you mean "name"?\n'
    )
    expect(stdout.split('\n').at(-2)).toBe(
      'checked 10 registry files in __fixtures__/catalog/bad: 13 errors, 2 warnings, 2 notices'
    )
  })

  it('counts one file and one error in the singular', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'catalog-one-'))
    try {
      writeFileSync(
        join(folder, 'typo.yaml'),
        'apiVersion: v1\nkind: HTTPRegistry\nspec:\n  name: typo\n  url: https://charts.example.com\n  urls: []\n'
      )
      const { code, stdout } = await clustersync('check', folder)
      expect(code).toBe(1)
      expect(stdout.split('\n').at(-2)).toMatch(
        /^checked 1 registry file in .*: 1 error, 0 warnings, 0 notices$/
      )
    } finally {
      rmSync(folder, { recursive: true, force: true })
    }
  })

  it('writes workflow commands with --format github', async () => {
    const { code, stdout, stderr } = await clustersync(
      'check',
      '__fixtures__/catalog/bad',
      '--format',
      'github'
    )
    expect(code).toBe(1)
    expect(stdout.split('\n')).toContain(
      '::error file=__fixtures__/catalog/bad/enum-kind.yaml,line=2,col=7,title=registry-schema::kind must be one of HTTPRegistry, OCIRegistry; got "HttpRegistry"%0Adid you mean "HTTPRegistry"?'
    )
    expect(stdout.split('\n')).toContain(
      '::notice file=__fixtures__/catalog/bad/dup-name-a.yaml,line=4,col=9,title=registry-name-differs-from-file::spec.name "Jet  Stack" differs from the file name dup-name-a.yaml; add-ons name this registry "Jet  Stack"'
    )
    expect(stderr).toMatch(/^checked 10 registry files/)
  })

  it('prints JSON with a summary', async () => {
    const { code, stdout } = await clustersync(
      'check',
      '__fixtures__/catalog/good',
      '--format',
      'json'
    )
    expect(code).toBe(0)
    expect(JSON.parse(stdout)).toMatchObject({
      folder: '__fixtures__/catalog/good',
      files: 5,
      summary: { errors: 0, warnings: 0, notices: 3 },
      valid: true
    })
  })

  it('fails (exit 1) when the folder cannot be read', async () => {
    const { code, stderr } = await clustersync('check', 'no/such/folder')
    expect(code).toBe(1)
    expect(stderr).toMatch(
      /^error: cannot read the registry folder no\/such\/folder: no such folder\n$/
    )
  })
})
