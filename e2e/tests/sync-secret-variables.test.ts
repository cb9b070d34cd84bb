/**
 * Secret cluster-level variables against the local control plane (issue
 * 16): the step that uses one applies the value, but the digest the
 * cluster's inventory keeps for it is not the sha256 of the step as applied
 * (anyone who may read the inventory could confirm a guess with it); a
 * re-run with the same secret has nothing to do, one with a changed secret
 * re-applies that step and only that step.
 */
import { createHash } from 'node:crypto'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { canonicalJson } from '../../src/plan/digest.js'
import { kubectl, kubectlGet } from '../support/cluster.js'
import { expectNoLeaks } from '../support/leak-channels.js'
import {
  clustersync,
  prepareRepo,
  removeSyncedCluster,
  statuses
} from './sync-support.js'
import type { SyncResult } from '../../src/sync/sync-result.js'

const slow = 300_000
const id = Date.now().toString(36)
const ns = `cs-secvars-${id}`
const cluster = `e2e-secvars-${id}`
const first = 'secvar-Kd8Wq3Zn5Tb1'
const second = 'secvar-Hs2Lx9Ve4Pj7'

afterAll(() => removeSyncedCluster(ns, cluster))

/** `sync --format json` with the secret in a --secret-vars-file. */
async function syncWith(repo: string, token: string) {
  const dir = mkdtempSync(join(tmpdir(), 'clustersync-secret-vars-'))
  const file = join(dir, 'secrets.yaml')
  writeFileSync(file, `api_token: ${token}\n`, { mode: 0o600 })
  const run = await clustersync([
    'sync',
    join(repo, 'cluster.yaml'),
    '--root',
    repo,
    '--var',
    'domain=shop.example.com',
    '--secret-vars-file',
    file,
    '--format',
    'json'
  ])
  if (run.code !== 0) throw new Error(run.stdout + run.stderr)
  return { ...run, result: JSON.parse(run.stdout) as SyncResult }
}

/** The inventory ConfigMap of the test's cluster, as JSON text. */
async function inventory(): Promise<string> {
  return (
    await kubectl([
      'get',
      'configmap',
      `clustersync-${cluster}`,
      '-n',
      'clustersync-system',
      '-o',
      'json'
    ])
  ).stdout
}

/**
 * sha256 of the step as applied, computed as digests were before secret
 * variables were kept out of them (src/plan/digest.ts, manifestDigest):
 * what someone holding the inventory would compute to test a guess.
 */
function plaintextDigest(token: string): string {
  const body = {
    apiVersion: 'v1',
    kind: 'ConfigMap',
    metadata: { name: 'api-settings', namespace: ns },
    data: { domain: 'shop.example.com', token }
  }
  const text = canonicalJson({
    kind: 'manifest',
    force: false,
    encryptedPaths: [],
    objects: [{ namespace: ns, body }]
  })
  return createHash('sha256').update(text).digest('hex')
}

it(
  'applies a secret variable, keeps no digest a guess could be checked against, and re-applies when it changes',
  async () => {
    const repo = prepareRepo('secret-variables', { ns, cluster })
    const synced = await syncWith(repo, first)
    expect(statuses(synced.result)).toEqual({
      'manifest:namespace': 'applied',
      'manifest:api-settings': 'applied',
      'manifest:site': 'applied'
    })
    expect(
      await kubectlGet(['configmap', 'api-settings', '-n', ns], '{.data.token}')
    ).toBe(first)
    const stored = await inventory()
    // The inventory records a digest for the step, only not that one.
    expect(stored).toMatch(/sha256:[0-9a-f]{64}/)
    expect(stored).not.toContain(plaintextDigest(first))
    expectNoLeaks(
      {
        'sync --format json': synced.stdout + synced.stderr,
        'inventory ConfigMap': stored
      },
      { 'secret variable': first }
    )

    const again = await syncWith(repo, first)
    expect(Object.values(statuses(again.result))).not.toContain('applied')

    // `status` with the sync's variables: nothing pending, drift compared.
    const vars = mkdtempSync(join(tmpdir(), 'clustersync-status-vars-'))
    writeFileSync(join(vars, 'secrets.yaml'), `api_token: ${first}\n`)
    const status = await clustersync([
      'status',
      join(repo, 'cluster.yaml'),
      '--root',
      repo,
      '--var',
      'domain=shop.example.com',
      '--secret-vars-file',
      join(vars, 'secrets.yaml')
    ])
    expect(status.stdout).toContain('no drift in live objects')
    expect(status.stdout).not.toContain('changed since the last sync')
    expectNoLeaks(
      { status: status.stdout + status.stderr },
      { 'secret variable': first }
    )

    const changed = await syncWith(repo, second)
    expect(statuses(changed.result)).toEqual({
      'manifest:namespace': 'unchanged',
      'manifest:api-settings': 'applied',
      'manifest:site': 'unchanged'
    })
    expect(
      await kubectlGet(['configmap', 'api-settings', '-n', ns], '{.data.token}')
    ).toBe(second)
    expect(await inventory()).not.toContain(plaintextDigest(second))
  },
  slow
)

it(
  'keeps a secret the API server quotes in its refusal out of the record in the cluster, and out of status',
  async () => {
    const refusedCluster = `e2e-secvars-refused-${id}`
    const secret = 'Bad Value-Rec-Wz4Nq8'
    const dir = mkdtempSync(join(tmpdir(), 'clustersync-secret-refused-'))
    writeFileSync(
      join(dir, 'cluster.yaml'),
      `apiVersion: v1
kind: ImportCluster
metadata:
  name: ${refusedCluster}
spec:
  stacks:
    - name: base
      manifests:
        - name: labelled
          manifest: |
            apiVersion: v1
            kind: ConfigMap
            metadata:
              name: labelled-${id}
              namespace: default
              labels:
                tier: \${{ ankra.pw }}
`
    )
    writeFileSync(join(dir, 'secrets.yaml'), `pw: "${secret}"\n`)
    const args = [join(dir, 'cluster.yaml'), '--root', dir]
    try {
      const sync = await clustersync([
        'sync',
        ...args,
        '--secret-vars-file',
        join(dir, 'secrets.yaml')
      ])
      expect(sync.code).toBe(1)
      // The server refused the label and quoted it: masked in the output...
      expect(sync.stderr).toContain('Invalid value: "***"')
      const record = (
        await kubectl([
          'get',
          'configmap',
          `clustersync-${refusedCluster}`,
          '-n',
          'clustersync-system',
          '-o',
          'json'
        ])
      ).stdout
      // ...and in what is kept in the cluster, which status prints to anyone.
      expect(record).toContain('Invalid value')
      const status = await clustersync(['status', ...args])
      expect(status.stdout).toContain('last sync failed (ApplyFailed)')
      expectNoLeaks(
        {
          'sync output': sync.stdout + sync.stderr,
          'inventory ConfigMap': record,
          'status without the secret': status.stdout + status.stderr
        },
        { 'secret variable': secret }
      )
    } finally {
      await removeSyncedCluster('cs-none', refusedCluster)
    }
  },
  slow
)
