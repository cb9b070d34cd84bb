import { HelmClient, chartArgs } from '../../src/cluster/helm.js'
import { KubectlClient } from '../../src/cluster/kubectl.js'
import { FakeClock } from '../../__fixtures__/fakes/fake-clock.js'
import {
  answerHelmPulls,
  FakeExec
} from '../../__fixtures__/fakes/fake-exec.js'
import {
  defaultHelmConfig,
  defaultKubectlConfig
} from '../../src/engine/engine-options.js'

const cm = {
  apiVersion: 'v1',
  kind: 'ConfigMap',
  metadata: { name: 'a', namespace: 'x' }
}
const kube = (exec: FakeExec, clock = new FakeClock()): KubectlClient =>
  new KubectlClient(exec, clock, {
    ...defaultKubectlConfig(),
    kubeconfig: '/k/config',
    context: 'ctx'
  })

describe('KubectlClient', () => {
  it('applies a batch in one server-side call with the fixed field manager', async () => {
    const exec = new FakeExec().on(['apply'], {
      stdout: JSON.stringify({ kind: 'List', items: [cm] })
    })
    const { applied } = await kube(exec).apply([cm, cm], { force: false })
    expect(exec.calls).toEqual([
      {
        command: 'kubectl',
        args: [
          '--kubeconfig=/k/config',
          '--context=ctx',
          'apply',
          '--server-side',
          '--field-manager=clustersync',
          '-f',
          '-',
          '-o',
          'json'
        ],
        input: JSON.stringify({
          apiVersion: 'v1',
          kind: 'List',
          items: [cm, cm]
        })
      }
    ])
    expect(applied).toEqual([cm])
  })

  it('adds --force-conflicts only for force: true', async () => {
    const exec = new FakeExec().on(['apply'], { stdout: '{}' })
    await kube(exec).apply([cm], { force: true })
    expect(exec.calls[0]?.args).toContain('--force-conflicts')
  })

  it('retries a transient failure with backoff and counts it', async () => {
    const clock = new FakeClock()
    const exec = new FakeExec().on(
      ['get'],
      {
        exitCode: 1,
        stderr:
          'The connection to the server 127.0.0.1:6443 was refused - did you specify the right host or port? dial tcp: connection refused'
      },
      { exitCode: 1, stderr: 'Error from server: etcdserver: leader changed' },
      { stdout: '{"kind":"List","items":[]}' }
    )
    let retries = 0
    const client = kube(exec, clock).withRetryListener(() => retries++)
    expect(
      await client.get([
        { apiVersion: 'v1', kind: 'ConfigMap', name: 'a', namespace: 'x' }
      ])
    ).toEqual([])
    expect(retries).toBe(2)
    expect(clock.sleeps).toEqual([1000, 2000])
  })

  it('fails fast on a permanent failure with command, exit code and stderr', async () => {
    const clock = new FakeClock()
    const exec = new FakeExec().on(['get'], {
      exitCode: 1,
      stderr: 'error: no matches for kind "Foo" in version "example.com/v1"\n'
    })
    await expect(
      kube(exec, clock).get([
        { apiVersion: 'example.com/v1', kind: 'Foo', name: 'a' }
      ])
    ).rejects.toMatchObject({
      name: 'ToolError',
      exitCode: 1,
      command: 'kubectl get -f - -o json --ignore-not-found',
      stderr: 'error: no matches for kind "Foo" in version "example.com/v1"'
    })
    expect(clock.sleeps).toEqual([])
  })

  it('never puts the kubeconfig path into error messages', async () => {
    const exec = new FakeExec().on(['delete'], {
      exitCode: 1,
      stderr: 'forbidden'
    })
    const error = await kube(exec)
      .delete([{ apiVersion: 'v1', kind: 'ConfigMap', name: 'a' }], 30_000)
      .catch((e: Error) => e)
    expect(String(error)).not.toContain('/k/config')
  })
})

