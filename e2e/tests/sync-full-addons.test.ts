/**
 * `sync --full` corrects the drift of an add-on's rendered objects, for
 * releases installed by helm v3 (three-way merge) and helm v4 (server-side
 * apply): of two releases of the app chart, `fixed` gets an image changed
 * by hand and its Service deleted, `scaled` only a replica count changed
 * by another field manager (what an HPA does). A normal sync leaves both
 * alone (unchanged add-ons are skipped); `sync --full` upgrades `fixed`
 * once with the same chart and values, which puts the image and the
 * Service back and names them, and leaves `scaled` untouched: no new
 * revision, the replicas as the other manager set them. A release whose
 * values were changed with `helm upgrade --reuse-values --set` (or rolled
 * back to such a revision) renders objects that match live; `sync --full`
 * still upgrades it back to the definition's values, saying so without
 * the values.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import {
  clusterEnv,
  helm,
  kubectl,
  kubectlGet,
  uniqueNamespace
} from '../support/cluster.js'
import { removeSyncedCluster, statuses, sync } from './sync-support.js'

function definition(cluster: string, ns: string): string {
  const addon = (name: string, version = '1.1.0'): string[] => [
    `        - name: ${name}`,
    '          chart_name: app',
    `          chart_version: ${version}`,
    `          repository_url: ${clusterEnv().chartRepo}`,
    `          namespace: ${ns}`
  ]
  return [
    'apiVersion: v1',
    'kind: ImportCluster',
    'metadata:',
    `  name: ${cluster}`,
    'spec:',
    '  stacks:',
    '    - name: addons',
    '      addons:',
    ...addon('fixed'),
    // A range: helm resolves it (1.1.0), and --full must not take the
    // resolved version for a change of chart.
    ...addon('scaled', "'>=1.1.0 <2.0.0'"),
    ''
  ].join('\n')
}

const chartImage = 'registry.example/clustersync/app:1.1.0'

describe.each([
  ['helm', 3],
  ['helm4', 4]
] as const)('sync --full with add-ons installed by %s', (binary, major) => {
  let repo: string
  let ns: string
  let cluster: string

  beforeAll(async () => {
    ns = (await uniqueNamespace(`fullfix${major}`)).name
    cluster = `e2e-${ns}`
    repo = mkdtempSync(join(tmpdir(), 'clustersync-full-addons-'))
    writeFileSync(join(repo, 'cluster.yaml'), definition(cluster, ns))
  })
  afterAll(async () => {
    await removeSyncedCluster(ns, cluster)
    rmSync(repo, { recursive: true, force: true })
  })

  const revision = async (release: string): Promise<number> => {
    const listed = JSON.parse(
      (await helm(major, ['list', '-n', ns, '-o', 'json'])).stdout
    ) as { name: string; revision: string }[]
    return Number(listed.find((r) => r.name === release)?.revision)
  }
  const image = (name: string): Promise<string> =>
    kubectlGet(
      ['deployment', name, '-n', ns],
      '{.spec.template.spec.containers[0].image}'
    )

  it('puts back what was changed by hand in one upgrade, and leaves a clean release alone', async () => {
    expect((await sync(repo, binary)).code).toBe(0)
    expect([await revision('fixed'), await revision('scaled')]).toEqual([1, 1])

    await kubectl([
      'patch',
      'deployment',
      'fixed',
      '-n',
      ns,
      '-p',
      '{"spec":{"template":{"spec":{"containers":[{"name":"app","image":"by-hand:1"}]}}}}'
    ])
    await kubectl(['delete', 'service', 'fixed', '-n', ns])
    await kubectl([
      'patch',
      'deployment',
      'scaled',
      '-n',
      ns,
      '--subresource=scale',
      '--field-manager=kube-controller-manager',
      '--type=merge',
      '-p',
      '{"spec":{"replicas":3}}'
    ])

    // A normal sync keeps skipping unchanged add-ons: nothing is corrected.
    const normal = await sync(repo, binary)
    expect(normal.code).toBe(0)
    expect(statuses(normal.result)).toEqual({
      'addon:fixed': 'unchanged',
      'addon:scaled': 'unchanged'
    })
    expect(await image('fixed')).toBe('by-hand:1')
    expect(normal.stderr).toContain('(sync --full corrects drift)')

    const full = await sync(repo, binary, ['--full'])
    expect(full.code).toBe(0)
    expect(statuses(full.result)).toEqual({
      'addon:fixed': 'applied',
      'addon:scaled': 'unchanged'
    })
    const fixed = full.result.steps.find((s) => s.step === 'addon:fixed')
    expect(fixed?.message).toBe(
      `drift corrected: helm:${ns}/fixed, Service/${ns}/fixed, Deployment/${ns}/fixed`
    )
    expect(fixed?.changes).toEqual([
      {
        subject: `helm:${ns}/fixed`,
        action: 'configured',
        step: 'addon:fixed',
        message: 'app@1.1.0, upgraded to correct drift'
      },
      {
        subject: `Service/${ns}/fixed`,
        action: 'created',
        step: 'addon:fixed',
        message: 'rendered by release fixed, deleted outside Helm'
      },
      {
        subject: `Deployment/${ns}/fixed`,
        action: 'configured',
        step: 'addon:fixed',
        message:
          'rendered by release fixed, changed outside Helm (by kubectl-patch): spec.template.spec.containers[name=app].image'
      }
    ])
    expect(await image('fixed')).toBe(chartImage)
    expect((await kubectl(['get', 'service', 'fixed', '-n', ns])).code).toBe(0)
    expect([await revision('fixed'), await revision('scaled')]).toEqual([2, 1])
    expect(
      await kubectlGet(['deployment', 'scaled', '-n', ns], '{.spec.replicas}')
    ).toBe('3')
    expect(full.stderr).toContain(
      `✓ addon:fixed: drift corrected: helm:${ns}/fixed, Service/${ns}/fixed, Deployment/${ns}/fixed`
    )

    // Corrected, the release is clean: the next --full upgrades nothing.
    const again = await sync(repo, binary, ['--full'])
    expect(statuses(again.result)).toEqual({
      'addon:fixed': 'unchanged',
      'addon:scaled': 'unchanged'
    })
    expect([await revision('fixed'), await revision('scaled')]).toEqual([2, 1])
  }, 300_000)

  // Its objects match what it rendered, so only the release itself (its
  // values) shows it: the drift check reports it, and --full puts it back.
  it('puts back a release whose values were changed with helm', async () => {
    const before = [await revision('fixed'), await revision('scaled')]
    const message = (): Promise<string> =>
      kubectlGet(['configmap', 'fixed', '-n', ns], '{.data.message}')
    const byHand = await helm(major, [
      'upgrade',
      'fixed',
      'app',
      '--repo',
      clusterEnv().chartRepo,
      '--version',
      '1.1.0',
      '-n',
      ns,
      '--reuse-values',
      '--set',
      'message=by-hand'
    ])
    expect(byHand.code).toBe(0)
    expect(await message()).toBe('by-hand')

    const full = await sync(repo, binary, ['--full'])
    expect(full.code).toBe(0)
    expect(statuses(full.result)).toEqual({
      'addon:fixed': 'applied',
      'addon:scaled': 'unchanged'
    })
    const fixed = full.result.steps.find((s) => s.step === 'addon:fixed')
    expect(fixed?.message).toBe(`drift corrected: helm:${ns}/fixed`)
    expect(fixed?.changes).toEqual([
      {
        subject: `helm:${ns}/fixed`,
        action: 'configured',
        step: 'addon:fixed',
        message:
          'app@1.1.0, upgraded: values differ from the definition (changed outside ClusterSync)'
      }
    ])
    expect(JSON.stringify(full.result)).not.toContain('by-hand')
    expect(full.stderr).not.toContain('by-hand')
    expect(await message()).toBe('hello from app 1.1.0')
    // The hand-made revision, then the one that put the definition back.
    expect([await revision('fixed'), await revision('scaled')]).toEqual([
      (before[0] ?? 0) + 2,
      before[1]
    ])

    // `helm rollback` to the hand-made revision: the same, once more.
    const handMade = String((before[0] ?? 0) + 1)
    expect(
      (await helm(major, ['rollback', 'fixed', handMade, '-n', ns])).code
    ).toBe(0)
    expect(await message()).toBe('by-hand')
    const again = await sync(repo, binary, ['--full'])
    expect(statuses(again.result)).toEqual({
      'addon:fixed': 'applied',
      'addon:scaled': 'unchanged'
    })
    expect(await message()).toBe('hello from app 1.1.0')
    expect([await revision('fixed'), await revision('scaled')]).toEqual([
      (before[0] ?? 0) + 4,
      before[1]
    ])
  }, 300_000)
})

// Helm v4 keeps applying a release helm v3 installed client-side, and
// refuses --force-conflicts on it (failing the rollback after it too).
describe('sync --full with helm v4 on releases helm v3 installed', () => {
  let repo: string
  let ns: string
  let cluster: string

  beforeAll(async () => {
    ns = (await uniqueNamespace('fullfix34')).name
    cluster = `e2e-${ns}`
    repo = mkdtempSync(join(tmpdir(), 'clustersync-full-addons-'))
    writeFileSync(join(repo, 'cluster.yaml'), definition(cluster, ns))
  })
  afterAll(async () => {
    await removeSyncedCluster(ns, cluster)
    rmSync(repo, { recursive: true, force: true })
  })

  it('puts the field back without forcing conflicts', async () => {
    expect((await sync(repo, 'helm')).code).toBe(0)
    await kubectl([
      'patch',
      'deployment',
      'fixed',
      '-n',
      ns,
      '-p',
      '{"spec":{"template":{"spec":{"containers":[{"name":"app","image":"by-hand:2"}]}}}}'
    ])
    const full = await sync(repo, 'helm4', ['--full'])
    expect([full.code, statuses(full.result)]).toEqual([
      0,
      { 'addon:fixed': 'applied', 'addon:scaled': 'unchanged' }
    ])
    expect(
      await kubectlGet(
        ['deployment', 'fixed', '-n', ns],
        '{.spec.template.spec.containers[0].image}'
      )
    ).toBe(chartImage)
  }, 300_000)
})
