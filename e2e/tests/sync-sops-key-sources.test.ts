/**
 * A key source that cannot be read, against the local control plane: a
 * SOPS_AGE_KEY_FILE kept in the shell for another repository does not stop
 * a sync with nothing to decrypt (one warning on stderr), and where no key
 * opens an encrypted file the failed step names that source too, since the
 * key may be in it (e2e/repos/sops, encrypted for the test-only age key).
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { SyncResult } from '../../src/sync/sync-result.js'
import {
  clustersync,
  prepareRepo,
  removeSyncedCluster,
  statuses,
  type CliRun
} from './sync-support.js'

const slow = 300_000
const id = Date.now().toString(36)
const keys = join(import.meta.dirname, '../../__fixtures__/sops')
const emptyConfigHome = mkdtempSync(join(tmpdir(), 'clustersync-no-sops-keys-'))
const missing = join(tmpdir(), `clustersync-missing-${id}`, 'keys.txt')

/** `sync --format json` with SOPS_AGE_KEY_FILE naming a file that is not there. */
async function syncWithMissingKeyFile(
  repo: string,
  key?: string
): Promise<CliRun & { result: SyncResult }> {
  const env: Record<string, string | undefined> = { ...process.env }
  // An empty config folder: a developer's own sops/age/keys.txt must not
  // stand in for the keys under test.
  env.XDG_CONFIG_HOME = emptyConfigHome
  env.SOPS_AGE_KEY_FILE = missing
  delete env.SOPS_AGE_KEY_CMD
  if (key === undefined) delete env.SOPS_AGE_KEY
  else env.SOPS_AGE_KEY = key
  const out = await clustersync(
    [
      'sync',
      join(repo, 'cluster.yaml'),
      '--root',
      repo,
      '--timeout',
      '90s',
      '--format',
      'json'
    ],
    { env }
  )
  try {
    return { ...out, result: JSON.parse(out.stdout) as SyncResult }
  } catch {
    throw new Error(`sync printed no JSON (exit ${out.code}):\n${out.stderr}`)
  }
}

describe('SOPS_AGE_KEY_FILE naming a missing file', () => {
  describe('with nothing encrypted', () => {
    const ns = `cs-sopsfile-${id}`
    const cluster = `e2e-sopsfile-${id}`
    afterAll(() => removeSyncedCluster(ns, cluster))

    it(
      'syncs, and warns once on stderr that the key was not needed',
      async () => {
        const repo = prepareRepo('sops', { ns, cluster })
        // Only the namespace: the repository's encrypted files stay unread.
        writeFileSync(
          join(repo, 'cluster.yaml'),
          [
            'apiVersion: v1',
            'kind: ImportCluster',
            `metadata: { name: ${cluster} }`,
            'spec:',
            '  stacks:',
            '    - name: base',
            '      manifests:',
            '        - { name: namespace, from_file: manifests/namespace.yaml }',
            ''
          ].join('\n')
        )
        const { code, stderr, result } = await syncWithMissingKeyFile(repo)
        expect(code).toBe(0)
        expect(statuses(result)).toEqual({ 'manifest:namespace': 'applied' })
        const warnings = stderr
          .split('\n')
          .filter((line) => line.includes('SOPS_AGE_KEY_FILE'))
        expect(warnings).toEqual([
          `warning: SOPS_AGE_KEY_FILE names ${missing}, which cannot be read (ENOENT); not needed: this run decrypted nothing`
        ])
      },
      slow
    )
  })

  describe('beside a key that does not open the encrypted files', () => {
    const ns = `cs-sopsfile-wrong-${id}`
    const cluster = `e2e-sopsfile-wrong-${id}`
    afterAll(() => removeSyncedCluster(ns, cluster))

    it(
      'fails the encrypted steps naming the missing file and how to fix it',
      async () => {
        const repo = prepareRepo('sops', { ns, cluster })
        const wrong = readFileSync(
          join(keys, 'test-only-unrelated-age-key.txt'),
          'utf8'
        )
        const { code, result } = await syncWithMissingKeyFile(repo, wrong)
        expect(code).toBe(1)
        expect(statuses(result)).toEqual({
          'manifest:namespace': 'applied',
          'manifest:credentials': 'failed',
          [`addon:${ns}-web`]: 'failed'
        })
        // The other key was read and tried; the warning at validation
        // named the missing file, and so does the failed step.
        expect(
          result.diagnostics.map((d) => [d.severity, d.code, d.file])
        ).toEqual(
          expect.arrayContaining([
            ['warning', 'sops-key-unreadable', 'manifests/credentials.yaml'],
            ['warning', 'sops-key-unreadable', 'values/web.yaml']
          ])
        )
        const failed = result.steps.find(
          (s) => s.step === 'manifest:credentials'
        )
        expect(failed?.message).toContain('none of the given age keys opens it')
        expect(failed?.message).toContain(
          `SOPS_AGE_KEY_FILE names ${missing}, which cannot be read (ENOENT): point SOPS_AGE_KEY_FILE at a readable age identity file, or unset it`
        )
      },
      slow
    )
  })
})
