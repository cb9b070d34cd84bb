/**
 * Names of manifests made from files of raw objects: taken from the
 * definition's folder, so moving that folder (with its files) inside a
 * repository renames nothing; files outside it get a root-anchored name.
 */
import { MemoryFs } from '../../__fixtures__/fakes/memory-fs.js'
import { loadDefinition } from '../../src/definition/load.js'
import { rawManifestName } from '../../src/definition/raw-manifest-name.js'
import { buildPlan } from '../../src/plan/build-plan.js'
import { validateDefinition } from '../../src/validate/check-definition.js'

const ns = (name: string): string =>
  `apiVersion: v1\nkind: Namespace\nmetadata:\n  name: ${name}\n`

/** A cluster in `folder` including a namespace file and a shared file. */
function repo(folder: string, parent: string): Record<string, string> {
  const prefix = folder === '' ? '' : `${folder}/`
  const up = folder === '' ? '' : '../'.repeat(folder.split('/').length)
  return {
    [`/repo/${prefix}cluster.yaml`]: [
      'apiVersion: v1',
      'kind: ImportCluster',
      'metadata: { name: demo }',
      'spec:',
      '  stacks:',
      '    - name: a',
      '      manifests:',
      '        - include: platform/shop.yaml',
      `        - include: ${up}shared/quota-ns.yaml`,
      '        - name: settings',
      '          manifest: "apiVersion: v1\\nkind: ConfigMap\\nmetadata: {name: s, namespace: shop}"',
      `          parents: [{ manifest: ${parent} }]`,
      ''
    ].join('\n'),
    [`/repo/${prefix}platform/shop.yaml`]: ns('shop'),
    '/repo/shared/quota-ns.yaml': ns('quota')
  }
}

async function validate(files: Record<string, string>, file: string) {
  const loaded = await loadDefinition({
    fs: new MemoryFs(files),
    root: '/repo',
    file
  })
  return validateDefinition(loaded, { mode: 'validate' })
}

describe('raw-object manifest names', () => {
  it.each([
    ['cluster.yaml', 'platform/x.yaml', 'platform/x'],
    [
      'clusters/prod/cluster.yaml',
      'clusters/prod/platform/x.yml',
      'platform/x'
    ],
    ['clusters/prod/cluster.yaml', 'shared/x.yaml', '/shared/x'],
    [
      'clusters/prod/cluster.yaml',
      'clusters/prod-eu/x.yaml',
      '/clusters/prod-eu/x'
    ],
    ['./cluster.yaml', 'x.yaml', 'x']
  ])('%s includes %s: named %s', (definition, path, name) => {
    expect(rawManifestName(definition, path)).toBe(name)
  })

  it('keeps every name when the cluster folder moves deeper', async () => {
    const names = async (folder: string) => {
      const prefix = folder === '' ? '' : `${folder}/`
      const result = await validate(
        repo(folder, 'platform/shop'),
        `${prefix}cluster.yaml`
      )
      expect(result.diagnostics).toEqual([])
      return result.definition?.stacks[0]?.manifests.map((m) => m.name)
    }
    expect(await names('clusters/prod')).toEqual([
      'platform/shop',
      '/shared/quota-ns',
      'settings'
    ])
    expect(await names('infra/clusters/eu/prod')).toEqual(
      await names('clusters/prod')
    )
  })

  it('accepts the old name in parents with a warning, and plans the step under the new id', async () => {
    const result = await validate(
      repo('clusters/prod', 'clusters/prod/platform/shop'),
      'clusters/prod/cluster.yaml'
    )
    expect(result.diagnostics).toEqual([
      expect.objectContaining({
        severity: 'warning',
        code: 'deprecated-manifest-name',
        file: 'clusters/prod/cluster.yaml',
        line: 12,
        message: expect.stringContaining(
          'its name is now "platform/shop"'
        ) as unknown
      })
    ])
    const definition = result.definition
    if (!definition) throw new Error('expected a valid definition')
    const plan = buildPlan(definition)
    const settings = plan.steps.find((s) => s.id === 'manifest:settings')
    expect(settings?.dependsOn).toContain('manifest:platform/shop')
    const legacyIds = plan.steps.map((s) =>
      s.kind === 'manifest' ? s.legacyId : undefined
    )
    expect(legacyIds).toEqual([
      'manifest:clusters/prod/platform/shop',
      'manifest:shared/quota-ns',
      undefined
    ])
  })

  it('lets a declared name win over an old name that spells the same, and says so', async () => {
    const files = repo('clusters/prod', 'shared/quota-ns')
    // Inside the folder, clusters/prod/shared/quota-ns.yaml is named
    // shared/quota-ns: the old name of /shared/quota-ns.
    files['/repo/clusters/prod/shared/quota-ns.yaml'] = ns('inner')
    files['/repo/clusters/prod/cluster.yaml'] = (
      files['/repo/clusters/prod/cluster.yaml'] ?? ''
    ).replace(
      '        - name: settings',
      '        - include: shared/quota-ns.yaml\n        - name: settings'
    )
    const result = await validate(files, 'clusters/prod/cluster.yaml')
    // The previous release read this parent as the root file: the deploy
    // order changes, so the user is told which file it means now and how to
    // write the other.
    expect(result.diagnostics).toEqual([
      expect.objectContaining({
        severity: 'warning',
        code: 'ambiguous-manifest-name',
        file: 'clusters/prod/cluster.yaml',
        line: 13
      })
    ])
    const [warning] = result.diagnostics
    expect(warning?.message).toContain(
      'means clusters/prod/shared/quota-ns.yaml (its name), not shared/quota-ns.yaml'
    )
    expect(`${warning?.message} ${warning?.hint}`).toContain(
      '"/shared/quota-ns"'
    )
    const settings = result.definition?.stacks[0]?.manifests.find(
      (m) => m.name === 'settings'
    )
    expect(settings?.parents.map((p) => p.name)).toEqual(['shared/quota-ns'])
  })
})
