/**
 * A JSON file sops encrypted (`sops encrypt --input-type json`, tab-indented,
 * `.json`) given as a manifest's `from_file`: JSON is YAML, so the loader
 * reads it as written, validation sees it as SOPS-encrypted (its
 * `encrypted_paths` checked, no plain-text warning), and its objects
 * decrypt to the plaintext with the MAC verified, integer-like keys
 * included (__fixtures__/sops/json-manifest.enc.json).
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { MemoryFs } from '../../__fixtures__/fakes/memory-fs.js'
import { checkDefinition } from '../../src/validate/check-definition.js'
import { decryptSopsFile } from '../../src/sops/decrypt-sops.js'
import { identity, plain } from './sops-fixtures.js'

const fixtures = join(import.meta.dirname, '../../__fixtures__/sops')

const definition = [
  'apiVersion: v1',
  'kind: ImportCluster',
  'metadata:',
  '  name: demo',
  'spec:',
  '  stacks:',
  '    - name: apps',
  '      manifests:',
  '        - name: db',
  '          from_file: secrets/db.enc.json',
  '          namespace: shop',
  '          encrypted_paths: [stringData.PASSWORD, data.token]',
  ''
].join('\n')

it('a sops-encrypted JSON manifest loads, validates and decrypts', async () => {
  const result = await checkDefinition({
    fs: new MemoryFs({
      '/repo/cluster.yaml': definition,
      '/repo/secrets/db.enc.json': readFileSync(
        join(fixtures, 'json-manifest.enc.json'),
        'utf8'
      )
    }),
    root: '/repo',
    file: 'cluster.yaml',
    mode: 'validate',
    secrets: { plaintextSecrets: true }
  })
  expect(result.diagnostics.filter((d) => d.severity !== 'info')).toEqual([
    expect.objectContaining({
      code: 'sops-no-key',
      file: 'secrets/db.enc.json'
    })
  ])
  const objects = result.definition?.stacks[0]?.manifests[0]?.objects ?? []
  expect(objects.map((o) => `${o.kind}/${o.name}`)).toEqual([
    'Secret/json-credentials'
  ])
  const file = await decryptSopsFile(
    objects.map((o) => o.body),
    [identity('test-only-age-key')]
  )
  expect(file.documents).toEqual(plain('json-manifest', 'json'))
})
