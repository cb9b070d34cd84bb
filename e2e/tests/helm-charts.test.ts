// Helm against the local control plane and chart repository, with both
// majors ClusterSync supports: helm v3 (`helm`) and helm v4 (`helm4`). Covers
// the app chart's install → upgrade → rollback → uninstall cycle and the
// behaviour each special test chart promises (see e2e/charts/*/Chart.yaml).
import {
  clusterEnv,
  helm,
  kubectl,
  kubectlGet,
  uniqueNamespace,
  type TestNamespace
} from '../support/cluster.js'

interface Revision {
  revision: number
  status: string
  chart: string
  description: string
}

describe.each([3, 4] as const)('helm v%i', (major) => {
  const repo = (): string => clusterEnv().chartRepo
  let ns: TestNamespace

  beforeAll(async () => {
    ns = await uniqueNamespace(`helm${major}`)
  })
  afterAll(async () => {
    await ns.cleanup()
  })

  const history = async (release: string): Promise<Revision[]> => {
    const args = ['history', release, '-n', ns.name, '-o', 'json']
    return JSON.parse((await helm(major, args)).stdout) as Revision[]
  }
  const configData = async (name: string): Promise<Record<string, string>> =>
    JSON.parse(
      await kubectlGet(['configmap', name, '-n', ns.name], '{.data}')
    ) as Record<string, string>

  it('reports its major version', async () => {
    const { stdout } = await helm(major, ['version', '--short'])
    expect(stdout).toMatch(new RegExp(`^v${major}\\.`))
  })

  it('installs, upgrades, rolls back and uninstalls the app chart', async () => {
    const release = 'web'
    const install = (version: string, extra: string[] = []) =>
      helm(major, [
        'upgrade',
        '--install',
        release,
        'app',
        '--repo',
        repo(),
        '--version',
        version,
        '-n',
        ns.name,
        '--wait',
        '--timeout',
        '90s',
        ...extra
      ])

    await install('1.0.0')
    expect(await configData(release)).toEqual({
      chartVersion: '1.0.0',
      message: 'hello from app 1.0.0'
    })
    const deploy = ['deployment', release, '-n', ns.name]
    expect(await kubectlGet(deploy, '{.status.readyReplicas}')).toBe('1')
    expect(
      await kubectlGet(['service', release, '-n', ns.name], '{.spec.type}')
    ).toBe('ClusterIP')

    await install('1.1.0', ['--set', 'replicas=2', '--set', 'message=upgraded'])
    expect(await configData(release)).toEqual({
      chartVersion: '1.1.0',
      message: 'upgraded',
      color: 'blue'
    })
    expect(await kubectlGet(deploy, '{.status.readyReplicas}')).toBe('2')

    await helm(major, ['rollback', release, '1', '-n', ns.name, '--wait'])
    expect(await configData(release)).toEqual({
      chartVersion: '1.0.0',
      message: 'hello from app 1.0.0'
    })
    const revisions = await history(release)
    expect(revisions.map((r) => [r.revision, r.chart, r.status])).toEqual([
      [1, 'app-1.0.0', 'superseded'],
      [2, 'app-1.1.0', 'superseded'],
      [3, 'app-1.0.0', 'deployed']
    ])

    await helm(major, ['uninstall', release, '-n', ns.name, '--wait'])
    const status = await helm(major, ['status', release, '-n', ns.name], {
      allowFailure: true
    })
    expect(status.code).not.toBe(0)
    const left = await kubectl(
      ['get', 'deployment,service,configmap', release, '-n', ns.name],
      { allowFailure: true }
    )
    expect(left.stderr).toContain('NotFound')
    expect(left.stdout).toBe('')
  })

  it('installs the app chart from the OCI registry', async () => {
    const chart = `${clusterEnv().ociRepo}/app`
    await helm(major, [
      'upgrade',
      '--install',
      'from-oci',
      chart,
      '--version',
      '1.1.0',
      '--plain-http',
      '-n',
      ns.name,
      '--wait'
    ])
    expect(await configData('from-oci')).toMatchObject({
      chartVersion: '1.1.0'
    })
    const revisions = await history('from-oci')
    expect(revisions.map((r) => [r.chart, r.status])).toEqual([
      ['app-1.1.0', 'deployed']
    ])
  })

  it('installs the CRD chart: the CRD first, then a resource of it', async () => {
    await helm(major, [
      'upgrade',
      '--install',
      'widgets',
      'crd-chart',
      '--repo',
      repo(),
      '-n',
      ns.name,
      '--wait'
    ])
    expect(
      await kubectlGet(
        ['crd', 'widgets.e2e.clustersync.dev'],
        '{.status.conditions[?(@.type=="Established")].status}'
      )
    ).toBe('True')
    expect(
      await kubectlGet(['widget', 'widgets', '-n', ns.name], '{.spec.size}')
    ).toBe('3')
  })

  it('runs the pre-install hook Job of the hook chart to completion', async () => {
    await helm(major, [
      'upgrade',
      '--install',
      'hooked',
      'hook-chart',
      '--repo',
      repo(),
      '-n',
      ns.name,
      '--wait'
    ])
    const job = ['job', 'hooked-pre-install', '-n', ns.name]
    expect(await kubectlGet(job, '{.status.succeeded}')).toBe('1')
    expect(await configData('hooked')).toEqual({ installedAfterHook: 'true' })
  })

  it('fails the failing chart and removes the release again', async () => {
    const rollback = major === 3 ? '--atomic' : '--rollback-on-failure'
    const result = await helm(
      major,
      [
        'upgrade',
        '--install',
        'broken',
        'failing-chart',
        '--repo',
        repo(),
        '-n',
        ns.name,
        '--wait',
        '--timeout',
        '60s',
        rollback
      ],
      { allowFailure: true }
    )
    expect(result.code).not.toBe(0)
    expect(result.stderr).toContain('pre-install')
    expect(result.stderr).toContain('uninstalled')
    const job = ['job', 'broken-pre-install', '-n', ns.name]
    expect(await kubectlGet(job, '{.status.failed}')).toBe('1')
    const status = await helm(major, ['status', 'broken', '-n', ns.name], {
      allowFailure: true
    })
    expect(status.stderr).toContain('not found')
    const cm = await kubectl(['get', 'configmap', 'broken', '-n', ns.name], {
      allowFailure: true
    })
    expect(cm.stderr).toContain('NotFound')
  })
})
