/**
 * Two cluster definitions that declare the same ConfigMap: the one that
 * syncs last owns it (its ApplySet label, `applyset.kubernetes.io/part-of`,
 * is on the live object). Removing the ConfigMap from the other definition
 * must leave it in the cluster — it belongs to another ApplySet now — and
 * that definition's record must forget it, so its next sync does not try
 * again. Against the real control plane, over the API channel and through
 * kubectl processes.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { CliContext } from '../../src/cli/context.js'
import type { SyncResult } from '../../src/sync/sync-result.js'
import { applySetId } from '../../src/state/inventory.js'
import { kubectl } from '../support/cluster.js'
import { clustersync, removeSyncedCluster, statuses } from './sync-support.js'

const stamp = `${process.pid.toString(36)}${Date.now().toString(36)}`.slice(-8)
const slow = 180_000

const configMap = (ns: string, name: string): string =>
  `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: ${name}\n  namespace: ${ns}\ndata:\n  from: "${name}"\n`

/** A definition of `cluster` with the given ConfigMaps as one manifest each. */
function definition(
  cluster: string,
  ns: string,
  names: readonly string[],
  withNamespace: boolean
): string {
  const namespace = withNamespace
    ? `        - name: namespace
          manifest: |
            apiVersion: v1
            kind: Namespace
            metadata:
              name: ${ns}
`
    : ''
  const maps = names
    .map(
      (name) => `        - name: ${name}
          manifest: |
${configMap(ns, name)
  .trimEnd()
  .split('\n')
  .map((l) => `            ${l}`)
  .join('\n')}
${withNamespace ? '          parents:\n            - manifest: namespace\n' : ''}`
    )
    .join('')
  return `apiVersion: v1
kind: ImportCluster
metadata:
  name: ${cluster}
spec:
  stacks:
    - name: base
      manifests:
${namespace}${maps}`
}

class Definition {
  readonly root = mkdtempSync(join(tmpdir(), 'clustersync-shared-'))
  constructor(
    readonly cluster: string,
    readonly ns: string,
    readonly withNamespace: boolean
  ) {}

  async sync(
    names: readonly string[],
    overrides: Partial<CliContext>
  ): Promise<SyncResult> {
    writeFileSync(
      join(this.root, 'cluster.yaml'),
      definition(this.cluster, this.ns, names, this.withNamespace)
    )
    const run = await clustersync(
      [
        'sync',
        join(this.root, 'cluster.yaml'),
        '--root',
        this.root,
        '--timeout',
        '90s',
        '--format',
        'json'
      ],
      overrides
    )
    if (run.code !== 0) throw new Error(`sync exit ${run.code}:\n${run.stderr}`)
    return JSON.parse(run.stdout) as SyncResult
  }

  /** `clustersync plan --format json`: every change entry it lists, by subject. */
  async plan(
    names: readonly string[],
    overrides: Partial<CliContext>
  ): Promise<Map<string, { action: string; message?: string }>> {
    writeFileSync(
      join(this.root, 'cluster.yaml'),
      definition(this.cluster, this.ns, names, this.withNamespace)
    )
    const run = await clustersync(
      [
        'plan',
        join(this.root, 'cluster.yaml'),
        '--root',
        this.root,
        '--format',
        'json'
      ],
      overrides
    )
    const changes = new Map<string, { action: string; message?: string }>()
    const walk = (value: unknown): void => {
      if (Array.isArray(value)) value.forEach(walk)
      else if (value && typeof value === 'object') {
        const o = value as Record<string, unknown>
        if (typeof o.subject === 'string' && typeof o.action === 'string')
          changes.set(o.subject, o as { action: string; message?: string })
        else Object.values(o).forEach(walk)
      }
    }
    walk(JSON.parse(run.stdout))
    return changes
  }

  async remove(): Promise<void> {
    await removeSyncedCluster(this.ns, this.cluster)
    rmSync(this.root, { recursive: true, force: true })
  }
}

/** The ApplySet label on the live ConfigMap, or undefined when it is gone. */
async function owner(ns: string, name: string): Promise<string | undefined> {
  const r = await kubectl([
    'get',
    'configmap',
    name,
    '-n',
    ns,
    '--ignore-not-found',
    '-o',
    'json'
  ])
  if (r.stdout.trim() === '') return undefined
  const live = JSON.parse(r.stdout) as {
    metadata: { labels?: Record<string, string> }
  }
  return live.metadata.labels?.['applyset.kubernetes.io/part-of'] ?? ''
}

async function leaveShared(
  name: string,
  overrides: Partial<CliContext>
): Promise<void> {
  const ns = `${name}-${stamp}`
  const a = new Definition(`${ns}-prod`, ns, true)
  const b = new Definition(`${ns}-rpi`, ns, false)
  try {
    const kept = ['keep-1', 'keep-2', 'keep-3']
    expect((await a.sync([...kept, 'shared', 'gone'], overrides)).status).toBe(
      'synced'
    )
    expect(await owner(ns, 'shared')).toBe(applySetId(a.cluster))
    // B declares it too and syncs after: B's ApplySet owns it now.
    expect((await b.sync(['shared'], overrides)).status).toBe('synced')
    expect(await owner(ns, 'shared')).toBe(applySetId(b.cluster))

    // A drops `shared` (B's now) and `gone` (still A's): the plan reads
    // the labels as the sync's prune does.
    const planned = await a.plan(kept, overrides)
    expect(planned.get(`ConfigMap/${ns}/shared`)).toEqual({
      subject: `ConfigMap/${ns}/shared`,
      action: 'unchanged',
      message: `left in place: now part of another definition's ApplySet ${applySetId(b.cluster)} (was applied by manifest:shared)`
    })
    expect(planned.get(`ConfigMap/${ns}/gone`)?.action).toBe('pruned')
    const dropped = await a.sync(kept, overrides)
    expect(dropped.status).toBe('synced')
    const prune = dropped.steps.find((s) => s.step === 'prune')
    expect(prune?.status).toBe('applied')
    expect(prune?.changes).toEqual([
      {
        subject: `ConfigMap/${ns}/shared`,
        action: 'unchanged',
        step: 'prune',
        message: `left in place: now part of another definition's ApplySet ${applySetId(b.cluster)} (was applied by manifest:shared)`
      },
      {
        subject: `ConfigMap/${ns}/gone`,
        action: 'pruned',
        step: 'prune',
        message: 'was applied by manifest:gone'
      }
    ])
    expect(dropped.counts.pruned).toBe(1)
    expect(dropped.summary).toContain(
      "1 left in place (another definition's ApplySet)"
    )
    expect(await owner(ns, 'shared')).toBe(applySetId(b.cluster))
    expect(await owner(ns, 'gone')).toBeUndefined()

    // A's record forgot it: the next sync has nothing to prune.
    const again = await a.sync(kept, overrides)
    expect(again.status).toBe('synced')
    expect(statuses(again).prune).toBeUndefined()
    expect(await owner(ns, 'shared')).toBe(applySetId(b.cluster))
  } finally {
    await b.remove()
    await a.remove()
  }
}

describe('pruning an object another definition now owns', () => {
  it(
    'leaves it in place over the API channel',
    () => leaveShared('shared-api', {}),
    slow
  )

  it(
    'leaves it in place through kubectl processes when no API channel opens',
    () =>
      leaveShared('shared-kubectl', {
        kubeApi: {
          open: () =>
            Promise.resolve({ unavailable: 'switched off by the test' })
        }
      }),
    slow
  )
})
