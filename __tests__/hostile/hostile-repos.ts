/**
 * The hostile and careless repositories of issue 15, as a table: each case
 * builds a small repository in a temp folder and says what any entry point
 * (the CLI's `validate` and `plan`, the Action on a fork's pull request)
 * must answer — the exit code, the file the diagnostic names, and the
 * values that must never be printed. Run by hostile-cli.test.ts and
 * hostile-action.test.ts under process limits (30 s, 1 GiB).
 */
import { execFileSync } from 'node:child_process'
import {
  mkdirSync,
  mkdtempSync,
  symlinkSync,
  truncateSync,
  writeFileSync
} from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { longMode, sized } from '../../__fixtures__/long-mode.js'
import type { LimitedRun } from '../../__fixtures__/limited-process.js'

export interface HostileCase {
  name: string
  /** Writes the repository into `repo`; `outside` is a folder beside it. */
  build: (repo: string, outside: string) => void
  /** The exit code of `validate` and `plan`, and whether the Action fails. */
  exit: 0 | 1
  /** The repository file the first error names (for a failing case). */
  file?: string
  /** Values no output may show, in plain or base64 form. */
  secrets?: string[]
}

/** A definition with `body` as its one stack's YAML (indented six spaces). */
export function definition(body: string): string {
  return [
    'apiVersion: v1',
    'kind: ImportCluster',
    'metadata: {name: hostile}',
    'spec:',
    '  stacks:',
    '    - name: s',
    ...body.split('\n').map((l) => `      ${l}`),
    ''
  ].join('\n')
}

const configMap =
  '"{apiVersion: v1, kind: ConfigMap, metadata: {name: cm, namespace: web}}"'

function write(path: string, content: string | Uint8Array): void {
  mkdirSync(dirname(path), { recursive: true })
  writeFileSync(path, content)
}

function includes(repo: string, target: string): void {
  write(
    join(repo, 'cluster.yaml'),
    definition(`manifests:\n  - include: ${target}`)
  )
}

function fromFile(repo: string, target: string): void {
  write(
    join(repo, 'cluster.yaml'),
    definition(`manifests:\n  - name: m\n    from_file: ${target}`)
  )
}

function addon(repo: string, fields: string): void {
  write(
    join(repo, 'cluster.yaml'),
    definition(`addons:\n  - name: web\n${fields.replace(/^/gm, '    ')}`)
  )
}

const entry = `- name: m\n  manifest: ${configMap}\n`
const urlToken = 'hostile-url-token-4d1c'
const secretValue = 'hostile-password-9f2e'

/** Bytes of a sparse file: costs no disk, and any full read is caught by the limits. */
const hugeBytes = sized(64 * 1024 ** 2, 8 * 1024 ** 3)
const nestingDepth = sized(100_000, 1_000_000)
/**
 * Keys of one mapping: the long mode's fill most of the 5 MiB a file may
 * hold, so a check that compares each key with every earlier one (`yaml`'s
 * duplicate-key check) runs past the time limit there.
 */
const mappingKeys = sized(2_000, 200_000)

/** A local chart folder whose Chart.yaml or templates leave the repository. */
function chartFolder(repo: string, linked: 'Chart.yaml' | 'templates'): void {
  const chart = join(repo, 'charts', 'web')
  mkdirSync(join(chart, 'templates'), { recursive: true })
  if (linked === 'Chart.yaml')
    symlinkSync('/etc/passwd', join(chart, 'Chart.yaml'))
  else {
    write(
      join(chart, 'Chart.yaml'),
      'apiVersion: v2\nname: web\nversion: 1.0.0\n'
    )
    symlinkSync('/etc', join(chart, 'templates', 'etc'))
  }
  addon(
    repo,
    'chart_name: ./charts/web\nchart_version: "1.0.0"\nnamespace: web'
  )
}

