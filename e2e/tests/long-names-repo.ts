// A repository whose inventory is big for few objects: ConfigMaps with
// 240-character names (the limit is 253) in a handful of files, one
// manifest entry per file under a Namespace. Used by the inventory-size
// suites, which need a record past the compression threshold or past what
// a plain ConfigMap holds without applying tens of thousands of objects.
import { createHash } from 'node:crypto'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { KubeJson } from '../../src/cluster/kube-objects.js'
import type { Inventory } from '../../src/state/inventory.js'
import { kubectl } from '../support/cluster.js'

/** One generated repository and the cluster it syncs to. */
export class LongNamesRepo {
  readonly root = mkdtempSync(join(tmpdir(), 'clustersync-long-names-'))

  constructor(
    readonly ns: string,
    readonly cluster: string
  ) {
    mkdirSync(join(this.root, 'objects'))
  }

  /**
   * Writes `objects/f<file>.yaml` with `count` ConfigMaps; `incompressible`
   * names are hex digests, which gzip cannot shrink to fit.
   */
  writeObjects(file: number, count: number, incompressible = false): void {
    const name = incompressible ? hashNameOf : nameOf
    const docs = Array.from(
      { length: count },
      (_, i) =>
        `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: ${name(file, i)}\n  namespace: ${this.ns}\ndata:\n  index: "${i}"\n`
    )
    writeFileSync(
      join(this.root, 'objects', `f${file}.yaml`),
      docs.join('---\n')
    )
  }

  /** Writes cluster.yaml: the Namespace and the `included` object files, then `tail`. */
  writeDefinition(included: number[], tail = ''): void {
    const entries = included.map(
      (f) =>
        `        - name: f${f}\n          from_file: objects/f${f}.yaml\n          parents:\n            - manifest: namespace\n`
    )
    writeFileSync(
      join(this.root, 'cluster.yaml'),
      `apiVersion: v1
kind: ImportCluster
metadata:
  name: ${this.cluster}
spec:
  stacks:
    - name: base
      manifests:
        - name: namespace
          manifest: |
            apiVersion: v1
            kind: Namespace
            metadata:
              name: ${this.ns}
${entries.join('')}${tail}`
    )
  }

  /** The inventory's ConfigMap as stored. */
  async stored(): Promise<KubeJson> {
    const r = await kubectl([
      'get',
      'configmap',
      `clustersync-${this.cluster}`,
      '-n',
      'clustersync-system',
      '-o',
      'json'
    ])
    return JSON.parse(r.stdout) as KubeJson
  }

  /** How many of the generated ConfigMaps the namespace holds. */
  async liveConfigMaps(): Promise<number> {
    const r = await kubectl(['get', 'configmaps', '-n', this.ns, '-o', 'name'])
    return r.stdout.split('\n').filter((l) => l.includes('/cm-')).length
  }

  remove(): void {
    rmSync(this.root, { recursive: true, force: true })
  }
}

/** A 240-character name: long names make a big record from few objects. */
function nameOf(file: number, i: number): string {
  return `cm-${file}-${String(i).padStart(4, '0')}-`.padEnd(240, 'x')
}

/** A 240-character name of hex digits that no compressor shrinks below half. */
function hashNameOf(file: number, i: number): string {
  const hex = (n: number): string =>
    createHash('sha256').update(`${file}/${i}/${n}`).digest('hex')
  return `cm-${hex(0)}${hex(1)}${hex(2)}${hex(3)}`.slice(0, 240)
}

/** The keys that hold the record in a stored parent. */
export function keysOf(parent: KubeJson): {
  data: string[]
  binaryData: string[]
} {
  return {
    data: Object.keys(parent.data ?? {}),
    binaryData: Object.keys(parent.binaryData ?? {})
  }
}

/** How many objects a record lists. */
export function objectCount(inventory: Inventory | undefined): number {
  return (inventory?.steps ?? []).reduce((n, s) => n + s.objects.length, 0)
}
