/**
 * Builds ClusterDefinition values for plan tests without the loader, with
 * made-up but deterministic source locations: each builder call takes the
 * next line of `file`, so golden files stay stable.
 */
import type {
  Addon,
  ClusterDefinition,
  KubeObject,
  Manifest,
  ParentRef,
  SourceRef,
  Stack
} from '../../src/definition/definition-types.js'

export interface ManifestInput {
  namespace?: string
  parents?: string[]
  force?: boolean
  objects?: Record<string, unknown>[]
}

export interface AddonInput {
  namespace?: string
  parents?: string[]
  chart?: string
  version?: string
  values?: Record<string, unknown>
}

export interface StackInput {
  wave?: number
  manifests?: Record<string, ManifestInput>
  addons?: Record<string, AddonInput>
}

/** A definition from a compact description: stacks in order, resources in order. */
export function buildDefinition(
  name: string,
  stacks: Record<string, StackInput>,
  file = 'cluster.yaml'
): ClusterDefinition {
  let line = 1
  const at = (pointer: string): SourceRef => ({
    file,
    line: line++,
    column: 1,
    pointer
  })
  const parentRefs = (list: string[] = [], ptr: string): ParentRef[] =>
    list.map((ref, i) => {
      // `manifest:x` is the explicit shape, `@manifest:x` the shorthand one.
      const shape = ref.startsWith('@') ? 'shorthand' : 'explicit'
      const [kind, pname] = ref.replace(/^@/, '').split(':') as [
        'manifest' | 'addon',
        string
      ]
      return { kind, name: pname, shape, source: at(`${ptr}/parents/${i}`) }
    })
  const root = at('')
  const built: Stack[] = Object.entries(stacks).map(([sname, s], si) => {
    const sp = `/spec/stacks/${si}`
    const stackSource = at(sp)
    const manifests = Object.entries(s.manifests ?? {}).map(
      ([mname, m], mi): Manifest => {
        const mp = `${sp}/manifests/${mi}`
        const source = at(mp)
        const objects = (m.objects ?? []).map((body) =>
          kubeObject(body, m.namespace, { file, line: line++, column: 1 })
        )
        return {
          kind: 'manifest',
          name: mname,
          stack: sname,
          ...(m.namespace ? { namespace: m.namespace } : {}),
          parents: parentRefs(m.parents, mp),
          force: m.force ?? false,
          encryptedPaths: [],
          objects,
          origin: { type: 'manifest' },
          source
        }
      }
    )
    const addons = Object.entries(s.addons ?? {}).map(
      ([aname, a], ai): Addon => {
        const ap = `${sp}/addons/${ai}`
        return {
          kind: 'addon',
          name: aname,
          stack: sname,
          chartName: a.chart ?? aname,
          chartVersion: a.version ?? '1.0.0',
          chart: {
            type: 'http',
            location: 'https://charts.example.com',
            resolvedBy: 'repository_url'
          },
          ...(a.namespace ? { namespace: a.namespace } : {}),
          values: a.values ?? {},
          parents: parentRefs(a.parents, ap),
          source: at(ap)
        }
      }
    )
    return {
      name: sname,
      ...(s.wave === undefined ? {} : { deployWave: s.wave }),
      variables: {},
      manifests,
      addons,
      source: stackSource
    }
  })
  return {
    apiVersion: 'v1',
    name,
    file,
    stacks: built,
    helmRegistries: [],
    files: [file],
    source: root
  }
}

/** A KubeObject from a body, as the loader would give it. */
export function kubeObject(
  body: Record<string, unknown>,
  defaultNamespace: string | undefined,
  source: KubeObject['source']
): KubeObject {
  const metadata = (body.metadata ?? {}) as Record<string, unknown>
  const namespace =
    typeof metadata.namespace === 'string'
      ? metadata.namespace
      : defaultNamespace
  return {
    apiVersion: String(body.apiVersion),
    kind: String(body.kind),
    name: String(metadata.name),
    ...(namespace ? { namespace } : {}),
    body,
    source
  }
}

/** `{apiVersion, kind, metadata: {name, namespace?}}` plus extra fields. */
export function obj(
  apiVersion: string,
  kind: string,
  name: string,
  namespace?: string,
  extra: Record<string, unknown> = {}
): Record<string, unknown> {
  return {
    apiVersion,
    kind,
    metadata: { name, ...(namespace ? { namespace } : {}) },
    ...extra
  }
}

/** A CustomResourceDefinition body for `kind` in `group`. */
export function crd(
  group: string,
  kind: string,
  plural: string
): Record<string, unknown> {
  return obj(
    'apiextensions.k8s.io/v1',
    'CustomResourceDefinition',
    `${plural}.${group}`,
    undefined,
    {
      spec: { group, names: { kind, plural }, scope: 'Namespaced' }
    }
  )
}
