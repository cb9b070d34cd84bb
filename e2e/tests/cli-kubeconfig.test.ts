// The CLI's kubeconfig handling against the real control plane, as kubectl
// behaves: a KUBECONFIG that lists several files is merged (a missing one
// skipped, credential paths relative to their own file), over the direct
// channel and through kubectl proxy alike; a --context that is not there is
// a configuration error (exit 1) for sync, status and a live plan; a cluster
// that is not there is exit 3, and a sync says each retry and counts them.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { rootCertificates } from 'node:tls'
import { delimiter, join } from 'node:path'
import { refusedPorts } from '../../__fixtures__/refused-port.js'
import { load } from 'js-yaml'
import { clusterEnv } from '../support/cluster.js'
import {
  clustersync,
  prepareRepo,
  removeSyncedCluster,
  sync,
  type CliRun
} from './sync-support.js'

const slow = 300_000
const ns = `cs-kcfg-${Date.now().toString(36)}`
const cluster = `e2e-kcfg-${Date.now().toString(36)}`
const scratch = mkdtempSync(join(tmpdir(), 'clustersync-kubeconfigs-'))
let repo: string

interface PlaneConfig {
  clusters: { name: string; cluster: { server: string } }[]
  users: { name: string; user: { token: string } }[]
}

/** The plane's kubeconfig split in two files in two folders; returns their paths. */
function splitKubeconfig(): { first: string; second: string } {
  const plane = load(
    readFileSync(clusterEnv().kubeconfig, 'utf8')
  ) as PlaneConfig
  const token = plane.users[0]?.user.token ?? ''
  const first = join(mkdtempSync(join(scratch, 'a-')), 'a.yaml')
  const secondDir = mkdtempSync(join(scratch, 'b-'))
  const second = join(secondDir, 'b.yaml')
  // The first file names the context and the cluster; the second the user,
  // whose token file sits beside it, and a same-named context that loses.
  writeFileSync(
    first,
    JSON.stringify({
      'current-context': 'merged',
      contexts: [
        { name: 'merged', context: { cluster: 'plane', user: 'split-user' } }
      ],
      clusters: [{ name: 'plane', cluster: plane.clusters[0]?.cluster }]
    }),
    { mode: 0o600 }
  )
  writeFileSync(join(secondDir, 'token'), `${token}\n`, { mode: 0o600 })
  writeFileSync(
    second,
    JSON.stringify({
      'current-context': 'elsewhere',
      contexts: [
        { name: 'merged', context: { cluster: 'nowhere', user: 'nobody' } }
      ],
      users: [{ name: 'split-user', user: { tokenFile: 'token' } }]
    }),
    { mode: 0o600 }
  )
  return { first, second }
}

/** Runs `body` with these variables set in this worker's environment. */
async function withEnv<T>(
  vars: Record<string, string>,
  body: () => Promise<T>
): Promise<T> {
  const saved = Object.fromEntries(
    Object.keys(vars).map((k) => [k, process.env[k]])
  )
  Object.assign(process.env, vars)
  try {
    return await body()
  } finally {
    for (const [k, v] of Object.entries(saved)) {
      if (v === undefined) delete process.env[k]
      else process.env[k] = v
    }
  }
}

const definition = (): string[] => [join(repo, 'cluster.yaml'), '--root', repo]

beforeAll(() => {
  repo = prepareRepo('basic', { ns, cluster })
})
afterAll(async () => {
  await removeSyncedCluster(ns, cluster)
  rmSync(scratch, { recursive: true, force: true })
})