export const hostileCases: HostileCase[] = [
  {
    name: 'include climbing out with ../',
    build: (repo, outside) => {
      write(join(outside, 'outside.yaml'), entry)
      includes(repo, '../outside.yaml')
    },
    exit: 1,
    file: 'cluster.yaml'
  },
  {
    name: 'from_file with an absolute path',
    build: (repo) => fromFile(repo, '/etc/passwd'),
    exit: 1,
    file: 'cluster.yaml'
  },
  {
    name: 'include of a symlink leaving the repository',
    build: (repo, outside) => {
      write(join(outside, 'outside.yaml'), entry)
      symlinkSync(join(outside, 'outside.yaml'), join(repo, 'link.yaml'))
      includes(repo, 'link.yaml')
    },
    exit: 1,
    file: 'cluster.yaml'
  },
  {
    name: 'cluster.yaml a symlink to /dev/zero',
    build: (repo) => symlinkSync('/dev/zero', join(repo, 'cluster.yaml')),
    exit: 1,
    file: 'cluster.yaml'
  },
  {
    name: 'cluster.yaml a FIFO',
    build: (repo) => execFileSync('mkfifo', [join(repo, 'cluster.yaml')]),
    exit: 1,
    file: 'cluster.yaml'
  },
  {
    name: 'an include that is a FIFO',
    build: (repo) => {
      execFileSync('mkfifo', [join(repo, 'pipe.yaml')])
      includes(repo, 'pipe.yaml')
    },
    exit: 1,
    file: 'cluster.yaml'
  },
  {
    name: 'a from_file that is a FIFO',
    build: (repo) => {
      execFileSync('mkfifo', [join(repo, 'pipe.yaml')])
      fromFile(repo, 'pipe.yaml')
    },
    exit: 1,
    file: 'cluster.yaml'
  },
  {
    name: 'a huge cluster.yaml',
    build: (repo) => {
      write(join(repo, 'cluster.yaml'), definition('manifests: []'))
      truncateSync(join(repo, 'cluster.yaml'), hugeBytes)
    },
    exit: 1,
    file: 'cluster.yaml'
  },
  {
    name: 'a huge included file',
    build: (repo) => {
      write(join(repo, 'big.yaml'), entry)
      truncateSync(join(repo, 'big.yaml'), hugeBytes)
      includes(repo, 'big.yaml')
    },
    exit: 1,
    file: 'cluster.yaml'
  },
  {
    name: 'a YAML bomb (billion laughs)',
    build: (repo) => {
      const levels = [
        'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'
      ]
      for (let i = 1; i < 9; i++) {
        const prev = String.fromCharCode(96 + i)
        const name = String.fromCharCode(97 + i)
        levels.push(
          `${name}: &${name} [${Array(9).fill(`*${prev}`).join(',')}]`
        )
      }
      write(
        join(repo, 'cluster.yaml'),
        definition(`variables:\n${levels.map((l) => `  ${l}`).join('\n')}`)
      )
    },
    exit: 1,
    file: 'cluster.yaml'
  },
  {
    name: 'deep nesting',
    build: (repo) =>
      write(
        join(repo, 'cluster.yaml'),
        definition(
          `variables:\n  deep: ${'['.repeat(nestingDepth)}${']'.repeat(nestingDepth)}`
        )
      ),
    exit: 1,
    file: 'cluster.yaml'
  },
  {
    name: `a mapping of ${mappingKeys} keys`,
    build: (repo) =>
      write(
        join(repo, 'cluster.yaml'),
        definition(
          `manifests:\n  - name: m\n    manifest: ${configMap}\nvariables:\n${Array.from({ length: mappingKeys }, (_, i) => `  k${i}: v`).join('\n')}`
        )
      ),
    exit: 0
  },
  {
    name: 'UTF-16 with a BOM',
    build: (repo) => {
      const text = definition('manifests: []')
      write(
        join(repo, 'cluster.yaml'),
        Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')])
      )
    },
    exit: 1,
    file: 'cluster.yaml'
  },
  {
    name: 'invalid UTF-8',
    build: (repo) =>
      write(
        join(repo, 'cluster.yaml'),
        Buffer.concat([
          Buffer.from(definition('variables:\n  a: "')),
          Buffer.from([0xc3, 0x28, 0xff]),
          Buffer.from('"\n')
        ])
      ),
    exit: 1,
    file: 'cluster.yaml'
  },
  {
    name: 'a NUL byte in a value',
    build: (repo) =>
      write(
        join(repo, 'cluster.yaml'),
        definition(`manifests:\n  - name: "m\0x"\n    manifest: ${configMap}`)
      ),
    exit: 1,
    file: 'cluster.yaml'
  },
  {
    name: 'a chart folder whose Chart.yaml links to /etc/passwd',
    build: (repo) => chartFolder(repo, 'Chart.yaml'),
    exit: 1,
    file: 'cluster.yaml'
  },
  {
    name: 'a chart folder whose templates link to /etc',
    build: (repo) => chartFolder(repo, 'templates'),
    exit: 1,
    file: 'cluster.yaml'
  },
  {
    name: 'a release name like a flag (--kubeconfig=/tmp/x)',
    build: (repo) =>
      write(
        join(repo, 'cluster.yaml'),
        definition(
          'addons:\n  - name: "--kubeconfig=/tmp/x"\n    chart_name: podinfo\n    chart_version: "6.5.0"\n    repository_url: https://stefanprodan.github.io/podinfo\n    namespace: web'
        )
      ),
    exit: 1,
    file: 'cluster.yaml'
  },
  {
    name: 'a namespace like a flag (-n)',
    build: (repo) =>
      addon(
        repo,
        'chart_name: podinfo\nchart_version: "6.5.0"\nrepository_url: https://stefanprodan.github.io/podinfo\nnamespace: "-n"'
      ),
    exit: 1,
    file: 'cluster.yaml'
  },
  {
    name: 'control characters in a release name (a forged diagnostic line, ANSI escapes)',
    build: (repo) =>
      write(
        join(repo, 'cluster.yaml'),
        definition(
          'addons:\n  - name: "x\\nforged.yaml:1:1: error: forged\\e[2J"\n    chart_name: podinfo\n    chart_version: "6.5.0"\n    repository_url: https://stefanprodan.github.io/podinfo\n    namespace: web'
        )
      ),
    exit: 1,
    file: 'cluster.yaml'
  },
  {
    name: 'credentials in a chart URL',
    build: (repo) =>
      addon(
        repo,
        `chart_name: podinfo\nchart_version: "6.5.0"\nrepository_url: https://user:${urlToken}@charts.example.com/podinfo\nnamespace: web`
      ),
    exit: 0,
    secrets: [urlToken]
  },
  {
    name: 'credentials in an invalid (ftp://) chart URL',
    build: (repo) =>
      addon(
        repo,
        `chart_name: podinfo\nchart_version: "6.5.0"\nrepository_url: ftp://user:${urlToken}@charts.example.com/podinfo\nnamespace: web`
      ),
    exit: 1,
    file: 'cluster.yaml',
    secrets: [urlToken]
  },
  {
    name: 'a Secret written as a mapping under manifest:',
    build: (repo) =>
      write(
        join(repo, 'cluster.yaml'),
        definition(
          `manifests:\n  - name: creds\n    manifest:\n      apiVersion: v1\n      kind: Secret\n      metadata: {name: creds, namespace: web}\n      stringData: {password: ${secretValue}}`
        )
      ),
    exit: 1,
    file: 'cluster.yaml',
    secrets: [secretValue]
  },
  {
    name: 'add-on values written as a mapping holding a password',
    build: (repo) =>
      addon(
        repo,
        `chart_name: podinfo\nchart_version: "6.5.0"\nrepository_url: https://stefanprodan.github.io/podinfo\nnamespace: web\nconfiguration:\n  values: {auth: {password: ${secretValue}}}`
      ),
    exit: 1,
    file: 'cluster.yaml',
    secrets: [secretValue]
  }
]

