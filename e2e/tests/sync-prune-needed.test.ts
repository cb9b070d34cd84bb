/**
 * A Namespace or CRD removed from the definition while declared objects
 * still need it: the prune leaves it in place (deleting a Namespace deletes
 * everything in it, a CRD its custom resources, and their unchanged steps
 * would never put them back) and drops it from the definition's record.
 * Against the real control plane, with --allow-destructive-prune given.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { SyncResult } from '../../src/sync/sync-result.js'
import { kubectl } from '../support/cluster.js'
import { clustersync, removeSyncedCluster } from './sync-support.js'

const stamp = `${process.pid.toString(36)}${Date.now().toString(36)}`.slice(-8)
const ns = `cs-needed-${stamp}`
const cluster = `e2e-needed-${stamp}`
const group = `needed${stamp}.example.com`
const slow = 180_000

const indent = (text: string): string =>
  text
    .trimEnd()
    .split('\n')
    .map((l) => `            ${l}`)
    .join('\n')

const namespace = `apiVersion: v1\nkind: Namespace\nmetadata:\n  name: ${ns}\n`
const crd = `apiVersion: apiextensions.k8s.io/v1
kind: CustomResourceDefinition
metadata:
  name: sprockets.${group}
spec:
  group: ${group}
  scope: Namespaced
  names: {kind: Sprocket, plural: sprockets, singular: sprocket}
  versions:
    - name: v1
      served: true
      storage: true
      schema:
        openAPIV3Schema:
          type: object
          x-kubernetes-preserve-unknown-fields: true
`
const objects = `apiVersion: v1
kind: ConfigMap
metadata: {name: kept-config, namespace: ${ns}}
data: {a: "1"}
---
apiVersion: ${group}/v1
kind: Sprocket
metadata: {name: s1, namespace: ${ns}}
spec: {teeth: 12}
`

/** The definition, with or without the Namespace and CRD manifests. */
function definition(withBase: boolean): string {
  const base = withBase
    ? `        - name: base
          manifest: |
${indent(`${namespace}---\n${crd}`)}
`
    : ''
  return `apiVersion: v1
kind: ImportCluster
metadata:
  name: ${cluster}
spec:
  stacks:
    - name: app
      manifests:
${base}        - name: objects
          manifest: |
${indent(objects)}
${withBase ? '          parents:\n            - manifest: base\n' : ''}`
}

describe('a prune of a Namespace and a CRD declared objects still need', () => {
  const root = mkdtempSync(join(tmpdir(), 'clustersync-needed-'))
  afterAll(async () => {
    await kubectl(['delete', 'crd', `sprockets.${group}`, '--ignore-not-found'])
    await removeSyncedCluster(ns, cluster)
    rmSync(root, { recursive: true, force: true })
  })

  const run = (argv: string[]) =>
    clustersync([
      argv[0] as string,
      join(root, 'cluster.yaml'),
      '--root',
      root,
      ...argv.slice(1)
    ])

  it(
    'leaves both in place, says why in the plan and the sync, and drops them from the record',
    async () => {
      writeFileSync(join(root, 'cluster.yaml'), definition(true))
      const first = await run(['sync', '--timeout', '90s'])
      expect(first.code).toBe(0)

      writeFileSync(join(root, 'cluster.yaml'), definition(false))
      const plan = await run(['plan'])
      expect(plan.stdout).toMatch(
        new RegExp(
          `= Namespace/${ns} +unchanged +\\(left in place: the definition still declares \\S+ in it`
        )
      )
      expect(plan.stdout).toMatch(
        new RegExp(
          `= CustomResourceDefinition/sprockets\\.${group.replace(/\./g, '\\.')} +unchanged +\\(left in place: the definition still declares Sprocket/${ns}/s1 of its API group`
        )
      )
      expect(plan.stdout).not.toContain('pruned')

      const pruned = await run([
        'sync',
        '--allow-destructive-prune',
        '--format',
        'json'
      ])
      expect(pruned.code).toBe(0)
      const result = JSON.parse(pruned.stdout) as SyncResult
      const prune = result.steps.find((s) => s.step === 'prune')
      expect(prune?.status).toBe('unchanged')
      // In the prune's order: reverse apply order.
      expect(prune?.changes.map((c) => [c.subject, c.action])).toEqual([
        [`CustomResourceDefinition/sprockets.${group}`, 'unchanged'],
        [`Namespace/${ns}`, 'unchanged']
      ])

      // Everything is still there, declared or not.
      for (const what of [
        ['namespace', ns],
        ['crd', `sprockets.${group}`],
        ['configmap', 'kept-config', '-n', ns],
        ['sprocket', 's1', '-n', ns]
      ]) {
        const got = await kubectl(['get', ...what, '-o', 'name'])
        expect(got.stdout.trim()).not.toBe('')
      }

      // Off the record: the next sync has nothing to prune.
      const again = await run(['sync', '--format', 'json'])
      const next = JSON.parse(again.stdout) as SyncResult
      expect(next.steps.find((s) => s.step === 'prune')).toBeUndefined()
      const status = await run(['status'])
      expect(status.stdout).toContain('no drift in live objects')
    },
    slow
  )
})
