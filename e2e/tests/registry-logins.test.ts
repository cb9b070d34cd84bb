// Registry logins against servers that really check, with both helm
// majors: the distribution registry the plane runs, with htpasswd auth, and
// an HTTP chart repository that answers 401 without Basic credentials. The
// right password logs in; a wrong one fails naming the registry and the
// credential; no password is ever in a helm process's arguments.
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createNodeExec } from '../../src/adapters/node-exec.js'
import { HelmClient } from '../../src/cluster/helm.js'
import type { ChartSource } from '../../src/definition/definition-types.js'
import { defaultHelmConfig } from '../../src/engine/engine-options.js'
import type { Exec } from '../../src/ports/exec.js'
import { FakeClock } from '../../__fixtures__/fakes/fake-clock.js'
import {
  startLocalChartRepo,
  type LocalChartRepo
} from '../../__tests__/catalog/local-chart-repo.js'
import {
  clusterEnv,
  helm as runHelm,
  uniqueNamespace
} from '../support/cluster.js'
import {
  httpPassword,
  ociPassword,
  startHtpasswdRegistry,
  startProtectedChartRepo,
  type AuthServer
} from '../support/auth-registries.js'

let registry: AuthServer
let registryHost = ''
let repo: LocalChartRepo

beforeAll(async () => {
  registry = await startHtpasswdRegistry()
  registryHost = registry.address
  repo = await startLocalChartRepo({ username: 'ci', password: httpPassword })
})

afterAll(async () => {
  await registry.close()
  await repo.close()
})

/** The real exec, recording every argv. */
function recording(): { exec: Exec; argv: string[][] } {
  const real = createNodeExec()
  const argv: string[][] = []
  return {
    argv,
    exec: {
      run: (command, args, options) => {
        argv.push([command, ...args])
        return real.run(command, args, options)
      }
    }
  }
}

describe.each([
  [3, 'helm'],
  [4, 'helm4']
] as const)('helm v%i logs in', (_major, binary) => {
  const helmWith = (password: string) => {
    const { exec, argv } = recording()
    const helm = new HelmClient(exec, new FakeClock(), {
      ...defaultHelmConfig(),
      binary: join(clusterEnv().bin, binary),
      credentials: new Map([['login', { username: 'ci', password }]])
    })
    return { helm, argv }
  }
  const oci = (): ChartSource => ({
    type: 'oci',
    location: `oci://${registryHost}/charts`,
    resolvedBy: 'registry_url',
    credentialName: 'login'
  })
  const http = (): ChartSource => ({
    type: 'http',
    location: repo.url,
    resolvedBy: 'registry_url',
    credentialName: 'login'
  })

  it('to the htpasswd OCI registry, and is refused with a wrong password', async () => {
    const good = helmWith(ociPassword)
    try {
      const access = await good.helm.chartAccess(oci())
      expect(access).toEqual({ flags: expect.any(Array) as unknown })
    } finally {
      good.helm.close()
    }
    const bad = helmWith('wrong-password-123')
    try {
      expect(await bad.helm.chartAccess(oci())).toEqual({
        failure: `chart registry oci://${registryHost}/charts refused the login with credential "login" (401 Unauthorized)`
      })
    } finally {
      bad.helm.close()
    }
    for (const args of [...good.argv, ...bad.argv]) {
      expect(args.join(' ')).not.toMatch(/test-only-oci-pass|wrong-password/)
    }
  })

  it('to the Basic-auth HTTP repository, and is refused with a wrong password', async () => {
    const good = helmWith(httpPassword)
    try {
      const access = await good.helm.chartAccess(http())
      expect(access).toEqual({
        flags: expect.any(Array) as unknown,
        repository: expect.stringMatching(/^clustersync-/) as unknown
      })
    } finally {
      good.helm.close()
    }
    const bad = helmWith('wrong-password-456')
    try {
      expect(await bad.helm.chartAccess(http())).toEqual({
        failure: `chart registry ${repo.url} refused the login with credential "login" (401 Unauthorized)`
      })
    } finally {
      bad.helm.close()
    }
    for (const args of [...good.argv, ...bad.argv]) {
      expect(args.join(' ')).not.toMatch(/test-only-http-pass|wrong-password/)
    }
  })
})

describe.each([
  [3, 'helm'],
  [4, 'helm4']
] as const)('helm v%i installs a chart behind a login', (major, binary) => {
  it('from a Basic-auth HTTP repository and from the htpasswd OCI registry', async () => {
    const ns = await uniqueNamespace(`regauth${major}`)
    const server = await startProtectedChartRepo()
    const url = server.address
    const { exec, argv } = recording()
    const config = {
      ...defaultHelmConfig(),
      binary: join(clusterEnv().bin, binary),
      kubeconfig: clusterEnv().kubeconfig,
      credentials: new Map([
        ['http-login', { username: 'ci', password: httpPassword }],
        ['oci-login', { username: 'ci', password: ociPassword }]
      ])
    }
    const helm = new HelmClient(exec, new FakeClock(), config)
    try {
      const install = async (release: string, chart: ChartSource) => {
        const access = await helm.chartAccess(chart)
        if (!access || 'failure' in access)
          throw new Error(JSON.stringify(access))
        return helm.upgradeInstall({
          release,
          namespace: ns.name,
          chart,
          chartName: 'app',
          chartVersion: '1.1.0',
          values: { message: `from ${release}` },
          root: '/',
          timeoutMs: 90_000,
          access
        })
      }
      const fromHttp = await install('web-http', {
        type: 'http',
        location: url,
        resolvedBy: 'registry_url',
        credentialName: 'http-login'
      })
      // helm v4's Kubernetes client may log a klog line when it closes a
      // watch under load ("E1207 … context canceled"): not helm's answer.
      expect(
        fromHttp.stderr
          .split('\n')
          .filter((line) => line !== '' && !/^[EWI]\d{4} /.test(line))
      ).toEqual([])
      expect(fromHttp.exitCode).toBe(0)

      // The OCI registry starts empty: push the plane's packaged chart to
      // it with the same private login ClusterSync made.
      const oci: ChartSource = {
        type: 'oci',
        location: `oci://${registryHost}/charts`,
        resolvedBy: 'registry_url',
        credentialName: 'oci-login'
      }
      const access = await helm.chartAccess(oci)
      if (!access || 'failure' in access)
        throw new Error(JSON.stringify(access))
      const tgz = join(
        mkdtempSync(join(tmpdir(), 'clustersync-push-')),
        'app-1.1.0.tgz'
      )
      writeFileSync(
        tgz,
        Buffer.from(
          await (
            await fetch(`${clusterEnv().chartRepo}/app-1.1.0.tgz`)
          ).arrayBuffer()
        )
      )
      await runHelm(major, [
        'push',
        tgz,
        oci.location,
        '--plain-http',
        ...access.flags
      ])
      const fromOci = await install('web-oci', oci)
      expect(fromOci.exitCode).toBe(0)

      const listed = await runHelm(major, ['list', '-n', ns.name, '-o', 'json'])
      expect(
        (JSON.parse(listed.stdout) as { name: string; status: string }[])
          .map((r) => [r.name, r.status])
          .sort()
      ).toEqual([
        ['web-http', 'deployed'],
        ['web-oci', 'deployed']
      ])
      for (const args of argv) {
        expect(args.join(' ')).not.toMatch(/test-only-(oci|http)-pass/)
      }
    } finally {
      helm.close()
      await server.close()
      await ns.cleanup()
    }
  }, 240_000)
})
