/**
 * Chart servers that really check a password, for the registry-login
 * suites: the distribution registry (the plane's `registry` binary) with
 * htpasswd auth, and the plane's HTTP chart repository behind Basic auth
 * (401 without the right credentials). Both listen on 127.0.0.1 only.
 * The passwords are test-only and protect nothing.
 */
import { spawn } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { createServer as createHttpServer } from 'node:http'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createNodeExec } from '../../src/adapters/node-exec.js'
import { HelmClient } from '../../src/cluster/helm.js'
import { defaultHelmConfig } from '../../src/engine/engine-options.js'
import { FakeClock } from '../../__fixtures__/fakes/fake-clock.js'
import { clusterEnv, helm } from './cluster.js'

/** The user both servers know. */
export const registryUser = 'ci'
/** The htpasswd registry's password for {@link registryUser}. */
export const ociPassword = 'test-only-oci-pass'
/** The Basic-auth repository's password for {@link registryUser}. */
export const httpPassword = 'test-only-http-pass'

// bcrypt of ociPassword (cost 5), as `htpasswd -B` writes it.
const htpasswd =
  'ci:$2b$05$uGG1hSnDIPENANkEzmn5HOPOvOwnxxlBaIizB.MwH8oxNZlGrfaga\n'

/** A running server: where it answers, and how to stop it. */
export interface AuthServer {
  /** `127.0.0.1:<port>` for the registry, `http://127.0.0.1:<port>` for the repository. */
  address: string
  close(): Promise<void>
}

/** A free TCP port on 127.0.0.1. */
export function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const address = probe.address()
      probe.close(() =>
        resolve(typeof address === 'object' && address ? address.port : 0)
      )
    })
  })
}

/** The distribution registry with htpasswd auth; resolves once it answers 401. */
export async function startHtpasswdRegistry(): Promise<AuthServer> {
  const dir = mkdtempSync(join(tmpdir(), 'clustersync-registry-auth-'))
  writeFileSync(join(dir, 'htpasswd'), htpasswd)
  const host = `127.0.0.1:${await freePort()}`
  writeFileSync(
    join(dir, 'registry.yml'),
    [
      'version: 0.1',
      'log:',
      '  level: warn',
      'storage:',
      '  filesystem:',
      `    rootdirectory: ${join(dir, 'data')}`,
      'auth:',
      '  htpasswd:',
      '    realm: clustersync-test',
      `    path: ${join(dir, 'htpasswd')}`,
      'http:',
      `  addr: ${host}`,
      ''
    ].join('\n')
  )
  const registry = spawn(join(clusterEnv().bin, 'registry'), [
    'serve',
    join(dir, 'registry.yml')
  ])
  for (let i = 0; i < 100; i++) {
    const answer = await fetch(`http://${host}/v2/`).catch(() => undefined)
    if (answer?.status === 401) break
    await new Promise((r) => setTimeout(r, 100))
  }
  return {
    address: host,
    close: () =>
      new Promise((resolve) => {
        registry.once('exit', () => resolve())
        if (!registry.kill('SIGTERM')) resolve()
      })
  }
}

/** The plane's chart repository behind Basic auth: 401 without {@link httpPassword}. */
export async function startProtectedChartRepo(): Promise<AuthServer> {
  const expected = `Basic ${Buffer.from(`${registryUser}:${httpPassword}`).toString('base64')}`
  const server = createHttpServer((req, res) => {
    if (req.headers.authorization !== expected) {
      res.writeHead(401, { 'www-authenticate': 'Basic realm="charts"' }).end()
      return
    }
    void fetch(`${clusterEnv().chartRepo}${req.url ?? '/'}`).then(
      async (answer) => {
        res
          .writeHead(answer.status)
          .end(Buffer.from(await answer.arrayBuffer()))
      }
    )
  })
  const port = await freePort()
  await new Promise<void>((resolve) =>
    server.listen(port, '127.0.0.1', resolve)
  )
  return {
    address: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve()))
  }
}

/**
 * Pushes the plane's packaged `app-<version>.tgz` to `oci://<host>/charts`,
 * logged in as ClusterSync logs in (a registry config private to the call).
 */
export async function pushAppChart(
  host: string,
  version = '1.1.0'
): Promise<void> {
  const client = new HelmClient(createNodeExec(), new FakeClock(), {
    ...defaultHelmConfig(),
    binary: join(clusterEnv().bin, 'helm'),
    credentials: new Map([
      ['push', { username: registryUser, password: ociPassword }]
    ])
  })
  try {
    const location = `oci://${host}/charts`
    const access = await client.chartAccess({
      type: 'oci',
      location,
      resolvedBy: 'registry_url',
      credentialName: 'push'
    })
    if (!access || 'failure' in access) throw new Error(JSON.stringify(access))
    const tgz = join(
      mkdtempSync(join(tmpdir(), 'clustersync-push-')),
      `app-${version}.tgz`
    )
    const chart = await fetch(`${clusterEnv().chartRepo}/app-${version}.tgz`)
    writeFileSync(tgz, Buffer.from(await chart.arrayBuffer()))
    await helm(3, ['push', tgz, location, '--plain-http', ...access.flags])
  } finally {
    client.close()
  }
}
