/**
 * An object's identity fields go into the API server's request path, so
 * each must have a Kubernetes shape: an apiVersion written as a URL path
 * (`apps/v1/deployments?watch=true&x=`) made the sync's kind lookup a watch
 * that never answered, holding the cluster's lock. Refused at validation,
 * with what is wrong; a field of the wrong type is said so, not "missing".
 */
import { isApiVersion } from '../../src/cluster/kube-objects.js'
import {
  oneManifest,
  validateFiles
} from '../../__fixtures__/validate-files.js'

async function problems(object: string[]): Promise<string[]> {
  const diagnostics = await validateFiles(oneManifest('odd', 'odd', object))
  return diagnostics
    .filter((d) => d.code.startsWith('object-'))
    .map((d) => `${d.code}: ${d.message}`)
}

const prefix = 'document #1 of manifest "odd" in stack "apps"'

describe('object identity', () => {
  it('says a List (kubectl get -o yaml) is a list of items, not an object without a name', async () => {
    expect(
      await problems([
        'apiVersion: v1',
        'kind: List',
        'items:',
        '- {apiVersion: v1, kind: ConfigMap, metadata: {name: l1}}',
        '- {apiVersion: v1, kind: ConfigMap, metadata: {name: l2}}'
      ])
    ).toEqual([
      `object-list: ${prefix} is a List of 2 items (as \`kubectl get -o yaml\` writes it), not an object`
    ])
  })

  it('refuses an apiVersion that is not a version or group/version', async () => {
    expect(
      await problems([
        'apiVersion: "apps/v1/deployments?watch=true&x="',
        'kind: Deployment',
        'metadata: {name: web}'
      ])
    ).toEqual([
      `object-invalid-identity: ${prefix}: apiVersion "apps/v1/deployments?watch=true&x=" is not a version or group/version (e.g. "v1", "apps/v1")`
    ])
  })

  it('refuses a name that cannot be a path segment and a namespace that is not one', async () => {
    expect(
      await problems([
        'apiVersion: v1',
        'kind: ConfigMap',
        'metadata: {name: a/b}'
      ])
    ).toEqual([
      `object-invalid-identity: ${prefix}: metadata.name "a/b" can never name an object (no "/" or "%", not "." or "..")`
    ])
    expect(
      await problems([
        'apiVersion: v1',
        'kind: ConfigMap',
        'metadata: {name: web, namespace: "-n"}'
      ])
    ).toHaveLength(1)
  })

  // The API server refuses these too, but only once the waves before them
  // were applied: a half-applied sync for a typo.
  it.each([
    ['v1', 'ConfigMap', 'My_Settings', 'a DNS subdomain'],
    ['apps/v1', 'Deployment', 'Web', 'a DNS subdomain'],
    ['v1', 'Secret', 'db-', 'a DNS subdomain'],
    ['v1', 'Namespace', 'team.a', 'a DNS label'],
    ['v1', 'Service', '1st-web', 'a DNS label starting with a letter'],
    ['v1', 'Service', 'web.internal', 'a DNS label starting with a letter'],
    ['apps/v1', 'StatefulSet', 'web.v2', 'a DNS label'],
    ['batch/v1', 'Job', 'j'.repeat(64), 'at most 63 characters'],
    ['batch/v1', 'CronJob', 'c'.repeat(53), 'at most 52 characters']
  ])(
    'refuses %s %s named "%s", which the API server refuses for that kind',
    async (apiVersion, kind, name, rule) => {
      const found = await problems([
        `apiVersion: ${apiVersion}`,
        `kind: ${kind}`,
        `metadata: {name: "${name}"}`
      ])
      expect(found).toHaveLength(1)
      expect(found[0]).toContain(`metadata.name "${name}" is not`)
      expect(found[0]).toContain(rule)
    }
  )

  it('leaves names to the kinds whose rules differ: RBAC, custom kinds, and names not yet substituted', async () => {
    for (const [apiVersion, kind, name] of [
      ['rbac.authorization.k8s.io/v1', 'ClusterRole', 'system:Reader_1'],
      ['example.com/v1', 'Widget', 'Any_Name'],
      ['example.com/v1', 'ConfigMap', 'Not_Core'],
      ['v1', 'ConfigMap', 'web.settings-1'],
      // Checked by the server for no more than a path segment.
      ['policy/v1', 'PodDisruptionBudget', 'Web_PDB'],
      ['batch/v1', 'CronJob', 'c'.repeat(52)],
      ['v1', 'Namespace', 'team-a'],
      ['v1', 'Secret', '${{ secret_name }}']
    ]) {
      expect(
        await problems([
          `apiVersion: ${apiVersion}`,
          `kind: ${kind}`,
          `metadata: {name: "${name}"}`
        ])
      ).toEqual([])
    }
  })

  // Both would fail only at apply ("no matches for kind"), and escaped the
  // duplicate check against the same object written right.
  it('refuses a built-in kind in the wrong case and the core group written as "core"', async () => {
    expect(
      await problems([
        'apiVersion: v1',
        'kind: configmap',
        'metadata: {name: settings}'
      ])
    ).toEqual([
      `object-invalid-identity: ${prefix}: kind "configmap" is written "ConfigMap" (kinds are case-sensitive)`
    ])
    expect(
      await problems([
        'apiVersion: core/v1',
        'kind: ConfigMap',
        'metadata: {name: settings}'
      ])
    ).toEqual([
      `object-invalid-identity: ${prefix}: apiVersion "core/v1" names a group "core", which Kubernetes' core group is not called: write "v1"`
    ])
  })

  it('is reported at the field, in a `|` block and in a file, not at the block or document start', async () => {
    const definition = [
      'apiVersion: v1',
      'kind: ImportCluster',
      'metadata: {name: odd}',
      'spec:',
      '  stacks:',
      '    - name: apps',
      '      manifests:',
      '        - name: inline',
      '          manifest: |',
      '            apiVersion: v1',
      '            kind: ConfigMap',
      '            metadata: {name: fine}',
      '            ---',
      '            apiVersion: v1',
      '            kind: ConfigMap',
      '            metadata:',
      '              labels: {a: b}',
      '              name: Not_Fine',
      '        - name: filed',
      '          from_file: objects.yaml',
      ''
    ].join('\n')
    const objects = [
      'apiVersion: v1',
      'kind: Service',
      'metadata:',
      '  name: web',
      '  namespace: Bad_NS',
      ''
    ].join('\n')
    const places = (
      await validateFiles({
        'cluster.yaml': definition,
        'objects.yaml': objects
      })
    )
      .filter((d) => d.code === 'object-invalid-identity')
      .map((d) => `${d.file}:${d.line}:${d.column}`)
    expect(places).toEqual(['cluster.yaml:18:15', 'objects.yaml:5:3'])
  })

  it('says a field of the wrong type is not text, not that it is missing', async () => {
    expect(
      await problems(['apiVersion: v1', 'kind: 42', 'metadata: {}'])
    ).toEqual([
      `object-missing-identity: ${prefix} has no metadata.name; kind is 42, not text`
    ])
  })

  it('accepts the shapes Kubernetes serves', async () => {
    expect(
      await problems([
        'apiVersion: cert-manager.io/v1alpha2',
        'kind: ClusterIssuer',
        'metadata: {name: "system:letsencrypt.prod"}'
      ])
    ).toEqual([])
    expect(isApiVersion('networking.k8s.io/v1')).toBe(true)
    expect(isApiVersion('x/../../metrics?')).toBe(false)
  })
})