const addon = {
  release: 'web',
  namespace: 'shop',
  chartName: 'app',
  chartVersion: '1.0.0',
  chart: {
    type: 'http' as const,
    location: 'https://charts.example',
    resolvedBy: 'repository_url' as const
  },
  values: { replicas: 2 },
  root: '/repo',
  timeoutMs: 120_000
}

describe('HelmClient', () => {
  it.each([
    ['v3.22.0+gabc', '--atomic'],
    ['v4.3.1+gdef', '--rollback-on-failure']
  ])('upgrade --install on %s rolls back with %s', async (version, flag) => {
    const exec = answerHelmPulls(new FakeExec())
      .on(['version'], { stdout: version })
      .on(['upgrade'], { stdout: 'ok' })
    const helm = new HelmClient(exec, new FakeClock(), {
      ...defaultHelmConfig(),
      kubeconfig: '/k/config'
    })
    await helm.upgradeInstall(addon)
    // The chart is pulled first (chart-pulls.ts), then installed from its archive.
    const destination = exec.calls[1]?.args[6] ?? ''
    expect(exec.calls[1]).toEqual({
      command: 'helm',
      args: [
        'pull',
        '--repo',
        'https://charts.example',
        '--version',
        '1.0.0',
        '--destination',
        destination,
        '--kubeconfig=/k/config',
        '--',
        'app'
      ]
    })
    expect(exec.calls[2]).toEqual({
      command: 'helm',
      args: [
        'upgrade',
        '--install',
        '--namespace',
        'shop',
        '--create-namespace',
        '--values',
        '-',
        // The definition's values alone: without it helm keeps the
        // release's values when the definition gives none.
        '--reset-values',
        '--wait',
        flag,
        '--disable-openapi-validation',
        '--timeout',
        '120s',
        '--kubeconfig=/k/config',
        // Positional arguments after `--`: a release named like a flag
        // stays a release name.
        '--',
        'web',
        `${destination}/app-1.0.0.tgz`
      ],
      input: '{"replicas":2}'
    })
  })

  it('hides chart repository credentials in its errors', () => {
    const helm = new HelmClient(new FakeExec(), new FakeClock(), {
      ...defaultHelmConfig(),
      kubeconfig: '/k/config'
    })
    const url = 'https://bob:tok3n@charts.example'
    const error = helm.toolError(['upgrade', '--repo', url, '--', 'web'], {
      exitCode: 1,
      stdout: '',
      stderr: `Error: looks like "${url}" is not a valid chart repository`,
      timedOut: false
    })
    expect(error.message).toContain('--repo https://***@charts.example')
    expect(error.message).not.toContain('tok3n')
  })

  it('builds oci and folder chart references', () => {
    const oci = {
      type: 'oci' as const,
      location: 'oci://registry.example/charts',
      resolvedBy: 'registry_url' as const
    }
    expect(chartArgs({ ...addon, chart: oci })).toEqual([
      'oci://registry.example/charts/app',
      '--version',
      '1.0.0'
    ])
    expect(
      chartArgs({
        ...addon,
        chart: { ...oci, location: 'oci://registry.example/charts/app/' }
      })
    ).toEqual(['oci://registry.example/charts/app', '--version', '1.0.0'])
    expect(
      chartArgs({
        ...addon,
        chart: { type: 'path', location: 'charts/app', resolvedBy: 'path' }
      })
    ).toEqual(['/repo/charts/app'])
  })

  it('rolls a pending-upgrade back to the last deployed revision', async () => {
    const history = [
      { revision: 1, status: 'superseded' },
      { revision: 2, status: 'deployed' },
      { revision: 3, status: 'pending-upgrade' }
    ]
    const exec = new FakeExec()
      .on(['list'], { stdout: listed('web', 3, 'pending-upgrade') })
      .on(['history'], { stdout: JSON.stringify(history) })
      .on(['rollback'], {})
    const helm = new HelmClient(exec, new FakeClock(), defaultHelmConfig())
    expect(await helm.recoverPending('web', 'shop', 60_000)).toBe(
      'release shop/web was pending-upgrade (revision 3); rolled back to revision 2'
    )
    expect(exec.callsWith('rollback')[0]?.args).toEqual([
      'rollback',
      '--namespace',
      'shop',
      '--wait',
      '--timeout',
      '60s',
      '--',
      'web',
      '2'
    ])
  })

  it('uninstalls a pending-install that never deployed', async () => {
    const exec = new FakeExec()
      .on(['list'], { stdout: listed('web', 1, 'pending-install') })
      .on(['history'], {
        stdout: JSON.stringify([{ revision: 1, status: 'pending-install' }])
      })
      .on(['uninstall'], {})
    const helm = new HelmClient(exec, new FakeClock(), defaultHelmConfig())
    expect(await helm.recoverPending('web', 'shop', 60_000)).toContain(
      'never deployed; uninstalled it'
    )
    expect(exec.callsWith('uninstall')).toHaveLength(1)
  })

  it('names the command when helm history prints something else than revisions', async () => {
    const exec = new FakeExec()
      .on(['list'], { stdout: listed('web', 2, 'pending-upgrade') })
      .on(['history'], {
        stdout: 'WARNING: Kubernetes configuration file is group-readable'
      })
    const helm = new HelmClient(exec, new FakeClock(), defaultHelmConfig())
    await expect(helm.recoverPending('web', 'shop', 60_000)).rejects.toThrow(
      /helm history.*unexpected output \(not a list of revisions\): WARNING/s
    )
  })

  it('leaves a deployed or missing release alone, without asking for its history', async () => {
    const exec = new FakeExec().on(['list'], {
      stdout: listed('web', 4, 'deployed')
    })
    const helm = new HelmClient(exec, new FakeClock(), defaultHelmConfig())
    expect(await helm.recoverPending('web', 'shop', 60_000)).toBeUndefined()
    expect(await helm.recoverPending('api', 'shop', 60_000)).toBeUndefined()
    expect(exec.callsWith('history')).toHaveLength(0)
  })

  it('lists a namespace once for all its releases, and reads a release it changed again', async () => {
    const exec = new FakeExec()
      .on(['list'], { stdout: listed('web', 1, 'deployed') })
      .on(['history'], {
        stdout: JSON.stringify([
          { revision: 1, status: 'superseded' },
          { revision: 2, status: 'deployed' }
        ])
      })
      .on(['version'], { stdout: 'v3.22.0' })
      .on(['upgrade'], {})
    const helm = new HelmClient(exec, new FakeClock(), defaultHelmConfig())
    const step = helm.withRetryListener(() => undefined)
    expect(await helm.release('web', 'shop')).toEqual({
      revision: 1,
      status: 'deployed'
    })
    expect(await step.release('api', 'shop')).toBeUndefined()
    expect(exec.callsWith('list')).toHaveLength(1)
    expect(exec.callsWith('list')[0]?.args).toEqual([
      'list',
      '--namespace',
      'shop',
      '--deployed',
      '--failed',
      '--pending',
      '--superseded',
      '--uninstalled',
      '--uninstalling',
      '--max',
      '0',
      '-o',
      'json',
      '--'
    ])
    await step.upgradeInstall({ ...addon, release: 'web', namespace: 'shop' })
    expect(await helm.release('web', 'shop')).toEqual({
      revision: 2,
      status: 'deployed'
    })
    expect(exec.callsWith('list')).toHaveLength(1)
  })

  it('names the command when helm list prints something else than releases', async () => {
    const exec = new FakeExec().on(['list'], { stdout: 'not json' })
    const helm = new HelmClient(exec, new FakeClock(), defaultHelmConfig())
    await expect(helm.release('web', 'shop')).rejects.toThrow(
      /helm list --namespace shop.*unexpected output \(not a list of releases\): not json/s
    )
  })
})

/** `helm list -o json` with one release (helm prints revisions as text). */
function listed(name: string, revision: number, status: string): string {
  return JSON.stringify([
    { name, namespace: 'shop', revision: String(revision), status }
  ])
}
