/**
 * A key source that cannot be read (SOPS_AGE_KEY_FILE naming a missing
 * file, SOPS_AGE_KEY_CMD alone) fails only a command that needs a key, as
 * sops reads keys only when it decrypts: with nothing encrypted, validate,
 * plan and sync do their job and warn once on stderr; with an encrypted
 * file they fail naming the source and how to fix it.
 */
import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { FakeClock } from '../../__fixtures__/fakes/fake-clock.js'
import { FakeExec } from '../../__fixtures__/fakes/fake-exec.js'
import { createNodeFs } from '../../src/adapters/node-fs.js'
import { runCli } from '../../src/cli.js'
import type { CliContext } from '../../src/cli/context.js'
import type { SyncResult } from '../../src/sync/sync-result.js'
import { identity } from '../sops/sops-fixtures.js'

const sops = join(import.meta.dirname, '../../__fixtures__/sops')

const missingFile = {
  SOPS_AGE_KEY_FILE: '/nonexistent/keys.txt'
}
const warning =
  'warning: SOPS_AGE_KEY_FILE names /nonexistent/keys.txt, which cannot be read (ENOENT); not needed: this run decrypted nothing\n'

/** A repository with one manifest; `encrypted`, the Secret sops wrote for the test-only key. */
function repository(encrypted: boolean): { file: string; root: string } {
  const root = mkdtempSync(join(tmpdir(), 'cs-sops-sources-'))
  mkdirSync(join(root, 'secrets'))
  if (encrypted) {
    copyFileSync(
      join(sops, 'secret-regex.enc.yaml'),
      join(root, 'secrets/db.yaml')
    )
  } else {
    writeFileSync(
      join(root, 'secrets/db.yaml'),
      'apiVersion: v1\nkind: ConfigMap\nmetadata: { name: db, namespace: default }\ndata: { host: db.local }\n'
    )
  }
  writeFileSync(
    join(root, 'cluster.yaml'),
    [
      'apiVersion: v1',
      'kind: ImportCluster',
      'metadata: { name: sops-sources }',
      'spec:',
      '  stacks:',
      '    - name: base',
      '      manifests:',
      '        - { name: db, from_file: secrets/db.yaml, namespace: default }',
      ''
    ].join('\n')
  )
  return { file: join(root, 'cluster.yaml'), root }
}

async function run(
  argv: string[],
  env: Record<string, string>,
  encrypted: boolean
): Promise<{ code: number; out: string; err: string; exec: FakeExec }> {
  let out = ''
  let err = ''
  const exec = new FakeExec().on(['git', 'rev-parse', '--abbrev-ref', 'HEAD'], {
    exitCode: 0,
    stdout: 'main\n'
  })
  // No HOME: the developer's own sops/age/keys.txt stays out of the test.
  const ctx: CliContext = {
    stdout: { write: (t) => void (out += t), isTTY: false },
    stderr: { write: (t) => void (err += t), isTTY: false },
    cwd: process.cwd(),
    env,
    fs: createNodeFs(),
    exec,
    clock: new FakeClock()
  }
  const { file, root } = repository(encrypted)
  const [command = '', ...rest] = argv
  const code = await runCli([command, file, '--root', root, ...rest], ctx)
  return { code, out, err, exec }
}

describe('a key source that cannot be read', () => {
  describe('with nothing encrypted', () => {
    it('validate succeeds and warns once, naming the variable', async () => {
      const { code, out, err } = await run(['validate'], missingFile, false)
      expect(code).toBe(0)
      expect(out).toContain('cluster.yaml is valid')
      expect(err).toBe(warning)
    })

    it('validate warns of SOPS_AGE_KEY_CMD alone, which is never run', async () => {
      const { code, err } = await run(
        ['validate'],
        { SOPS_AGE_KEY_CMD: 'pass show age' },
        false
      )
      expect(code).toBe(0)
      expect(err).toBe(
        'warning: SOPS_AGE_KEY_CMD is set, but ClusterSync runs no command named by the environment; not needed: this run decrypted nothing\n'
      )
    })

    it('plan succeeds and warns once, leaving JSON on stdout parseable', async () => {
      const { code, out, err } = await run(
        ['plan', '--format', 'json'],
        missingFile,
        false
      )
      expect(code).toBe(0)
      expect(JSON.parse(out)).toMatchObject({ cluster: 'sops-sources' })
      expect(err).toBe(warning)
    })
  })

  describe('with an encrypted file', () => {
    it('validate fails naming the source and how to fix it, with no warning besides', async () => {
      const { code, out, err } = await run(['validate'], missingFile, true)
      expect(code).toBe(1)
      expect(out).toContain(
        'error: manifest db (secrets/db.yaml) is SOPS-encrypted and no age key could be read: SOPS_AGE_KEY_FILE names /nonexistent/keys.txt, which cannot be read (ENOENT) [sops-key-unreadable]'
      )
      expect(out).toContain(
        'hint: Point SOPS_AGE_KEY_FILE at a readable age identity file, or unset it.'
      )
      expect(err).toBe('')
    })

    it('plan fails naming the source', async () => {
      const { code, out } = await run(['plan'], missingFile, true)
      expect(code).toBe(1)
      expect(out).toMatch(
        /SOPS-encrypted and no age key could be read: SOPS_AGE_KEY_FILE names \/nonexistent\/keys\.txt/
      )
    })

    it('sync fails validating, naming the source, before anything reaches the cluster', async () => {
      const { code, out, exec } = await run(
        ['sync', '--kubeconfig', '/tmp/k.yaml', '--format', 'json'],
        missingFile,
        true
      )
      expect(code).toBe(1)
      const result = JSON.parse(out) as SyncResult
      expect(result.reason).toBe('ValidationFailed')
      expect(result.diagnostics).toContainEqual(
        expect.objectContaining({
          severity: 'error',
          code: 'sops-key-unreadable',
          message: expect.stringContaining(
            'SOPS_AGE_KEY_FILE names /nonexistent/keys.txt, which cannot be read (ENOENT)'
          ) as unknown
        })
      )
      expect(exec.callsWith('apply')).toEqual([])
    })

    it('validate uses a readable key beside it, and warns naming the one that failed', async () => {
      const { code, out, err } = await run(
        ['validate'],
        { ...missingFile, SOPS_AGE_KEY: identity('test-only-age-key') },
        true
      )
      expect(code).toBe(0)
      expect(out).toContain(
        'warning: manifest db (secrets/db.yaml) is SOPS-encrypted; the age keys that could be read are tried, but SOPS_AGE_KEY_FILE names /nonexistent/keys.txt, which cannot be read (ENOENT) [sops-key-unreadable]'
      )
      expect(err).toBe('')
    })
  })
})
