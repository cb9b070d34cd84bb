// The direct API channel against the real API server: the plane's
// kubeconfig (a token and CA data over HTTPS) opens it with no kubectl; the
// certificate is checked against tls-server-name (a wrong name falls back to
// kubectl, worded as Go's x509 error), and so is its CA (a server another CA
// signed falls back too); insecure-skip-tls-verify works without
// a CA; and a wrong token still opens the channel, because a 401 is an
// answer the sync reports as kubectl would.
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parse, stringify } from 'yaml'
import {
  createKubeApiOpener,
  openDirect
} from '../../src/adapters/kube-direct.js'
import {
  isOpen,
  type KubeApiTarget,
  type KubeApiTransport
} from '../../src/ports/kube-api.js'
import { clusterEnv } from '../support/cluster.js'

const scratch = mkdtempSync(join(tmpdir(), 'clustersync-direct-e2e-'))

interface Kubeconfig {
  clusters: { cluster: Record<string, unknown> }[]
  users: { user: Record<string, unknown> }[]
}

let variants = 0
/** The plane's kubeconfig, changed by `edit`, written to its own file. */
function variant(edit: (config: Kubeconfig) => void): string {
  const config = parse(
    readFileSync(clusterEnv().kubeconfig, 'utf8')
  ) as Kubeconfig
  edit(config)
  const path = join(scratch, `config-${variants++}`)
  writeFileSync(path, stringify(config), { mode: 0o600 })
  return path
}

async function opened(target: KubeApiTarget): Promise<KubeApiTransport> {
  const direct = await openDirect(target, {})
  if (!('request' in direct))
    throw new Error(`not opened: ${JSON.stringify(direct)}`)
  return direct
}

describe('the direct API channel on the local control plane', () => {
  it('opens with the plane kubeconfig and reads through it', async () => {
    const transport = await opened({
      kubectl: 'kubectl-not-used',
      kubeconfig: clusterEnv().kubeconfig
    })
    try {
      expect(transport.namespace).toBe('default')
      const answer = await transport.request({
        method: 'GET',
        path: '/api/v1/namespaces/default',
        timeoutMs: 10_000
      })
      expect(answer.status).toBe(200)
      expect(JSON.parse(answer.body)).toMatchObject({ kind: 'Namespace' })
    } finally {
      await transport.close()
    }
  })

  it('checks the certificate against tls-server-name, and leaves a mismatch to kubectl', async () => {
    const kubeconfig = variant((c) => {
      const cluster = c.clusters[0]?.cluster
      if (cluster) cluster['tls-server-name'] = 'not-the-apiserver.test'
    })
    const why = await openDirect({ kubectl: 'kubectl', kubeconfig }, {})
    expect(why).toEqual({
      fallback: expect.stringMatching(
        /^the API server did not answer \(x509: .*not-the-apiserver\.test/
      ) as unknown
    })
    const targets: KubeApiTarget[] = []
    const fallback = {
      open: (target: KubeApiTarget) => {
        targets.push(target)
        return Promise.resolve({ unavailable: 'fallback' })
      }
    }
    const result = await createKubeApiOpener(fallback, {}).open({
      kubectl: 'kubectl',
      kubeconfig
    })
    expect(isOpen(result)).toBe(false)
    expect(targets).toHaveLength(1)
  })

  it("refuses a server certificate the kubeconfig's CA did not sign, and leaves it to kubectl", async () => {
    // Another self-signed CA: trusted instead of the API server's own.
    const key = join(scratch, 'other-ca.key')
    const cert = join(scratch, 'other-ca.crt')
    const made = spawnSync('openssl', [
      'req',
      '-x509',
      '-newkey',
      'ec',
      '-pkeyopt',
      'ec_paramgen_curve:prime256v1',
      '-nodes',
      '-subj',
      '/CN=another-ca',
      '-days',
      '1',
      '-keyout',
      key,
      '-out',
      cert
    ])
    expect(made.status).toBe(0)
    const kubeconfig = variant((c) => {
      const cluster = c.clusters[0]?.cluster
      if (cluster)
        cluster['certificate-authority-data'] =
          readFileSync(cert).toString('base64')
    })
    expect(await openDirect({ kubectl: 'kubectl', kubeconfig }, {})).toEqual({
      fallback: expect.stringMatching(
        /^the API server did not answer \(x509: /
      ) as unknown
    })
  })

  it('skips verification when the kubeconfig says insecure-skip-tls-verify', async () => {
    const kubeconfig = variant((c) => {
      const cluster = c.clusters[0]?.cluster
      if (!cluster) return
      delete cluster['certificate-authority-data']
      cluster['insecure-skip-tls-verify'] = true
    })
    const transport = await opened({ kubectl: 'kubectl', kubeconfig })
    await transport.close()
  })

  it('opens with a wrong token, and answers 401 as the server does', async () => {
    const kubeconfig = variant((c) => {
      const user = c.users[0]?.user
      if (user) user.token = 'not-the-token'
    })
    const transport = await opened({ kubectl: 'kubectl', kubeconfig })
    try {
      const answer = await transport.request({
        method: 'GET',
        path: '/api/v1/namespaces/default',
        timeoutMs: 10_000
      })
      expect(answer.status).toBe(401)
    } finally {
      await transport.close()
    }
  })
})
