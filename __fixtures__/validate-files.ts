/**
 * A definition validated as `clustersync validate` validates it, from
 * files in memory: the diagnostics of `/repo/cluster.yaml` (and whatever
 * else `files` holds, named from `/repo`). Most validation tests need only
 * this; each then picks the codes it is about.
 */
import { MemoryFs } from './fakes/memory-fs.js'
import { loadDefinition } from '../src/definition/load.js'
import {
  validateDefinition,
  type ValidationResult
} from '../src/validate/check-definition.js'
import type { Diagnostic } from '../src/diagnostics.js'

/** The definition text of `cluster.yaml` with one manifest in stack "apps". */
export function oneManifest(
  definitionName: string,
  manifestName: string,
  objectLines: readonly string[]
): string {
  return [
    'apiVersion: v1',
    'kind: ImportCluster',
    'metadata:',
    `  name: ${definitionName}`,
    'spec:',
    '  stacks:',
    '    - name: apps',
    '      manifests:',
    `        - name: ${manifestName}`,
    '          manifest: |',
    ...objectLines.map((line) => `            ${line}`),
    ''
  ].join('\n')
}

/** Every diagnostic of `cluster.yaml`, given as text or as files by name. */
export async function validateFiles(
  files: string | Record<string, string>
): Promise<Diagnostic[]> {
  return (await validateRepo(files)).diagnostics
}

/** `cluster.yaml` validated: the definition when valid, and the diagnostics. */
export async function validateRepo(
  files: string | Record<string, string>
): Promise<ValidationResult> {
  const named =
    typeof files === 'string' ? { 'cluster.yaml': files } : files
  const fs = new MemoryFs(
    Object.fromEntries(
      Object.entries(named).map(([name, text]) => [`/repo/${name}`, text])
    )
  )
  const loaded = await loadDefinition({ fs, root: '/repo', file: 'cluster.yaml' })
  return validateDefinition(loaded, { mode: 'validate' })
}
