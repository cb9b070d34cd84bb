// The floor under a no-op sync, for bench/sync.bench.js (not a test, not a
// product): the least any Node program must do to know a sync has nothing
// to apply, and nothing else. `node bench/noop-floor.js <definition>
// --root <folder>`, with KUBECONFIG set, as a sync is run.
//
// It parses the kubeconfig and the definition (js-yaml's one-file build, as
// the bundle has it), opens one TLS connection with the kubeconfig's CA, reads the
// cluster's Lease, then its inventory's metadata (the check's two reads,
// state/unchanged-reads.ts), reads and hashes every file under the root,
// and exits. It checks no answer and prints nothing: whatever ClusterSync
// takes beyond this is its own code (loading, validating the record,
// reporting). Only a token or a client certificate in the kubeconfig.
import { createHash } from 'node:crypto'
import { readdirSync, readFileSync } from 'node:fs'
import { Agent, get } from 'node:https'
import { join } from 'node:path'
import { load } from 'js-yaml'

const [definition, , root] = process.argv.slice(2)
const config = load(readFileSync(process.env.KUBECONFIG, 'utf8'))
const named = (list, name) => list.find((e) => e.name === name)
const context = named(config.contexts, config['current-context']).context
const cluster = named(config.clusters, context.cluster).cluster
const user = named(config.users, context.user).user
const pem = (data) => (data ? Buffer.from(data, 'base64') : undefined)
const agent = new Agent({
  keepAlive: true,
  ca: pem(cluster['certificate-authority-data']),
  cert: pem(user['client-certificate-data']),
  key: pem(user['client-key-data'])
})
const headers = user.token ? { authorization: `Bearer ${user.token}` } : {}

// The bench's cluster names are already what cluster-names.ts makes of them.
const name = `clustersync-${load(readFileSync(definition, 'utf8')).metadata.name}`
const read = (path, accept = 'application/json') =>
  new Promise((resolve, reject) => {
    get(
      `${cluster.server}${path}`,
      { agent, headers: { ...headers, accept } },
      (response) => {
        response.on('data', () => undefined)
        response.on('end', resolve)
      }
    ).on('error', reject)
  })
await read(
  `/apis/coordination.k8s.io/v1/namespaces/clustersync-system/leases/${name}`
)
await read(
  `/api/v1/namespaces/clustersync-system/configmaps/${name}`,
  'application/json;as=PartialObjectMetadata;g=meta.k8s.io;v=v1'
)

const hash = createHash('sha256')
const walk = (folder) => {
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const path = join(folder, entry.name)
    if (entry.isDirectory()) walk(path)
    else hash.update(readFileSync(path))
  }
}
walk(root)
hash.digest()
agent.destroy()
