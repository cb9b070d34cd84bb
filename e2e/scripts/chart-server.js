#!/usr/bin/env node
// The local Helm chart repository: a static file server for one flat folder
// (index.yaml plus packaged charts), bound to 127.0.0.1 only. `up` starts it
// as its own process: `node chart-server.js <folder> <port>`.
import { createReadStream, statSync } from 'node:fs'
import { createServer } from 'node:http'
import { basename, join } from 'node:path'

const [folder, portText] = process.argv.slice(2)
const port = Number.parseInt(portText ?? '', 10)
if (!folder || !Number.isInteger(port)) {
  process.stderr.write('usage: chart-server.js <folder> <port>\n')
  process.exit(2)
}

const types = {
  '.yaml': 'application/yaml',
  '.tgz': 'application/gzip',
  '.prov': 'application/pgp-signature'
}

function contentType(name) {
  const ext = Object.keys(types).find((suffix) => name.endsWith(suffix))
  return ext ? types[ext] : undefined
}

const server = createServer((req, res) => {
  const url = new URL(req.url ?? '/', 'http://127.0.0.1')
  const name = decodeURIComponent(url.pathname.slice(1))
  // A flat folder: any name with a path separator (or none at all) is refused,
  // which also rules out ../ traversal.
  const type = name === basename(name) ? contentType(name) : undefined
  let size
  try {
    size = type ? statSync(join(folder, name)).size : undefined
  } catch {
    size = undefined
  }
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.writeHead(405, { allow: 'GET, HEAD' }).end()
  } else if (size === undefined) {
    res.writeHead(404, { 'content-type': 'text/plain' }).end('not found\n')
  } else {
    res.writeHead(200, { 'content-type': type, 'content-length': size })
    if (req.method === 'HEAD') res.end()
    else createReadStream(join(folder, name)).pipe(res)
  }
  process.stdout.write(`${req.method} ${url.pathname} ${res.statusCode}\n`)
})

server.listen(port, '127.0.0.1', () => {
  process.stdout.write(`serving ${folder} on http://127.0.0.1:${port}\n`)
})
for (const signal of ['SIGTERM', 'SIGINT']) {
  process.on(signal, () => {
    server.close(() => process.exit(0))
    // Helm keeps connections alive; do not wait for them to idle out.
    server.closeAllConnections()
  })
}
