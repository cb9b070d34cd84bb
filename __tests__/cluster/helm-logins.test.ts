/**
 * Charts behind a login: helm logs in once per registry and credential with
 * the password on stdin (never in argv, which /proc shows to anyone on the
 * machine), into a folder private to the run that `close()` removes; an
 * HTTP repository's credentials stay with its host (the chart comes from
 * the run's own repository entry, never --repo with a password, never
 * --pass-credentials). A refused login fails the step before helm touches
 * the release, naming the registry and the credential, never its value.
 */
import { HelmClient } from '../../src/cluster/helm.js'
import type { PrivateFolder } from '../../src/cluster/helm-logins.js'
import type { ChartSource } from '../../src/definition/definition-types.js'
import { defaultHelmConfig } from '../../src/engine/engine-options.js'
import { applyAddonStep } from '../../src/engine/addon-step.js'
import { StepFailure, type ApplyContext } from '../../src/engine/step-types.js'
import type { AddonStep } from '../../src/plan/plan-types.js'
import { FakeClock } from '../../__fixtures__/fakes/fake-clock.js'
import { FakeExec } from '../../__fixtures__/fakes/fake-exec.js'
import { RecordingLogger } from '../../__fixtures__/fakes/recording-logger.js'

const password = 'pa55-w0rd-never-in-argv'
const credentials = new Map([['charts-login', { username: 'ci', password }]])

function folders(): PrivateFolder & { created: number; removed: string[] } {
  const state = {
    created: 0,
    removed: [] as string[],
    create: () => `/tmp/private-${++state.created}`,
    // What `helm pull` saved there (the fake pull below saves nothing).
    list: () => ['app-1.0.0.tgz'],
    remove: (path: string) => void state.removed.push(path)
  }
  return state
}

const http: ChartSource = {
  type: 'http',
  location: 'https://charts.internal.example/stable',
  resolvedBy: 'registry_name',
  registryName: 'internal',
  credentialName: 'charts-login'
}
const oci: ChartSource = {
  type: 'oci',
  location: 'oci://127.0.0.1:5000/charts',
  resolvedBy: 'registry_url',
  credentialName: 'charts-login'
}

function client(version = 'v3.22.0', refuse = false) {
  const exec = new FakeExec()
    .on(['version'], { stdout: version })
    .on(['upgrade'], { stdout: 'ok' })
    .on((call) => call.args[0] === 'pull', {})
    .on(['history'], { exitCode: 1, stderr: 'Error: release: not found' })
    .on(
      (call) => call.args.includes('--password-stdin'),
      refuse
        ? {
            exitCode: 1,
            stderr:
              'Error: looks like "https://charts.internal.example/stable" is not a valid chart repository or cannot be reached: failed to fetch https://charts.internal.example/stable/index.yaml : 401 Unauthorized'
          }
        : { stdout: 'ok' }
    )
  const dirs = folders()
  const helm = new HelmClient(
    exec,
    new FakeClock(),
    { ...defaultHelmConfig(), kubeconfig: '/k/config', credentials },
    undefined,
    undefined,
    dirs
  )
  return { exec, helm, dirs }
}

const upgrade = (helm: HelmClient, chart: ChartSource) =>
  helm.chartAccess(chart).then((access): Promise<unknown> =>
    access && 'failure' in access
      ? Promise.resolve(access)
      : helm.upgradeInstall({
          release: 'web',
          namespace: 'shop',
          chart,
          chartName: 'app',
          chartVersion: '1.0.0',
          values: {},
          root: '/repo',
          timeoutMs: 60_000,
          ...(access ? { access } : {})
        })
  )

