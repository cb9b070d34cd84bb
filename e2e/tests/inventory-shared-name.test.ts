// Two cluster definitions whose names make one inventory name (the first
// 51 characters count, lower-cased): the second sync must not take the
// first's record as its own, or it would prune the first's objects. It is
// refused before anything is applied, naming the record's owner and the fix,
// and the first definition's object stays.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { kubectl, kubectlGet, uniqueNamespace } from '../support/cluster.js'
import { sync } from './sync-support.js'

function definition(cluster: string, ns: string, configMap: string): string {
  return [
    'apiVersion: v1',
    'kind: ImportCluster',
    'metadata:',
    `  name: ${cluster}`,
    'spec:',
    '  stacks:',
    '    - name: settings',
    '      manifests:',
    `        - name: ${configMap}`,
    '          manifest: |',
    '            apiVersion: v1',
    '            kind: ConfigMap',
    '            metadata:',
    `              name: ${configMap}`,
    `              namespace: ${ns}`,
    '            data:',
    `              owner: ${cluster}`,
    ''
  ].join('\n')
}

describe('cluster names that make one inventory name', () => {
  let ns: string
  let stem: string
  const repos: string[] = []

  beforeAll(async () => {
    ns = (await uniqueNamespace('shared-name')).name
    // 51 characters in common, then the names differ.
    stem = `${ns}-`.padEnd(51, 'x')
  })
  afterAll(async () => {
    await kubectl([
      'delete',
      'namespace',
      ns,
      '--ignore-not-found',
      '--wait=false'
    ])
    await kubectl([
      'delete',
      'configmap,lease',
      `clustersync-${stem}`,
      '-n',
      'clustersync-system',
      '--ignore-not-found'
    ])
    for (const repo of repos) rmSync(repo, { recursive: true, force: true })
  })

  const repoWith = (cluster: string, configMap: string): string => {
    const repo = mkdtempSync(join(tmpdir(), 'clustersync-shared-name-'))
    repos.push(repo)
    writeFileSync(
      join(repo, 'cluster.yaml'),
      definition(cluster, ns, configMap)
    )
    return repo
  }

  it("refuses the second definition's sync and leaves the first's objects", async () => {
    const first = await sync(repoWith(`${stem}-team-a`, 'team-a'), 'helm')
    expect(first.code).toBe(0)
    const second = await sync(repoWith(`${stem}-team-b`, 'team-b'), 'helm')
    expect(second.code).not.toBe(0)
    expect(second.result.status).toBe('error')
    expect(JSON.stringify(second.result)).toContain(
      `is the record of cluster definition \\"${stem}-team-a\\", not \\"${stem}-team-b\\"`
    )
    expect(
      await kubectlGet(['configmap', 'team-a', '-n', ns], '{.data.owner}')
    ).toBe(`${stem}-team-a`)
    // Nothing of the second definition was applied either.
    const listed = await kubectl(['get', 'configmap', '-n', ns, '-o', 'name'])
    expect(listed.stdout).not.toContain('team-b')
  }, 120_000)
})
