/**
 * What the CLI's entry starts for a sync before the rest of it loads: the
 * channel to the kubeconfig its flags name, with the unchanged-files
 * check's reads of the definition's cluster (the Lease, then the
 * inventory's metadata) already sent; nothing at all for other commands,
 * a command line the sync command would refuse, or no kubeconfig.
 */
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { openEarlySyncChannel } from '../../src/cli/early-channel.js'
import { apiServer, kubeconfig, stop } from '../../__fixtures__/loopback-api.js'

const repo = mkdtempSync(join(tmpdir(), 'clustersync-early-'))
writeFileSync(
  join(repo, 'prod.yaml'),
  'apiVersion: v1\nkind: ImportCluster\nmetadata:\n  name: prod\n'
)

const leasePath =
  '/apis/coordination.k8s.io/v1/namespaces/clustersync-system/leases/clustersync-prod'
const inventoryPath =
  '/api/v1/namespaces/clustersync-system/configmaps/clustersync-prod'

/** The paths the server saw for `argv` (or 'none': nothing was started). */
async function seenFor(
  argv: (config: string) => string[],
  env: (config: string) => NodeJS.ProcessEnv = () => ({})
): Promise<string[] | 'none'> {
  const api = await apiServer((req, res) => {
    res.writeHead(req.url?.includes('/leases/') ? 404 : 200)
    res.end('{}')
  })
  const config = kubeconfig(`http://127.0.0.1:${api.port}`)
  try {
    const early = openEarlySyncChannel(argv(config), env(config), repo)
    if (early === undefined) return 'none'
    await early.discard() // once both reads are answered
    return api.seen.map((s) => s.url)
  } finally {
    await stop(api.server)
  }
}

describe('openEarlySyncChannel', () => {
  it("sends the check's reads of the definition's cluster, the Lease first", async () => {
    expect(
      await seenFor((c) => ['sync', 'prod.yaml', '--kubeconfig', c])
    ).toEqual([leasePath, inventoryPath])
    // -f, KUBECONFIG, and flags with values before the definition.
    expect(
      await seenFor(
        () => ['sync', '--concurrency', '2', '-f', 'prod.yaml'],
        (c) => ({ KUBECONFIG: c })
      )
    ).toEqual([leasePath, inventoryPath])
  })

  it('only opens the channel (checked with /version) when there is no name to read or --full skips the check', async () => {
    expect(
      await seenFor((c) => ['sync', 'missing.yaml', '--kubeconfig', c])
    ).toEqual(['/version'])
    expect(
      await seenFor((c) => ['sync', 'prod.yaml', '--full', '--kubeconfig', c])
    ).toEqual(['/version'])
  })

  it('starts nothing for other commands, usage errors, help or no kubeconfig', async () => {
    expect(await seenFor((c) => ['plan', 'prod.yaml', '--kubeconfig', c])).toBe(
      'none'
    )
    expect(
      await seenFor((c) => ['sync', '--no-such-flag', '--kubeconfig', c])
    ).toBe('none')
    expect(await seenFor((c) => ['sync', '--help', '--kubeconfig', c])).toBe(
      'none'
    )
    expect(await seenFor(() => ['sync', 'prod.yaml'])).toBe('none')
  })
})