describe('HelmClient with registry credentials', () => {
  it('adds an HTTP repository once, password on stdin, in a private folder', async () => {
    const { exec, helm, dirs } = client()
    await upgrade(helm, http)
    await upgrade(helm, http)
    const logins = exec.calls.filter((c) => c.args[0] === 'repo')
    expect(logins).toHaveLength(1)
    const [login] = logins
    expect(login?.input).toBe(password)
    expect(login?.args).toEqual([
      'repo',
      'add',
      '--username',
      'ci',
      '--password-stdin',
      '--force-update',
      expect.stringMatching(
        /^--registry-config=\/tmp\/private-1\/clustersync-[0-9a-f]{12}-registry\.json$/
      ),
      '--repository-config=/tmp/private-1/repositories.yaml',
      '--repository-cache=/tmp/private-1/cache',
      '--kubeconfig=/k/config',
      '--',
      expect.stringMatching(/^clustersync-[0-9a-f]{12}$/),
      'https://charts.internal.example/stable'
    ])
    const alias = login?.args.at(-2) ?? ''
    // The chart is pulled once, from the run's entry, so helm sends the
    // login to that repository's host only; both installs use the archive.
    const pulls = exec.calls.filter((c) => c.args[0] === 'pull')
    expect(pulls).toHaveLength(1)
    expect(pulls[0]?.args.at(-1)).toBe(`${alias}/app`)
    expect(pulls[0]?.args).not.toContain('--repo')
    expect(pulls[0]?.args).toContain(
      '--repository-config=/tmp/private-1/repositories.yaml'
    )
    expect(pulls[0]?.args).toContain('/tmp/private-2')
    const installs = exec.calls.filter((c) => c.args[0] === 'upgrade')
    expect(installs).toHaveLength(2)
    for (const install of installs) {
      expect(install.args.slice(-2)).toEqual([
        'web',
        '/tmp/private-2/app-1.0.0.tgz'
      ])
      expect(install.args).not.toContain('--repo')
    }
    for (const call of exec.calls) {
      expect(call.args.join(' ')).not.toContain(password)
      expect(call.args).not.toContain('--pass-credentials')
      expect(call.args).not.toContain('--password')
    }
    expect(dirs.created).toBe(2)
    helm.close()
    expect(dirs.removed).toEqual(['/tmp/private-1', '/tmp/private-2'])
  })

  it('logs in to an OCI registry with --password-stdin (plain HTTP on loopback)', async () => {
    const { exec, helm } = client('v4.3.1')
    await upgrade(helm, oci)
    const login = exec.calls.find((c) => c.args[0] === 'registry')
    expect(login?.input).toBe(password)
    expect(login?.args.slice(0, 6)).toEqual([
      'registry',
      'login',
      '--username',
      'ci',
      '--password-stdin',
      '--plain-http'
    ])
    expect(login?.args.at(-1)).toBe('127.0.0.1:5000')
    const install = exec.calls.find((c) => c.args[0] === 'upgrade')
    expect(install?.args.slice(-2)).toEqual([
      'web',
      'oci://127.0.0.1:5000/charts/app'
    ])
    expect(install?.args).toEqual(
      expect.arrayContaining([
        '--plain-http',
        expect.stringMatching(/^--registry-config=\/tmp\/private-1\//),
        // helm v4 caches pulled charts apart from its index cache.
        '--content-cache=/tmp/private-1/content'
      ])
    )
    expect(exec.calls.map((c) => c.args.join(' ')).join('\n')).not.toContain(
      password
    )
  })

  it('says which registry refused which credential, never its value', async () => {
    const { exec, helm } = client('v3.22.0', true)
    const access = await helm.chartAccess(http)
    expect(access).toEqual({
      failure:
        'chart registry https://charts.internal.example/stable refused the login with credential "charts-login" (401 Unauthorized)'
    })
    expect(exec.calls.some((c) => c.args[0] === 'upgrade')).toBe(false)
  })

  it('sends a credential bound to a host only to that host', async () => {
    const bound = new Map([
      [
        'charts-login',
        { username: 'ci', password, host: 'charts.internal.example' }
      ]
    ])
    const { HelmLogins } = await import('../../src/cluster/helm-logins.js')
    const logins = new HelmLogins(bound, folders())
    const run = () =>
      Promise.resolve({ exitCode: 0, stdout: '', stderr: '', timedOut: false })
    expect(await logins.access(http, 3, run)).toMatchObject({
      flags: expect.any(Array) as unknown
    })
    // A pull request pointing the credential at a host of its own.
    expect(
      await logins.access(
        { ...http, location: 'https://attacker.example/charts' },
        3,
        run
      )
    ).toEqual({
      failure:
        'chart registry https://attacker.example/charts: the credential "charts-login" is for charts.internal.example only, so it is not sent to attacker.example'
    })
    // Bound to it with http://, a plain-HTTP host is the owner's choice;
    // bound without, a pull request cannot downgrade it to plain HTTP.
    const bind = (host: string) =>
      new HelmLogins(
        new Map([['charts-login', { username: 'ci', password, host }]]),
        folders()
      )
    const plainUrl = { ...http, location: 'http://charts.lan:8080/stable' }
    expect(
      await bind('http://charts.lan:8080').access(plainUrl, 3, run)
    ).toMatchObject({ flags: expect.any(Array) as unknown })
    expect(await bind('charts.lan:8080').access(plainUrl, 3, run)).toEqual({
      failure:
        'chart registry http://charts.lan:8080/stable: the credential "charts-login" is bound to charts.lan:8080 over TLS, so it is not sent over plain HTTP (write host: http://charts.lan:8080 to allow it)'
    })
    // A binding written with the default port matches the URL without it.
    expect(
      await bind('charts.internal.example:443').access(http, 3, run)
    ).toMatchObject({ flags: expect.any(Array) as unknown })
  })

  it('does not send an unbound credential over plain HTTP, except to a loopback address', async () => {
    const { exec, helm } = client()
    expect(
      await helm.chartAccess({
        ...http,
        location: 'http://charts.example.net/stable'
      })
    ).toEqual({
      failure:
        'chart registry http://charts.example.net/stable: the credential "charts-login" is not sent over plain HTTP; use https://, or bind the credential to this host (host: http://charts.example.net)'
    })
    expect(exec.calls.some((c) => c.args.includes('--password-stdin'))).toBe(
      false
    )
    expect(
      await helm.chartAccess({
        ...http,
        location: 'http://127.0.0.1:8879/stable'
      })
    ).toMatchObject({ flags: expect.any(Array) as unknown })
  })

  it('fails a chart whose credential the run was not given', async () => {
    const { helm } = client()
    expect(
      await helm.chartAccess({ ...http, credentialName: 'other' })
    ).toEqual({
      failure:
        'chart registry https://charts.internal.example/stable needs the credential "other", which the run was not given (registry-credentials input, --registry-credentials file)'
    })
    // A chart that names no credential needs no login.
    expect(
      await helm.chartAccess({ ...http, credentialName: undefined })
    ).toBeUndefined()
  })
})

describe('applyAddonStep with a refused login', () => {
  it('fails the step before helm touches the release', async () => {
    const { exec, helm } = client('v3.22.0', true)
    const step = {
      id: 'apps/addon/web',
      kind: 'addon',
      namespace: 'shop',
      source: { file: 'cluster.yaml', line: 12, column: 7, pointer: '' },
      addon: {
        kind: 'addon',
        name: 'web',
        stack: 'apps',
        chartName: 'app',
        chartVersion: '1.0.0',
        chart: http,
        values: {},
        parents: [],
        source: { file: 'cluster.yaml', line: 12, column: 7, pointer: '' }
      }
    } as unknown as AddonStep
    const ctx = {
      helm,
      logger: new RecordingLogger(),
      root: '/repo',
      stepTimeoutMs: 60_000
    } as unknown as ApplyContext
    const failure = await applyAddonStep(step, ctx).catch((e: unknown) => e)
    expect(failure).toBeInstanceOf(StepFailure)
    expect((failure as StepFailure).message).toBe(
      'add-on web (cluster.yaml:12): chart registry https://charts.internal.example/stable refused the login with credential "charts-login" (401 Unauthorized)'
    )
    expect(exec.calls.map((c) => c.args[0])).toEqual(['version', 'repo'])
  })
})
