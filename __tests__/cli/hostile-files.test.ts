// Files a pull request can push that are not plain files, read by the CLI
// on the real file system: each is refused as a diagnostic naming the file,
// where it was referenced and what to do, within seconds (never a hang, a
// memory blow-up or a stack trace). Each test is guarded so that, were a
// read to block on a FIFO, the test would fail on its timing instead of
// hanging (see unblockFifoAfter).
import { join } from 'node:path'
import { runCliCaptured } from '../../__fixtures__/run-cli.js'
import {
  definition,
  hostileRepo,
  unblockFifoAfter,
  type HostileEntry
} from '../../__fixtures__/hostile-files.js'

/** When a blocked read would be released: a run that takes longer failed. */
const guardMs = 10_000

interface JsonDiagnostic {
  code: string
  message: string
  file?: string
  line?: number
  hint?: string
}

/** Runs `clustersync <command> cluster.yaml --root <repo> --format json` on a fresh repository. */
async function run(
  command: 'validate' | 'plan',
  entries: Record<string, HostileEntry>,
  fifos: string[] = []
): Promise<{ code: number; diagnostics: JsonDiagnostic[]; seconds: number }> {
  const root = hostileRepo(entries)
  const guards = fifos.map((f) => unblockFifoAfter(join(root, f), guardMs))
  const started = Date.now()
  try {
    const result = await runCliCaptured([
      command,
      join(root, 'cluster.yaml'),
      '--root',
      root,
      '--format',
      'json'
    ])
    const json = JSON.parse(result.out) as { diagnostics: JsonDiagnostic[] }
    return {
      code: result.code,
      diagnostics: json.diagnostics,
      seconds: (Date.now() - started) / 1000
    }
  } finally {
    for (const g of guards) g.stop()
  }
}

const chart = (name: string): string[] => [
  'addons:',
  `  - name: ${name}`,
  `    chart_name: ./charts/${name}`,
  '    chart_version: 1.0.0',
  '    namespace: apps'
]

