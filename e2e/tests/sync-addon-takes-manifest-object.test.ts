/**
 * One commit replaces a hand-written manifest by an add-on whose chart
 * renders the same object (here the ConfigMap `web`). helm refused to
 * install over an object it does not own, and the prune that would have
 * removed the manifest's object runs only after every step succeeded, so
 * every sync failed the same way (found by Ankra-user and day-2 testers).
 * Now the object, which this definition applied and no longer declares,
 * is handed to the release (the same object, same uid), and the prune
 * leaves it to the release. An object someone else made stays a failure.
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

async function begin(major: 3 | 4, prefix: string): Promise<void> {
  ns = (await uniqueNamespace(`${prefix}-v${major}`)).name
  cluster = `e2e-${ns}`
  root = mkdtempSync(join(tmpdir(), 'clustersync-takes-'))
  helmBinary = major === 3 ? 'helm' : 'helm4'
}

function definition(parts: { addon: boolean; configMap: boolean }): void {
  const configMap = `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: web\n  namespace: ${ns}\ndata:\n  message: by hand\n`
  const other = `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: other\n  namespace: ${ns}\n`
  const objects = parts.configMap ? `${configMap}---\n${other}` : other
  writeFileSync(
    join(root, 'cluster.yaml'),
    [
      'apiVersion: v1',
      'kind: ImportCluster',
      'metadata:',
      `  name: ${cluster}`,
      'spec:',
      '  stacks:',
      '    - name: web',
      '      manifests:',
      '        - name: web-config',
      `          manifest_base64: ${Buffer.from(objects).toString('base64')}`,
      ...(parts.addon ? ['      addons:', ...appAddonLines('web', ns)] : []),
      ''
    ].join('\n')
  )
}

const run = (command: string) => cliIn(root, helmBinary)(command)

const uidOf = (name: string) =>
  kubectlGet(
    ['configmap', name, '-n', ns, '--ignore-not-found'],
    '{.metadata.uid}'
  )

test.each([3, 4] as const)(
  'helm %i: a manifest replaced by an add-on that renders its ConfigMap: the release takes it',
  async (major) => {
    await begin(major, 'takes')
    definition({ addon: false, configMap: true })
    expect((await run('sync')).code).toBe(0)
    const uid = await uidOf('web')
    expect(uid).not.toBe('')

    definition({ addon: true, configMap: false })
    const synced = await run('sync')
    expect(synced.code).toBe(0)
    expect(synced.stdout).toContain(`configured ConfigMap/${ns}/web`)
    expect(synced.stdout).toContain("1 left in place (a Helm release's)")
    // The same object, now the chart's.
    expect(await uidOf('web')).toBe(uid)
    expect(
      await kubectlGet(['configmap', 'web', '-n', ns], '{.data.message}')
    ).toBe('hello from app 1.1.0')
    const releases = JSON.parse(
      (await helm(major, ['list', '-n', ns, '-o', 'json'])).stdout
    ) as { name: string; status: string }[]
    expect(releases.map((r) => [r.name, r.status])).toEqual([
      ['web', 'deployed']
    ])

    // Nothing left to do; removing the add-on uninstalls it, ConfigMap too.
    const again = await run('sync')
    expect(again.code).toBe(0)
    expect(again.stdout).not.toMatch(/pruned|configured|created/)
    definition({ addon: false, configMap: false })
    expect((await run('sync')).code).toBe(0)
    expect(await uidOf('web')).toBe('')
    expect(await uidOf('other')).not.toBe('')
  },
  slow
)

test(
  'an object someone else made is not taken: helm still refuses it',
  async () => {
    await begin(3, 'not-taken')
    definition({ addon: false, configMap: false })
    expect((await run('sync')).code).toBe(0)
    await kubectl(['create', 'configmap', 'web', '-n', ns])
    definition({ addon: true, configMap: false })
    const synced = await run('sync')
    expect(synced.code).not.toBe(0)
    expect(synced.stdout + synced.stderr).toContain(
      'exists and cannot be imported into the current release'
    )
    expect(synced.stdout).not.toContain('handed to release')
  },
  slow
)
