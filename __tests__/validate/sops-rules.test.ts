/**
 * What validation says about secrets, with no key: SOPS-encrypted files are
 * named, `encrypted_paths` that hold plain text are errors at the value's
 * own line, Secrets in plain text are `plaintext-secret` warnings, errors
 * with `--strict-secrets`. Files are the ones the real sops wrote.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { MemoryFs } from '../../__fixtures__/fakes/memory-fs.js'
import {
  checkDefinition,
  type ValidateOptions
} from '../../src/validate/check-definition.js'
import type { Diagnostic } from '../../src/diagnostics.js'

const fixtures = join(import.meta.dirname, '../../__fixtures__/sops')
const read = (name: string): string =>
  readFileSync(join(fixtures, name), 'utf8')

const definition = (manifest: string, addon = ''): string =>
  [
    'apiVersion: v1',
    'kind: ImportCluster',
    'metadata:',
    '  name: demo',
    'spec:',
    '  stacks:',
    '    - name: apps',
    '      manifests:',
    '        - name: db',
    '          from_file: secrets/db.yaml',
    manifest,
    addon
  ].join('\n')

async function check(
  files: Record<string, string>,
  secrets: ValidateOptions['secrets'] = {}
): Promise<Diagnostic[]> {
  const fs = new MemoryFs(
    Object.fromEntries(
      Object.entries(files).map(([path, text]) => [`/repo/${path}`, text])
    )
  )
  const result = await checkDefinition({
    fs,
    root: '/repo',
    file: 'cluster.yaml',
    mode: 'validate',
    secrets
  })
  return result.diagnostics
}

const byCode = (diagnostics: Diagnostic[], code: string): Diagnostic[] =>
  diagnostics.filter((d) => d.code === code)

describe('validate and SOPS-encrypted files', () => {
  const encrypted = {
    'cluster.yaml': definition(
      '          encrypted_paths: [stringData.DB_PASSWORD, .dockerconfigjson, glob:stringData.DB_*]'
    ),
    'secrets/db.yaml': read('secret-regex.enc.yaml')
  }

  it('warns naming the file when no age key is given, and only then', async () => {
    const without = await check(encrypted)
    const found = byCode(without, 'sops-no-key')
    expect(found.map((d) => [d.severity, d.file])).toEqual([
      ['warning', 'secrets/db.yaml']
    ])
    expect(found[0]?.message).toContain(
      'manifest db (secrets/db.yaml) is SOPS-encrypted and no age key was given'
    )
    const given = await check(encrypted, { sopsKeys: true })
    expect(byCode(given, 'sops-no-key')).toEqual([])
  })

  const unreadable = {
    message:
      'SOPS_AGE_KEY_FILE names /nonexistent, which cannot be read (ENOENT)',
    fix: 'point SOPS_AGE_KEY_FILE at a readable age identity file, or unset it'
  }

  it('is an error naming the key source when no key could be read for an encrypted file', async () => {
    const diagnostics = await check(encrypted, {
      sopsKeys: false,
      sopsKeyProblems: [unreadable]
    })
    expect(byCode(diagnostics, 'sops-no-key')).toEqual([])
    expect(byCode(diagnostics, 'sops-key-unreadable')).toMatchObject([
      {
        severity: 'error',
        file: 'secrets/db.yaml',
        message:
          'manifest db (secrets/db.yaml) is SOPS-encrypted and no age key could be read: SOPS_AGE_KEY_FILE names /nonexistent, which cannot be read (ENOENT)',
        hint: 'Point SOPS_AGE_KEY_FILE at a readable age identity file, or unset it.'
      }
    ])
  })

  it('warns naming the key source when other keys were read, since they may open the file', async () => {
    const diagnostics = await check(encrypted, {
      sopsKeys: true,
      sopsKeyProblems: [unreadable]
    })
    expect(
      byCode(diagnostics, 'sops-key-unreadable').map((d) => [
        d.severity,
        d.message
      ])
    ).toEqual([
      [
        'warning',
        'manifest db (secrets/db.yaml) is SOPS-encrypted; the age keys that could be read are tried, but SOPS_AGE_KEY_FILE names /nonexistent, which cannot be read (ENOENT)'
      ]
    ])
  })

  it('says nothing of a key source when nothing is encrypted', async () => {
    const diagnostics = await check(
      {
        'cluster.yaml': definition(''),
        'secrets/db.yaml': read('plain/secret-regex.yaml')
      },
      { sopsKeys: false, sopsKeyProblems: [unreadable] }
    )
    expect(byCode(diagnostics, 'sops-key-unreadable')).toEqual([])
    expect(byCode(diagnostics, 'sops-no-key')).toEqual([])
  })

  it('accepts encrypted_paths that name ciphertext, with no notice', async () => {
    const diagnostics = await check(encrypted, { sopsKeys: true })
    expect(diagnostics).toEqual([])
  })

  it('is an error at the line of a listed path written in plain text', async () => {
    const text = read('secret-regex.enc.yaml').replace(
      /DB_PASSWORD: ENC\[[^\]]*\]/,
      'DB_PASSWORD: committed-by-mistake'
    )
    const diagnostics = await check(
      { ...encrypted, 'secrets/db.yaml': text },
      { sopsKeys: true }
    )
    const line =
      text.split('\n').findIndex((l) => l.includes('DB_PASSWORD:')) + 1
    const found = byCode(diagnostics, 'sops-plaintext-at-encrypted-path')
    // Both entries that name the value report it, each at its own line.
    expect(found.map((d) => [d.severity, d.file, d.line])).toEqual([
      ['error', 'secrets/db.yaml', line],
      ['error', 'secrets/db.yaml', line]
    ])
    expect(found.map((d) => d.message).sort()).toEqual([
      'stringData.DB_PASSWORD in secrets/db.yaml is listed in encrypted_paths ("glob:stringData.DB_*") of manifest db but written in plain text',
      'stringData.DB_PASSWORD in secrets/db.yaml is listed in encrypted_paths ("stringData.DB_PASSWORD") of manifest db but written in plain text'
    ])
    expect(JSON.stringify(diagnostics)).not.toContain('committed-by-mistake')
  })

  it('warns about an entry that names nothing', async () => {
    const diagnostics = await check(
      {
        ...encrypted,
        'cluster.yaml': definition(
          '          encrypted_paths: [stringData.NOPE]'
        )
      },
      { sopsKeys: true }
    )
    expect(byCode(diagnostics, 'encrypted-path-unmatched')).toHaveLength(1)
  })

  it('warns about ENC[ values without a sops block', async () => {
    const text = read('secret-regex.enc.yaml').replace(/^sops:[\s\S]*$/m, '')
    const diagnostics = await check({
      ...encrypted,
      'secrets/db.yaml': text
    })
    expect(byCode(diagnostics, 'sops-no-metadata')).toHaveLength(1)
  })

  it('checks an add-on values file by configuration.encrypted_paths', async () => {
    const addon = [
      '      addons:',
      '        - name: web',
      '          chart_name: app',
      "          chart_version: '1.0.0'",
      '          repository_url: https://charts.example.com',
      '          configuration:',
      '            from_file: values/web.yaml',
      '            encrypted_paths: [auth.password, note_unencrypted]'
    ].join('\n')
    const diagnostics = await check(
      {
        ...encrypted,
        'cluster.yaml': definition('', addon),
        'values/web.yaml': read('default-suffix.enc.yaml')
      },
      { sopsKeys: true }
    )
    const found = byCode(diagnostics, 'sops-plaintext-at-encrypted-path')
    expect(found.map((d) => d.file)).toEqual(['values/web.yaml'])
    expect(found[0]?.message).toContain('auth.note_unencrypted')
  })
})

describe('plaintext Secrets', () => {
  const files = {
    'cluster.yaml': definition(''),
    'secrets/db.yaml': read('plain/secret-regex.yaml')
  }

  it('are a plaintext-secret warning naming the Secret and its file, when validate asks', async () => {
    expect(byCode(await check(files), 'plaintext-secret')).toEqual([])
    const asked = await check(files, { plaintextSecrets: true })
    expect(byCode(asked, 'plaintext-secret')).toEqual([
      expect.objectContaining({
        severity: 'warning',
        message:
          'Secret db-credentials (secrets/db.yaml:1) holds its data and stringData in plain text'
      })
    ])
  })

  it('are errors with --strict-secrets', async () => {
    const diagnostics = await check(files, { strictSecrets: true })
    expect(byCode(diagnostics, 'plaintext-secret')[0]?.severity).toBe('error')
  })

  it('but not when the file is encrypted', async () => {
    const diagnostics = await check(
      { ...files, 'secrets/db.yaml': read('secret-regex.enc.yaml') },
      { strictSecrets: true, sopsKeys: true }
    )
    expect(byCode(diagnostics, 'plaintext-secret')).toEqual([])
  })
})
