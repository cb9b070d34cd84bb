/**
 * A live plan whose object the API server refuses quotes the refused value
 * in the server's words. When that value came from a secret variable
 * (`--secret-vars-file`), the CLI's standard output (the plan, as text and
 * as JSON) must not show it: standard error was masked, standard output was
 * not, and a CI log keeps both.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { kubectl } from '../support/cluster.js'
import { clustersync, removeSyncedCluster } from './sync-support.js'

const slow = 120_000
const id = Date.now().toString(36)
const ns = `cs-secrefused-${id}`
const cluster = `e2e-secrefused-${id}`
// Not a valid label value (a space, a `!`): the server refuses it, quoting it.
const secret = 'refused secret-Vb7Nq2Xk9!'

afterAll(() => removeSyncedCluster(ns, cluster))

function repository(): { root: string; secrets: string } {
  const root = mkdtempSync(join(tmpdir(), 'clustersync-secret-refused-'))
  mkdirSync(join(root, 'manifests'))
  writeFileSync(
    join(root, 'cluster.yaml'),
    [
      'apiVersion: v1',
      'kind: ImportCluster',
      'metadata:',
      `  name: ${cluster}`,
      'spec:',
      '  stacks:',
      '    - name: base',
      '      manifests:',
      '        - name: namespace',
      '          from_file: manifests/namespace.yaml',
      '        - name: labelled',
      '          from_file: manifests/labelled.yaml',
      '          parents:',
      '            - manifest: namespace',
      ''
    ].join('\n')
  )
  writeFileSync(
    join(root, 'manifests', 'namespace.yaml'),
    `apiVersion: v1\nkind: Namespace\nmetadata:\n  name: ${ns}\n`
  )
  writeFileSync(
    join(root, 'manifests', 'labelled.yaml'),
    [
      'apiVersion: v1',
      'kind: ConfigMap',
      'metadata:',
      '  name: labelled',
      `  namespace: ${ns}`,
      '  labels:',
      '    team: ${{ ankra.team_label }}',
      'data:',
      '  plain: "yes"',
      ''
    ].join('\n')
  )
  const secrets = join(root, 'secrets.yaml')
  writeFileSync(secrets, `team_label: "${secret}"\n`, { mode: 0o600 })
  return { root, secrets }
}

test(
  'a plan of an object the server refuses shows no secret variable on any output',
  async () => {
    const { root, secrets } = repository()
    // The namespace exists, so the object is dry-run by the server (in a
    // namespace still to be created it would only be listed as new).
    await kubectl(['create', 'namespace', ns])
    const at = [
      join(root, 'cluster.yaml'),
      '--root',
      root,
      '--secret-vars-file',
      secrets
    ]
    const text = await clustersync(['plan', ...at])
    const json = await clustersync(['plan', ...at, '--format', 'json'])
    // The plan did reach the server and was refused there.
    expect(`${text.stdout}${text.stderr}`).toMatch(/labelled/)
    expect(`${text.stdout}${text.stderr}`).toMatch(/Invalid value|invalid/i)
    for (const run of [text, json]) {
      expect(run.stdout).not.toContain('Vb7Nq2Xk9')
      expect(run.stderr).not.toContain('Vb7Nq2Xk9')
    }
    // Still JSON a script can read.
    expect(() => JSON.parse(json.stdout) as unknown).not.toThrow()
  },
  slow
)
