// Writes a Helm release's state the way a helm process killed mid-upgrade
// leaves it: a new revision recorded `pending-upgrade` beside the deployed
// one, in Helm's own storage (a Secret `sh.helm.release.v1.<name>.v<N>`
// whose `release` is base64 of gzipped JSON, base64 again as Secret data).
import { gunzipSync, gzipSync } from 'node:zlib'
import { kubectl } from '../support/cluster.js'

interface ReleaseSecret {
  metadata: { name: string; labels: Record<string, string> }
  data: { release: string }
}

/** Adds revision N+1 in state pending-upgrade; resolves with N+1. */
export async function craftPendingUpgrade(
  kubeconfig: string,
  release: string,
  namespace: string
): Promise<number> {
  const k = ['--kubeconfig', kubeconfig, '-n', namespace]
  const list = JSON.parse(
    (
      await kubectl([
        ...k,
        'get',
        'secrets',
        '-l',
        `owner=helm,name=${release}`,
        '-o',
        'json'
      ])
    ).stdout
  ) as { items: ReleaseSecret[] }
  const latest = list.items.sort(
    (a, b) =>
      Number(b.metadata.labels.version) - Number(a.metadata.labels.version)
  )[0]
  if (!latest) throw new Error(`no release ${namespace}/${release}`)
  const decoded = JSON.parse(
    gunzipSync(
      Buffer.from(
        Buffer.from(latest.data.release, 'base64').toString('utf8'),
        'base64'
      )
    ).toString('utf8')
  ) as { version: number; info: Record<string, unknown>; config?: unknown }
  const version = decoded.version + 1
  const pending = {
    ...decoded,
    version,
    config: { message: 'half applied by a killed upgrade' },
    info: {
      ...decoded.info,
      status: 'pending-upgrade',
      description: 'Preparing upgrade'
    }
  }
  const encoded = gzipSync(JSON.stringify(pending)).toString('base64')
  const secret = {
    apiVersion: 'v1',
    kind: 'Secret',
    type: 'helm.sh/release.v1',
    metadata: {
      name: `sh.helm.release.v1.${release}.v${version}`,
      namespace,
      labels: {
        ...latest.metadata.labels,
        status: 'pending-upgrade',
        version: String(version)
      }
    },
    data: { release: Buffer.from(encoded).toString('base64') }
  }
  await kubectl([...k, 'create', '-f', '-'], { input: JSON.stringify(secret) })
  return version
}