describe('hostile files, read by the CLI', () => {
  it.each(['validate', 'plan'] as const)(
    '%s refuses a cluster.yaml that is a FIFO, calling it a FIFO, at once',
    async (command) => {
      const got = await run(command, { 'cluster.yaml': { fifo: true } }, [
        'cluster.yaml'
      ])
      expect(got.seconds).toBeLessThan(guardMs / 1000)
      expect(got.code).toBe(1)
      expect(got.diagnostics).toEqual([
        expect.objectContaining({
          code: 'not-a-file',
          message:
            'the cluster definition "cluster.yaml" is a FIFO, not a file',
          file: 'cluster.yaml',
          hint: expect.stringContaining('regular file') as unknown
        })
      ])
    }
  )

  it('refuses a cluster.yaml linked to /dev/zero without reading it', async () => {
    const got = await run('validate', { 'cluster.yaml': { link: '/dev/zero' } })
    expect(got.seconds).toBeLessThan(guardMs / 1000)
    expect(got.diagnostics).toEqual([
      expect.objectContaining({
        code: 'path-escapes-repository',
        file: 'cluster.yaml'
      })
    ])
  })

  it('names an included FIFO as a FIFO, at the include that names it', async () => {
    const got = await run(
      'validate',
      {
        'cluster.yaml': definition(['manifests:', '  - include: pipe.yaml']),
        'pipe.yaml': { fifo: true }
      },
      ['pipe.yaml']
    )
    expect(got.seconds).toBeLessThan(guardMs / 1000)
    expect(got.diagnostics).toEqual([
      expect.objectContaining({
        code: 'not-a-file',
        message: 'include "pipe.yaml" is a FIFO, not a file',
        file: 'cluster.yaml',
        line: 9
      })
    ])
  })

  it('reads files and folders whose names begin with ".." (they stay inside)', async () => {
    const manifest = [
      'apiVersion: v1',
      'kind: ConfigMap',
      'metadata: {name: settings, namespace: default}',
      ''
    ].join('\n')
    const got = await run('validate', {
      'cluster.yaml': definition([
        'manifests:',
        '  - name: settings',
        '    from_file: ..config.yaml',
        '  - name: more',
        '    from_file: ..more/more.yaml'
      ]),
      '..config.yaml': manifest,
      '..more/more.yaml': manifest.replace('settings', 'more')
    })
    expect(got.diagnostics).toEqual([])
    expect(got.code).toBe(0)
  })

  it('takes a definition whose name begins with ".." as inside the root', async () => {
    const root = hostileRepo({
      '..cluster.yaml': definition(['manifests: []'])
    })
    const result = await runCliCaptured([
      'validate',
      join(root, '..cluster.yaml'),
      '--root',
      root
    ])
    expect(result.err).not.toContain('outside the repository root')
    expect(result.code).toBe(0)
  })

  it.each([
    ['Chart.yaml', { 'charts/app/Chart.yaml': { link: '/etc/passwd' } }],
    [
      'templates',
      {
        'charts/app/Chart.yaml': 'apiVersion: v2\nname: app\nversion: 1.0.0\n',
        'charts/app/templates': { link: '/etc' }
      }
    ],
    [
      'templates/deep/secret.yaml',
      {
        'charts/app/Chart.yaml': 'apiVersion: v2\nname: app\nversion: 1.0.0\n',
        'charts/app/templates/deep/secret.yaml': { link: '/etc/hostname' }
      }
    ]
  ] as const)(
    'refuses a chart folder whose %s links out of the repository, in validate and plan',
    async (entry, files) => {
      const entries = {
        'cluster.yaml': definition(chart('app')),
        ...files
      } as Record<string, HostileEntry>
      for (const command of ['validate', 'plan'] as const) {
        const got = await run(command, entries)
        expect(got.code).toBe(1)
        expect(got.diagnostics).toEqual([
          expect.objectContaining({
            code: 'path-escapes-repository',
            message: `"charts/app/${entry}" in the chart folder "charts/app" is a symbolic link to a place outside the repository`,
            file: 'cluster.yaml',
            line: 10
          })
        ])
      }
    }
  )

  it.each([
    [
      'files/cfg',
      'a link into .git/',
      { 'charts/app/files/cfg': { link: '../../../.git/config' } }
    ],
    [
      'repo',
      'a link to a folder that holds .git/',
      { 'charts/app/repo': { link: '../..' } }
    ],
    [
      '.git',
      'a .git folder of its own',
      { 'charts/app/.git/config': '[core]\n' }
    ]
  ] as const)(
    'refuses a chart folder whose %s is %s: a template could print the checkout token',
    async (entry, _, files) => {
      const entries = {
        'cluster.yaml': definition(chart('app')),
        '.git/config':
          '[http "https://github.com/"]\n\textraheader = AUTHORIZATION: basic dG9rZW4=\n',
        'charts/app/Chart.yaml': 'apiVersion: v2\nname: app\nversion: 1.0.0\n',
        ...files
      } as Record<string, HostileEntry>
      const got = await run('validate', entries)
      expect(got.code).toBe(1)
      expect(got.diagnostics).toContainEqual(
        expect.objectContaining({
          code: 'path-in-git-folder',
          message: expect.stringMatching(
            new RegExp(
              `^"charts/app/${entry.replace('.', '\\.')}(/\\.git)?" in the chart folder "charts/app" is, or links into, \\.git/`
            )
          ) as unknown
        })
      )
    }
  )

  it('refuses the repository root as a chart folder: it holds .git/', async () => {
    const got = await run('validate', {
      'cluster.yaml': definition([
        'addons:',
        '  - name: app',
        '    chart_name: ./',
        '    chart_version: 1.0.0',
        '    namespace: apps'
      ]),
      '.git/config': '[core]\n',
      'Chart.yaml': 'apiVersion: v2\nname: app\nversion: 1.0.0\n'
    })
    expect(got.code).toBe(1)
    expect(got.diagnostics.map((d) => d.code)).toContain('path-in-git-folder')
  })

  it('accepts links inside a chart folder that stay in the repository', async () => {
    const got = await run('validate', {
      'cluster.yaml': definition(chart('app')),
      'charts/app/Chart.yaml': 'apiVersion: v2\nname: app\nversion: 1.0.0\n',
      'charts/app/templates': { link: '../../shared/templates' },
      'shared/templates/cm.yaml': 'kind: ConfigMap\n'
    })
    expect(got.diagnostics).toEqual([])
  })

  it('refuses a FIFO inside a chart folder (Helm would wait on it)', async () => {
    const got = await run(
      'validate',
      {
        'cluster.yaml': definition(chart('app')),
        'charts/app/Chart.yaml': 'apiVersion: v2\nname: app\nversion: 1.0.0\n',
        'charts/app/templates/pipe.yaml': { fifo: true }
      },
      ['charts/app/templates/pipe.yaml']
    )
    expect(got.seconds).toBeLessThan(guardMs / 1000)
    expect(got.diagnostics).toEqual([
      expect.objectContaining({
        code: 'chart-folder-invalid',
        message:
          '"charts/app/templates/pipe.yaml" in the chart folder "charts/app" is a FIFO, not a file or folder'
      })
    ])
  })

  it('refuses a FIFO in a registry folder given to catalog check, naming it', async () => {
    const root = hostileRepo({ 'registries/pipe.yaml': { fifo: true } })
    const guard = unblockFifoAfter(join(root, 'registries/pipe.yaml'), guardMs)
    const started = Date.now()
    try {
      const result = await runCliCaptured([
        'catalog',
        'check',
        join(root, 'registries'),
        '--format',
        'json'
      ])
      expect((Date.now() - started) / 1000).toBeLessThan(guardMs / 1000)
      expect(result.code).toBe(1)
      expect(result.out).toContain(
        'the registry file \\"pipe.yaml\\" is a FIFO, not a file'
      )
    } finally {
      guard.stop()
    }
  })
})
