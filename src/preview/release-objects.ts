/**
 * The objects a Helm release rendered, as helm prints them: the deployed
 * revision's manifest (`helm get manifest`) and, for a proposed change,
 * what an upgrade would render (`helm upgrade --dry-run=client -o json`,
 * the manifest the API server would receive, lookups and capabilities
 * included). Both commands and outputs are the same in Helm 3 and 4.
 */
import { parseAllDocuments, type Document } from 'yaml'
import { isRecord } from '../plan/object-diff.js'
import { parsePlainYaml } from '../definition/plain-yaml.js'
import { yamlOptionsFor } from '../definition/yaml-parse.js'
import { refKey, refOf, type KubeJson } from '../cluster/kube-objects.js'
import { getErrorMessage, trimOutput } from '../errors.js'
import { checkReachable, runTool, type PreviewOptions } from './diff-exec.js'

/** helm ran but failed, or printed something this cannot read. */
export class ReleaseReadError extends Error {}

/** The connection flags and the release namespace, as helm takes them. */
export function helmFlags(
  options: PreviewOptions,
  namespace: string
): string[] {
  return [
    ...(options.kubeconfig ? [`--kubeconfig=${options.kubeconfig}`] : []),
    ...(options.context ? [`--kube-context=${options.context}`] : []),
    '--namespace',
    namespace
  ]
}

/** The helm binary the preview runs (`helm` on PATH unless told). */
export function helmBinary(options: PreviewOptions): string {
  return options.helm ?? 'helm'
}

/**
 * The deployed revision's objects, each with a namespace (the release's
 * when the chart names none). Throws ReleaseReadError when helm fails.
 */
export async function deployedObjects(
  release: string,
  namespace: string,
  options: PreviewOptions
): Promise<KubeJson[]> {
  const result = await runTool(options, helmBinary(options), [
    'get',
    'manifest',
    ...helmFlags(options, namespace),
    '--',
    release
  ])
  if (result.exitCode !== 0) {
    throw new ReleaseReadError(
      `helm get manifest failed (exit ${result.exitCode}): ${trimOutput(result.stderr, 3)}`
    )
  }
  return manifestObjects(result.stdout, namespace)
}

/**
 * The objects of a multi-document manifest, in order; empty documents and
 * anything that is not an object with a kind and a name are left out.
 */
export function manifestObjects(text: string, namespace: string): KubeJson[] {
  const objects: KubeJson[] = []
  for (const value of manifestValues(text)) {
    if (!isRecord(value) || typeof value.kind !== 'string') continue
    const metadata = isRecord(value.metadata) ? value.metadata : {}
    if (typeof metadata.name !== 'string') continue
    objects.push(
      typeof metadata.namespace === 'string'
        ? value
        : { ...value, metadata: { ...metadata, namespace } }
    )
  }
  return objects
}

/**
 * The manifest's documents as plain values, read as helm's Go YAML sent
 * them to the API server (`yes` is true, `0644` is 420, `<<` merges), as
 * the definition's manifests are read. Helm prints plain YAML, which the
 * loader's fast path reads (plain-yaml.ts: js-yaml, declining whatever the
 * readings could differ on); anything else goes to `yaml`, whose errors
 * are exact. A sync waiting for twenty releases reads twenty manifests
 * while their helm processes share the machine.
 */
function manifestValues(text: string): unknown[] {
  const plain = parsePlainYaml(text, 'release manifest', 'objects')
  if (plain) return plain.values.map((d) => d.value)
  const options = yamlOptionsFor('objects', text)
  return parseAllDocuments(text, options).map((doc) => {
    if (doc.errors.length > 0)
      throw new ReleaseReadError(
        `the release manifest is not YAML: ${doc.errors[0]?.message ?? ''}`
      )
    return releaseDocument(doc)
  })
}

/**
 * Aliases a chart's manifest may resolve: Helm and the API server read
 * any number, and `yaml`'s default (100) turned a chart that reuses an
 * anchor into an internal error of every plan, status and drift check.
 * Its count weighs each alias by what it expands to, so this still bounds
 * the memory a billion-laughs manifest could take.
 */
const maxReleaseAliases = 10_000

function releaseDocument(doc: Document.Parsed): unknown {
  try {
    return doc.toJS({ maxAliasCount: maxReleaseAliases }) as unknown
  } catch (error) {
    throw new ReleaseReadError(
      `the release manifest could not be read: ${getErrorMessage(error)}`
    )
  }
}

/**
 * The live objects of `objects` (with managedFields), by refKey of the
 * object asked for; missing ones are absent. A cluster-scoped object is
 * found although the manifest gave it the release namespace.
 */
export async function liveObjects(
  objects: readonly KubeJson[],
  options: PreviewOptions
): Promise<Map<string, KubeJson>> {
  const refs = objects.map(refOf)
  let live: KubeJson[]
  if (options.kubectl) {
    try {
      live = await options.kubectl.get(refs, true)
    } catch (error) {
      // A kind the server does not serve (its CRD gone), a refused read:
      // this release cannot be compared, the others still can.
      const why = trimOutput(getErrorMessage(error), 3)
      checkReachable(options, why)
      throw new ReleaseReadError(`reading its objects failed: ${why}`)
    }
  } else {
    const input = JSON.stringify({
      apiVersion: 'v1',
      kind: 'List',
      items: objects
    })
    const result = await runTool(
      options,
      'kubectl',
      [
        ...(options.kubeconfig ? [`--kubeconfig=${options.kubeconfig}`] : []),
        ...(options.context ? [`--context=${options.context}`] : []),
        'get',
        '--ignore-not-found',
        '--show-managed-fields',
        '-o',
        'json',
        '-f',
        '-'
      ],
      input
    )
    if (result.exitCode !== 0) {
      throw new ReleaseReadError(
        `kubectl get failed (exit ${result.exitCode}): ${trimOutput(result.stderr, 3)}`
      )
    }
    live = listOf(result.stdout)
  }
  const byKey = new Map(live.map((o) => [refKey(refOf(o)), o]))
  const found = new Map<string, KubeJson>()
  for (const ref of refs) {
    const object =
      byKey.get(refKey(ref)) ??
      byKey.get(refKey({ ...ref, namespace: undefined }))
    if (object) found.set(refKey(ref), object)
  }
  return found
}

function listOf(stdout: string): KubeJson[] {
  if (stdout.trim() === '') return []
  let parsed: unknown
  try {
    parsed = JSON.parse(stdout)
  } catch {
    throw new ReleaseReadError('kubectl get printed something that is not JSON')
  }
  if (!isRecord(parsed)) return []
  if (Array.isArray(parsed.items)) return parsed.items.filter(isRecord)
  return [parsed]
}
