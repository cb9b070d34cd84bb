/**
 * The SOPS fixtures the real sops wrote (scripts/make-sops-fixtures.sh):
 * each encrypted file's documents as ClusterSync's loader parses them, the
 * plaintext it was made from, and the test-only age identities.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parseYamlValues } from '../../src/definition/yaml-parse.js'
import { fileDocuments } from '../../src/validate/manifests.js'

const dir = join(import.meta.dirname, '../../__fixtures__/sops')

/** The documents of a YAML file, parsed by the loader's own path. */
export function parseDocuments(path: string): unknown[] {
  const text = readFileSync(path, 'utf8')
  return fileDocuments(parseYamlValues(text, path, [], 'objects'))
    .map((d) => d.value)
    .filter((v) => v !== null)
}

/** `<name>.enc.yaml`'s documents (`.enc.json` with `ext`), as the loader reads them. */
export function encrypted(name: string, ext = 'yaml'): unknown[] {
  return parseDocuments(join(dir, `${name}.enc.${ext}`))
}

/** `plain/<name>.yaml`'s documents: what decrypting `<name>.enc.yaml` gives. */
export function plain(name: string, ext = 'yaml'): unknown[] {
  return parseDocuments(join(dir, 'plain', `${name}.${ext}`))
}

/** The identity lines of a TEST-ONLY key file. */
export function identity(
  key:
    | 'test-only-age-key'
    | 'test-only-second-age-key'
    | 'test-only-unrelated-age-key'
): string {
  const text = readFileSync(join(dir, `${key}.txt`), 'utf8')
  const line = text.split('\n').find((l) => l.startsWith('AGE-SECRET-KEY-'))
  if (!line) throw new Error(`${key}.txt holds no identity`)
  return line
}

/** The raw text of a TEST-ONLY key file (with age-keygen's comments). */
export function identityFile(key: string): string {
  return readFileSync(join(dir, `${key}.txt`), 'utf8')
}
