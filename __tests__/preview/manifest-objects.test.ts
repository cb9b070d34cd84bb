/**
 * A release's manifest, as helm prints it, read into objects: helm's plain
 * YAML and anything fancier (anchors, YAML 1.1 words) read the same, and a
 * manifest that is not YAML is an error that says so.
 */
import {
  manifestObjects,
  ReleaseReadError
} from '../../src/preview/release-objects.js'
import { plainYamlDeclines } from '../../src/definition/plain-yaml.js'

const helmManifest = [
  '---',
  '# Source: app/templates/configmap.yaml',
  'apiVersion: v1',
  'kind: ConfigMap',
  'metadata:',
  '  name: app',
  '  labels:',
  '    app.kubernetes.io/version: "1.1.0"',
  'data:',
  '  message: "hello: world"',
  '---',
  '# Source: app/templates/role.yaml',
  'apiVersion: rbac.authorization.k8s.io/v1',
  'kind: ClusterRole',
  'metadata: {name: app-reader}',
  'rules: []',
  '---',
  '# Source: app/templates/empty.yaml',
  '---',
  'apiVersion: apps/v1',
  'kind: Deployment',
  'metadata:',
  '  name: app',
  '  namespace: other',
  'spec:',
  '  replicas: 2',
  ''
].join('\n')

it("reads helm's manifest in order, giving objects without a namespace the release's", () => {
  expect(manifestObjects(helmManifest, 'shop')).toEqual([
    {
      apiVersion: 'v1',
      kind: 'ConfigMap',
      metadata: {
        name: 'app',
        namespace: 'shop',
        labels: { 'app.kubernetes.io/version': '1.1.0' }
      },
      data: { message: 'hello: world' }
    },
    {
      apiVersion: 'rbac.authorization.k8s.io/v1',
      kind: 'ClusterRole',
      metadata: { name: 'app-reader', namespace: 'shop' },
      rules: []
    },
    {
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      metadata: { name: 'app', namespace: 'other' },
      spec: { replicas: 2 }
    }
  ])
})

// Helm sends the manifest through Go's YAML (sigs.k8s.io/yaml), so the API
// server stores `yes` as true and `0644` as 420: read otherwise, a plan or
// drift check would show a change nobody made.
it('reads anchors, aliases, merge keys and YAML 1.1 words as Go does', () => {
  const text = [
    'apiVersion: v1',
    'kind: ConfigMap',
    'metadata: {name: a}',
    'data:',
    '  first: &shared "x"',
    '  second: *shared',
    '  enabled: yes',
    '  mode: 0644',
    '  base: &base {a: 1}',
    '  merged: {<<: *base, b: 2}',
    ''
  ].join('\n')
  expect(manifestObjects(text, 'ns')[0]?.data).toEqual({
    first: 'x',
    second: 'x',
    enabled: true,
    mode: 420,
    base: { a: 1 },
    merged: { a: 1, b: 2 }
  })
})

it("helm's usual output is read on the fast path (nothing in it is declined)", () => {
  expect(plainYamlDeclines(helmManifest)).toBeUndefined()
})

// A chart that repeats a key (a label from a helper and again inline) is
// accepted by helm and the API server, the last one winning; it is neither
// "not YAML" for a plan nor a release to undo for a sync.
it('a repeated key reads as Go reads it: the last one wins', () => {
  const text = [
    'apiVersion: v1',
    'kind: ConfigMap',
    'metadata:',
    '  name: a',
    '  labels:',
    '    tier: web',
    '    tier: api',
    ''
  ].join('\n')
  expect(manifestObjects(text, 'ns')[0]?.metadata).toEqual({
    name: 'a',
    namespace: 'ns',
    labels: { tier: 'api' }
  })
})

it('a manifest that is not YAML is a ReleaseReadError saying so', () => {
  expect(() => manifestObjects('kind: [unclosed\n', 'ns')).toThrow(
    ReleaseReadError
  )
  expect(() => manifestObjects('kind: [unclosed\n', 'ns')).toThrow(
    /the release manifest is not YAML/
  )
})
