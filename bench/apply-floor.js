// The floor under a full sync, for bench/full-sync-floor.bench.js (not a
// test, not a product): the least a client must do to create a generated
// repository's objects (bench/generate-sync-repo.js) with server-side apply.
// `node bench/apply-floor.js <manifests folder>`, with KUBECONFIG set, as a
// sync is run.
//
// Everything that is not a request is done before the clock starts: the
// kubeconfig and every manifest file are read and parsed, and each object
// becomes its request (path from a fixed table of the generator's kinds, no
// discovery; JSON body) ready to send. Then one HTTP/2 connection to the API
// server carries the PATCHes (`application/apply-patch+yaml`, the query
// ClusterSync sends: fieldManager and fieldValidation=Strict), at most
// `--in-flight` (default 8) at a time: the Namespaces first, then the rest.
// Every answer must be a 2xx, else it exits 1 naming the object. It prints
// one JSON line: the seconds from the first request to the last answer,
// and how many objects it sent.
import { readdirSync, readFileSync } from 'node:fs'
import { connect } from 'node:http2'
import { join } from 'node:path'
import { loadAll, load } from 'js-yaml'

const args = process.argv.slice(2)
const folder = args.find(
  (a, i) => !a.startsWith('--') && args[i - 1] !== '--in-flight'
)
const inFlightAt = args.indexOf('--in-flight')
const inFlight = inFlightAt >= 0 ? Number(args[inFlightAt + 1]) : 8
if (!folder || !process.env.KUBECONFIG) {
  console.error(
    'usage: KUBECONFIG=… node bench/apply-floor.js <folder> [--in-flight N]'
  )
  process.exit(2)
}

const config = load(readFileSync(process.env.KUBECONFIG, 'utf8'))
const named = (list, name) => list.find((e) => e.name === name)
const context = named(config.contexts, config['current-context']).context
const cluster = named(config.clusters, context.cluster).cluster
const user = named(config.users, context.user).user
const pem = (data) => (data ? Buffer.from(data, 'base64') : undefined)

/** The generator's kinds: `apiVersion/kind` → API path prefix and plural. */
const resources = {
  'v1/Namespace': {
    prefix: '/api/v1',
    plural: 'namespaces',
    namespaced: false
  },
  'v1/ConfigMap': { prefix: '/api/v1', plural: 'configmaps', namespaced: true },
  'v1/Secret': { prefix: '/api/v1', plural: 'secrets', namespaced: true },
  'v1/ServiceAccount': {
    prefix: '/api/v1',
    plural: 'serviceaccounts',
    namespaced: true
  },
  'v1/Service': { prefix: '/api/v1', plural: 'services', namespaced: true },
  'apps/v1/Deployment': {
    prefix: '/apis/apps/v1',
    plural: 'deployments',
    namespaced: true
  }
}
const query = '?fieldManager=clustersync-floor&fieldValidation=Strict'

function requestOf(object) {
  const type = `${object.apiVersion}/${object.kind}`
  const resource = resources[type]
  if (!resource) throw new Error(`apply-floor: no path for ${type}`)
  const { name, namespace } = object.metadata
  const path = resource.namespaced
    ? `${resource.prefix}/namespaces/${namespace}/${resource.plural}/${name}`
    : `${resource.prefix}/${resource.plural}/${name}`
  return {
    path: path + query,
    body: Buffer.from(JSON.stringify(object)),
    subject: `${object.kind}/${name}`
  }
}

const objects = readdirSync(folder)
  .sort()
  .flatMap((file) => loadAll(readFileSync(join(folder, file), 'utf8')))
  .filter((o) => o && typeof o === 'object')
const namespaces = objects.filter((o) => o.kind === 'Namespace').map(requestOf)
const rest = objects.filter((o) => o.kind !== 'Namespace').map(requestOf)

const session = connect(cluster.server, {
  ca: pem(cluster['certificate-authority-data']),
  cert: pem(user['client-certificate-data']),
  key: pem(user['client-key-data'])
})
session.on('error', (error) => {
  console.error(`apply-floor: ${error.message}`)
  process.exit(1)
})
const auth = user.token ? { authorization: `Bearer ${user.token}` } : {}

function send(request) {
  return new Promise((resolve, reject) => {
    const stream = session.request({
      ':method': 'PATCH',
      ':path': request.path,
      'content-type': 'application/apply-patch+yaml',
      accept: 'application/json',
      ...auth
    })
    let status = 0
    const chunks = []
    stream.on('response', (headers) => (status = headers[':status']))
    stream.on('data', (chunk) => chunks.push(chunk))
    stream.on('end', () =>
      status >= 200 && status < 300
        ? resolve()
        : reject(
            new Error(
              `${request.subject}: ${status} ${Buffer.concat(chunks).toString().slice(0, 300)}`
            )
          )
    )
    stream.on('error', reject)
    stream.end(request.body)
  })
}

/** Sends `requests` with at most `inFlight` unanswered at any time. */
async function sendAll(requests) {
  let next = 0
  const worker = async () => {
    while (next < requests.length) await send(requests[next++])
  }
  await Promise.all(
    Array.from({ length: Math.min(inFlight, requests.length) }, worker)
  )
}

// The connection is up before the clock starts, as ClusterSync's own first
// request (its check of the server) comes before any apply.
await new Promise((resolve) => session.once('connect', resolve))
const start = process.hrtime.bigint()
try {
  await sendAll(namespaces)
  await sendAll(rest)
} catch (error) {
  console.error(`apply-floor: ${error.message}`)
  process.exit(1)
}
const seconds = Number(process.hrtime.bigint() - start) / 1e9
console.log(
  JSON.stringify({ seconds, objects: namespaces.length + rest.length })
)
session.close()
