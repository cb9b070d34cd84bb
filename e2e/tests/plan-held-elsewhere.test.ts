/**
 * A live plan hides the values of an object another definition applied
 * with a secret: the marks of what holds secrets are in that definition's
 * record, and a pull request to this definition can declare the object in
 * a manifest of its own (as can one that adds it to any synced definition).
 * The plan reads the live object's ApplySet label and judges it by who
 * applied it, not by the definition under review.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { kubectlGet } from '../support/cluster.js'
import { clustersync, removeSyncedCluster } from './sync-support.js'

const slow = 180_000
const id = Date.now().toString(36)
const ns = `cs-heldelse-${id}`
const owner = `e2e-heldelse-a-${id}`
const reviewed = `e2e-heldelse-b-${id}`
const secret = 'held-elsewhere-Tq8Wz3Kv'

afterAll(async () => {
  await removeSyncedCluster(ns, owner)
  await removeSyncedCluster(ns, reviewed)
})

/** A definition of one ConfigMap (after the Namespace) in its own folder. */
function definition(
  cluster: string,
  configMaps: Record<string, string>
): string {
  const root = mkdtempSync(join(tmpdir(), 'clustersync-held-elsewhere-'))
  mkdirSync(join(root, 'manifests'))
  const manifests = Object.keys(configMaps).map((name) =>
    [
      `        - name: ${name}`,
      `          from_file: manifests/${name}.yaml`,
      '          parents:',
      '            - manifest: namespace'
    ].join('\n')
  )
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
      ...manifests,
      ''
    ].join('\n')
  )
  writeFileSync(
    join(root, 'manifests', 'namespace.yaml'),
    `apiVersion: v1\nkind: Namespace\nmetadata:\n  name: ${ns}\n`
  )
  for (const [name, token] of Object.entries(configMaps)) {
    writeFileSync(
      join(root, 'manifests', `${name}.yaml`),
      [
        'apiVersion: v1',
        'kind: ConfigMap',
        'metadata:',
        `  name: ${name}`,
        `  namespace: ${ns}`,
        'data:',
        `  token: "${token}"`,
        ''
      ].join('\n')
    )
  }
  return root
}

const at = (root: string) => [join(root, 'cluster.yaml'), '--root', root]

test(
  "a plan that declares another definition's secret-holding object shows none of its values",
  async () => {
    const a = definition(owner, { shared: '${{ ankra.token }}' })
    const secrets = join(a, 'secrets.yaml')
    writeFileSync(secrets, `token: "${secret}"\n`, { mode: 0o600 })
    const synced = await clustersync([
      'sync',
      ...at(a),
      '--secret-vars-file',
      secrets
    ])
    expect(synced.code).toBe(0)
    // The reviewed definition has a record of its own: one plain object.
    const b = definition(reviewed, { mine: 'first' })
    expect((await clustersync(['sync', ...at(b)])).code).toBe(0)
    expect(
      await kubectlGet(['configmap', 'shared', '-n', ns], '{.data.token}')
    ).toBe(secret)

    // The pull request: its own object edited, and the other's declared.
    const pr = definition(reviewed, { mine: 'second', shared: 'plain' })
    for (const format of [[], ['--format', 'json']]) {
      const plan = await clustersync(['plan', ...at(pr), ...format])
      expect(plan.code).toBe(0)
      expect(plan.stdout).toContain('shared')
      expect(plan.stdout).not.toContain('Tq8Wz3Kv')
      expect(plan.stderr).not.toContain('Tq8Wz3Kv')
      // Its own plain object's change is still shown in full.
      expect(plan.stdout).toContain('first')
    }
  },
  slow
)
