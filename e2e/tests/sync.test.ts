// `clustersync sync` against the real control plane with both helm majors:
// from empty, a no-op re-sync, a one-file change, a removed manifest (its
// objects pruned) and a removed add-on (its release uninstalled).
import { kubectl, kubectlGet } from '../support/cluster.js'
import {
  editFile,
  prepareRepo,
  statuses,
  sync,
  removeSyncedCluster
} from './sync-support.js'

const slow = 300_000

describe.each([
  ['helm', 3],
  ['helm4', 4]
] as const)('sync with %s', (helmBinary, major) => {
  const ns = `cs-sync-h${major}-${Date.now().toString(36)}`
  const cluster = `e2e-sync-h${major}-${Date.now().toString(36)}`
  let repo: string

  beforeAll(() => {
    repo = prepareRepo('basic', { ns, cluster })
  })
  afterAll(() => removeSyncedCluster(ns, cluster))

  it(
    'syncs from empty: every step applied, objects and release live',
    async () => {
      const { code, result, stderr } = await sync(repo, helmBinary)
      expect(code).toBe(0)
      expect(result.summary).toMatch(/^Synced/)
      expect(statuses(result)).toEqual({
        'manifest:namespace': 'applied',
        'manifest:config': 'applied',
        'manifest:worker': 'applied',
        'manifest:extra': 'applied',
        [`addon:${ns}-web`]: 'applied'
      })
      expect(stderr).toContain('Applying')
      expect(
        await kubectlGet(
          ['configmap', 'settings', '-n', ns],
          '{.data.greeting}'
        )
      ).toBe('hello')
      expect(
        await kubectlGet(
          ['deployment', 'worker', '-n', ns],
          '{.status.availableReplicas}'
        )
      ).toBe('1')
      expect(
        await kubectlGet(
          ['configmap', 'settings', '-n', ns],
          '{.metadata.labels.applyset\\.kubernetes\\.io/part-of}'
        )
      ).toMatch(/^applyset-.*-v1$/)
      const releases = await kubectl([
        'get',
        'secrets',
        '-n',
        ns,
        '-l',
        'owner=helm',
        '-o',
        'name'
      ])
      expect(releases.stdout).toContain(`sh.helm.release.v1.${ns}-web.v1`)
    },
    slow
  )

  it(
    'syncs again: nothing re-applied',
    async () => {
      const { code, result } = await sync(repo, helmBinary)
      expect(code).toBe(0)
      expect(new Set(Object.values(statuses(result)))).toEqual(
        new Set(['unchanged'])
      )
      expect(result.steps.every((s) => s.durationMs === 0)).toBe(true)
    },
    slow
  )

  it(
    'applies only the step whose file changed',
    async () => {
      editFile(repo, 'manifests/config.yaml', (t) =>
        t.replace('greeting: hello', 'greeting: bonjour')
      )
      const { code, result } = await sync(repo, helmBinary)
      expect(code).toBe(0)
      const s = statuses(result)
      // worker depends on config, so it is re-applied too (and unchanged).
      expect(s['manifest:config']).toBe('applied')
      expect(s['manifest:namespace']).toBe('unchanged')
      expect(s['manifest:extra']).toBe('unchanged')
      expect(s[`addon:${ns}-web`]).toBe('unchanged')
      const config = result.steps.find((x) => x.step === 'manifest:config')
      expect(config?.changes).toEqual([
        {
          subject: `ConfigMap/${ns}/settings`,
          action: 'configured',
          step: 'manifest:config'
        }
      ])
      expect(
        await kubectlGet(
          ['configmap', 'settings', '-n', ns],
          '{.data.greeting}'
        )
      ).toBe('bonjour')
    },
    slow
  )

  it(
    'prunes the objects of a manifest removed from the definition',
    async () => {
      editFile(repo, 'cluster.yaml', (t) =>
        t.replace(
          / {8}- name: extra\n {10}from_file: manifests\/extra.yaml\n {10}parents:\n {12}- manifest: namespace\n/,
          ''
        )
      )
      const { code, result } = await sync(repo, helmBinary)
      expect(code).toBe(0)
      const prune = result.steps.find((s) => s.step === 'prune')
      expect(prune?.changes).toEqual([
        {
          subject: `ConfigMap/${ns}/extra`,
          action: 'pruned',
          step: 'prune',
          message: 'was applied by manifest:extra'
        }
      ])
      expect(result.counts.pruned).toBe(1)
      const left = await kubectl([
        'get',
        'configmap',
        'extra',
        '-n',
        ns,
        '--ignore-not-found',
        '-o',
        'name'
      ])
      expect(left.stdout).toBe('')
    },
    slow
  )

  it(
    'uninstalls the release of an add-on removed from the definition',
    async () => {
      editFile(repo, 'cluster.yaml', (t) =>
        t.replace(/ {6}addons:\n[\s\S]*$/, '')
      )
      const { code, result } = await sync(repo, helmBinary)
      expect(code).toBe(0)
      const prune = result.steps.find((s) => s.step === 'prune')
      expect(prune?.changes.map((c) => c.subject)).toEqual([
        `helm:${ns}/${ns}-web`
      ])
      const releases = await kubectl([
        'get',
        'secrets',
        '-n',
        ns,
        '-l',
        'owner=helm',
        '-o',
        'name'
      ])
      expect(releases.stdout).toBe('')
    },
    slow
  )
})