describe('KUBECONFIG listing several files', () => {
  it(
    'syncs and reads status with the merged context, direct and through kubectl',
    async () => {
      const { first, second } = splitKubeconfig()
      const list = [join(scratch, 'missing.yaml'), first, second].join(
        delimiter
      )
      await withEnv({ KUBECONFIG: list }, async () => {
        // helm gets no --kubeconfig: it reads the same list from its
        // environment, as kubectl does.
        const synced = await sync(repo, 'helm')
        expect(synced.stderr).not.toMatch(/kubectl proxy could not start/)
        expect(synced.code).toBe(0)
        expect(synced.result.status).toBe('synced')
        const status = await clustersync(['status', ...definition()])
        expect(status.stderr).toBe('')
        expect(status.code).toBe(0)
      })
      // A proxy variable sends the channel through kubectl proxy (Go never
      // proxies loopback addresses, so kubectl still reaches the plane):
      // kubectl must merge the same list itself.
      await withEnv(
        { KUBECONFIG: list, HTTPS_PROXY: 'http://127.0.0.1:9' },
        async () => {
          const status = await clustersync(['status', ...definition()])
          expect(status.stderr).toBe('')
          expect(status.code).toBe(0)
          const plan = await clustersync(['plan', ...definition()])
          expect(plan.stderr).toBe('')
          expect(plan.code).toBe(0)
          expect(plan.stdout).toContain(`Changes for cluster "${cluster}"`)
        }
      )
    },
    slow
  )

  it(
    'refuses a --context that is not there with exit 1, naming the contexts there are',
    async () => {
      const { first, second } = splitKubeconfig()
      const expected = `context "nope" not found in kubeconfig ${first}${delimiter}${second}; contexts: merged`
      await withEnv(
        { KUBECONFIG: [first, second].join(delimiter) },
        async () => {
          const runs: [string, CliRun][] = [
            [
              'status',
              await clustersync([
                'status',
                ...definition(),
                '--context',
                'nope'
              ])
            ],
            [
              'plan',
              await clustersync(['plan', ...definition(), '--context', 'nope'])
            ]
          ]
          for (const [, run] of runs) {
            expect(run.stderr).toBe(`error: ${expected}\n`)
            expect(run.code).toBe(1)
          }
          const synced = await sync(repo, 'helm', ['--context', 'nope'])
          expect(synced.code).toBe(1)
          expect(synced.result.summary).toContain(expected)
          // Configuration to fix, found before anything is applied.
          expect(synced.result.reason).toBe('ValidationFailed')
          expect(synced.result.phase).toBe('Validating')
          expect(synced.stderr).not.toMatch(/Applying/)
          expect(synced.stderr).not.toMatch(/cannot reach|retry/)
        }
      )
    },
    slow
  )
})

describe('a cluster that does not answer', () => {
  // Held for the whole describe, so no other process can take it.
  const refused = refusedPorts()
  afterAll(() => refused.close())
  const refusedPort = () => refused.next()

  /** The plane's kubeconfig pointed at a port nothing listens on. */
  async function goneKubeconfig(): Promise<string> {
    const port = await refusedPort()
    const path = join(scratch, `gone-${port}.yaml`)
    writeFileSync(
      path,
      readFileSync(clusterEnv().kubeconfig, 'utf8').replace(
        /server: \S+/,
        `server: https://127.0.0.1:${port}`
      ),
      { mode: 0o600 }
    )
    return path
  }

  it(
    'a live plan exits 3',
    async () => {
      // Manifests only: helm's own words for an unreachable cluster were
      // always read as such; reads over the API channel were not.
      const manifestsOnly = join(repo, 'manifests-only.yaml')
      writeFileSync(
        manifestsOnly,
        [
          'apiVersion: v1',
          'kind: ImportCluster',
          `metadata: { name: ${cluster}-plan }`,
          'spec:',
          '  stacks:',
          '    - name: base',
          '      manifests:',
          '        - { name: namespace, from_file: manifests/namespace.yaml }',
          ''
        ].join('\n')
      )
      const run = await clustersync([
        'plan',
        manifestsOnly,
        '--root',
        repo,
        '--kubeconfig',
        await goneKubeconfig()
      ])
      expect(run.stderr).toMatch(/was refused|connection refused/)
      expect(run.code).toBe(3)
    },
    slow
  )

  it(
    'a sync says each retry as it waits, counts them, and exits 3',
    async () => {
      const { code, stderr, result } = await sync(repo, 'helm', [
        '--kubeconfig',
        await goneKubeconfig()
      ])
      const retries = stderr
        .split('\n')
        .filter((line) => line.startsWith('warning: cannot reach the cluster'))
      // Each wait is drawn (jitter) in tenths of a second up to its
      // ceiling: 1, 2, 4, 8, then 10 s.
      const ceilings = [1, 2, 4, 8, 10]
      expect(retries).toHaveLength(ceilings.length)
      retries.forEach((line, i) => {
        const said = new RegExp(
          `^warning: cannot reach the cluster \\(connection refused\\); retry ${i + 1} of 5 in (\\d+(?:\\.\\d)?)s$`
        ).exec(line)
        expect(said).not.toBeNull()
        const seconds = Number(said?.[1])
        expect(seconds).toBeGreaterThanOrEqual(0.1)
        expect(seconds).toBeLessThanOrEqual(ceilings[i] ?? 0)
      })
      expect(result.reason).toBe('ClusterUnreachable')
      expect(result.metadata.retryCount).toBe(5)
      expect(code).toBe(3)
    },
    slow
  )
})

