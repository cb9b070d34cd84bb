/**
 * An add-on removed in the same commit that declares one of its chart's
 * objects as a manifest (the user "ejects" the ConfigMap from the chart).
 * The prune uninstalled the release, and `helm uninstall` deleted the
 * object the definition now declares; the sync said Synced (found by an
 * Ankra-user tester). Now the release is removed without it: its other
 * objects are deleted, the declared one is kept (same object, same uid)
 * and no longer claims the release, and the plan says so beforehand.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import {
  helm,
  kubectl,
  kubectlGet,
  uniqueNamespace
} from '../support/cluster.js'
import { appAddonLines, cliIn, removeSyncedCluster } from './sync-support.js'

const slow = 240_000
let ns: string
let cluster: string
let root: string
let helmBinary: string

afterEach(async () => {
  await removeSyncedCluster(ns, cluster)
  rmSync(root, { recursive: true, force: true })
})

function definition(parts: { addon: boolean; configMap?: string }): void {
  const lines = [
    'apiVersion: v1',
    'kind: ImportCluster',
    'metadata:',
    `  name: ${cluster}`,
    'spec:',
    '  stacks:',
    '    - name: web'
  ]
  if (parts.configMap)
    lines.push(
      '      manifests:',
      '        - name: web-config',
      `          manifest_base64: ${Buffer.from(parts.configMap).toString('base64')}`
    )
  if (parts.addon) lines.push('      addons:', ...appAddonLines('web', ns))
  writeFileSync(join(root, 'cluster.yaml'), `${lines.join('\n')}\n`)
}

const run = (command: string) => cliIn(root, helmBinary)(command)

const configMap = (name: string) =>
  kubectlGet(
    ['configmap', name, '-n', ns, '--ignore-not-found'],
    '{.metadata.uid} {.metadata.annotations.meta\\.helm\\.sh/release-name}'
  )

test.each([3, 4] as const)(
  "helm %i: an add-on removed while a manifest declares its chart's ConfigMap: the release goes, the ConfigMap stays",
  async (major) => {
    ns = (await uniqueNamespace(`ejected-v${major}`)).name
    cluster = `e2e-${ns}`
    root = mkdtempSync(join(tmpdir(), 'clustersync-ejected-'))
    helmBinary = major === 3 ? 'helm' : 'helm4'
    definition({ addon: true })
    expect((await run('sync')).code).toBe(0)
    const [uid, owner] = (await configMap('web')).split(' ')
    expect(owner).toBe('web')
    expect(uid).not.toBe('')

    // The commit: the add-on removed, its ConfigMap declared by hand.
    definition({
      addon: false,
      configMap: `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: web\n  namespace: ${ns}\ndata:\n  MESSAGE: ejected\n`
    })
    const plan = await run('plan')
    expect(plan.stdout).toMatch(
      new RegExp(
        `helm:${ns}/web +pruned +\\(.*keeps ConfigMap/${ns}/web, which this definition declares`
      )
    )

    const synced = await run('sync')
    expect(synced.code).toBe(0)
    expect(synced.stdout).toContain(`pruned helm:${ns}/web`)
    // The same object, no longer claiming the release it came from.
    expect(await configMap('web')).toBe(`${uid} `)
    expect(
      await kubectlGet(['configmap', 'web', '-n', ns], '{.data.MESSAGE}')
    ).toBe('ejected')
    // The release and its other objects are gone.
    const releases = JSON.parse(
      (await helm(major, ['list', '-n', ns, '-o', 'json'])).stdout
    ) as unknown[]
    expect(releases).toEqual([])
    const left = await kubectl([
      'get',
      'deployment,service,secret',
      '-n',
      ns,
      '-o',
      'name'
    ])
    expect(left.stdout.trim()).toBe('')

    // The next sync has nothing to do; dropping the manifest prunes it.
    const again = await run('sync')
    expect(again.code).toBe(0)
    expect(again.stdout).not.toMatch(/pruned|helm:|configured/)
    definition({ addon: false })
    expect((await run('sync')).code).toBe(0)
    expect(await configMap('web')).toBe('')
  },
  slow
)