/** A fresh `repo` folder with an `outside` folder beside it, the case built. */
export function buildCase(c: HostileCase): { repo: string; outside: string } {
  const scratch = mkdtempSync(join(tmpdir(), 'clustersync-hostile-'))
  const repo = join(scratch, 'repo')
  const outside = join(scratch, 'outside')
  mkdirSync(repo)
  mkdirSync(outside)
  c.build(repo, outside)
  return { repo, outside }
}

/** The forms of a secret that must not appear: as written, and base64. */
export function secretForms(secrets: readonly string[] = []): string[] {
  return secrets.flatMap((s) => [s, Buffer.from(s).toString('base64')])
}

/**
 * Lines that only a forged diagnostic could print: the control-character
 * case's name must never start a line of its own.
 */
export function forgedLines(output: string): string[] {
  return output.split('\n').filter((l) => l.startsWith('forged.yaml:'))
}

interface RunFigure {
  label: string
  run: LimitedRun
}

const figures: RunFigure[] = []

/** Keeps one run's time, peak memory and kill for {@link printRunFigures}. */
export function recordRun(label: string, run: LimitedRun): void {
  figures.push({ label, run })
}

/**
 * Writes what RELIABILITY.md records of a suite's runs: the sizes, how many
 * were killed, the slowest run and the highest peak memory, with their cases.
 */
export function printRunFigures(suite: string): void {
  if (figures.length === 0) return
  const killed = figures.filter((f) => f.run.killedFor)
  const slowest = figures.reduce((a, b) =>
    b.run.elapsedMs > a.run.elapsedMs ? b : a
  )
  const largest = figures.reduce((a, b) =>
    b.run.peakRssBytes > a.run.peakRssBytes ? b : a
  )
  const mib = (bytes: number): number => Math.round(bytes / 1024 ** 2)
  process.stdout.write(
    [
      `hostile ${suite}${longMode ? ' (long mode)' : ''}: ${figures.length} runs, huge files ${mib(hugeBytes)} MiB, nesting ${nestingDepth}, ${mappingKeys} keys`,
      `  killed by the limits: ${killed.length}${killed.map((f) => `; ${f.label} (${f.run.killedFor})`).join('')}`,
      `  slowest: ${(slowest.run.elapsedMs / 1000).toFixed(1)} s, ${slowest.label}`,
      `  highest peak RSS: ${mib(largest.run.peakRssBytes)} MiB, ${largest.label}`,
      ''
    ].join('\n')
  )
}