describe('a kubeconfig whose certificate authority did not sign the API server’s certificate', () => {
  /**
   * The plane's kubeconfig with a CA that is real but not the plane's (the
   * first of Node's bundled roots): as after a cluster was re-created, or
   * a kubeconfig copied from another cluster.
   */
  function wrongCaKubeconfig(): string {
    const plane = load(readFileSync(clusterEnv().kubeconfig, 'utf8')) as {
      clusters: { cluster: Record<string, unknown> }[]
    }
    const cluster = plane.clusters[0]?.cluster ?? {}
    cluster['certificate-authority-data'] = Buffer.from(
      rootCertificates[0] ?? ''
    ).toString('base64')
    const path = join(mkdtempSync(join(scratch, 'wrong-ca-')), 'config')
    writeFileSync(path, JSON.stringify(plane), { mode: 0o600 })
    return path
  }

  it(
    'a sync says the certificate is not trusted, at once and without retries, and exits 3',
    async () => {
      const { code, stderr, result } = await sync(repo, 'helm', [
        '--kubeconfig',
        wrongCaKubeconfig()
      ])
      // kubectl's words; not a server error retried for half a minute.
      expect(result.summary).toMatch(
        /cannot reach the cluster: Unable to connect to the server: tls: failed to verify certificate: x509: certificate signed by unknown authority/
      )
      expect(stderr).not.toMatch(/retry \d of/)
      expect(stderr).not.toMatch(/HTTP 500/)
      expect(result.reason).toBe('ClusterUnreachable')
      expect(result.metadata.retryCount).toBe(0)
      expect(code).toBe(3)
    },
    slow
  )

  it(
    'a live plan says the same and exits 3',
    async () => {
      const run = await clustersync([
        'plan',
        ...definition(),
        '--kubeconfig',
        wrongCaKubeconfig()
      ])
      expect(run.stderr).toMatch(
        /Unable to connect to the server: tls: failed to verify certificate: x509: /
      )
      expect(run.stderr).not.toMatch(/HTTP 500/)
      expect(run.code).toBe(3)
    },
    slow
  )

  it(
    'through kubectl proxy too: its refusal is not read as the server’s error',
    async () => {
      // A proxy variable sends the channel through kubectl proxy (Go never
      // proxies loopback addresses, so kubectl still reaches the plane).
      await withEnv({ HTTPS_PROXY: 'http://127.0.0.1:9' }, async () => {
        const { code, stderr, result } = await sync(repo, 'helm', [
          '--kubeconfig',
          wrongCaKubeconfig()
        ])
        expect(result.summary).toMatch(
          /cannot reach the cluster: Unable to connect to the server: tls: failed to verify certificate: x509: /
        )
        expect(stderr).not.toMatch(/retry \d of/)
        expect(stderr).not.toMatch(/HTTP 500/)
        expect(result.reason).toBe('ClusterUnreachable')
        expect(code).toBe(3)
      })
    },
    slow
  )
})
