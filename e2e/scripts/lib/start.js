// Starts a fresh control plane in an empty state directory:
// etcd → kube-apiserver → kube-controller-manager → kube-scheduler → kwok →
// fake node → chart server, each waited for before the next starts.
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { packageCharts, pushCharts } from './charts.js'
import {
  apiserverArgv,
  chartServerArgv,
  controllerManagerArgv,
  etcdArgv,
  fakeNode,
  kwokArgv,
  registryArgv,
  schedulerArgv
} from './components.js'
import { writeCredentials, writeKubeconfig } from './credentials.js'
import { answersOk, fetchText, freePort, portIsFree } from './net.js'
import { startProcess } from './processes.js'
import { log, nodeName, portSettings } from './settings.js'
import { writeState } from './state.js'
import { waitUntilReady } from './wait.js'

/** Pinned ports from the environment, free loopback ports for the rest. */
async function choosePorts() {
  const ports = {}
  const taken = new Set()
  for (const [key, variable] of Object.entries(portSettings)) {
    const pinned = process.env[variable]
    if (pinned) {
      const port = Number.parseInt(pinned, 10)
      if (!Number.isInteger(port) || !(await portIsFree(port))) {
        throw new Error(`${variable}=${pinned}: port is invalid or in use`)
      }
      ports[key] = port
    } else {
      let port
      do port = await freePort()
      while (taken.has(port))
      ports[key] = port
    }
    taken.add(ports[key])
  }
  return ports
}

/** A JSON API client for the few calls `up` makes, with the admin token. */
function apiClient(apiPort, token, caFile) {
  const ca = readFileSync(caFile)
  return async (method, path, body) => {
    const res = await fetchText(`https://127.0.0.1:${apiPort}${path}`, {
      method,
      ca,
      headers: {
        authorization: `Bearer ${token}`,
        'content-type': 'application/json'
      },
      body: body === undefined ? undefined : JSON.stringify(body)
    })
    let json
    try {
      json = JSON.parse(res.body)
    } catch {
      json = undefined
    }
    return { status: res.status, json }
  }
}

function nodeIsReady(node) {
  const ready = node?.status?.conditions?.find((c) => c.type === 'Ready')
  // The not-ready taint added at creation must be gone too, or nothing
  // without a toleration schedules.
  return ready?.status === 'True' && (node.spec?.taints ?? []).length === 0
}

async function timed(what, step) {
  const t0 = Date.now()
  const result = await step()
  log(`${what} (${((Date.now() - t0) / 1000).toFixed(1)}s)`)
  return result
}

/**
 * Starts every component and returns the state (also written to
 * state.json after each step, so `down` can clean up a half-started plane).
 * Throws a ComponentError naming the component that failed, or whatever
 * `checkInterrupted` throws (it is called before every step and poll).
 */
export async function startPlane(paths, bin, id, checkInterrupted) {
  rmSync(paths.logs, { recursive: true, force: true })
  mkdirSync(paths.dir, { recursive: true, mode: 0o700 })
  const ports = await choosePorts()
  const token = writeCredentials(paths)
  const state = {
    version: 1,
    id,
    ready: false,
    stateDir: paths.dir,
    binDir: bin,
    kubeconfig: paths.kubeconfig,
    chartRepo: `http://127.0.0.1:${ports.chartServer}`,
    ociRepo: `oci://127.0.0.1:${ports.registry}/charts`,
    ports,
    components: [],
    startedAt: new Date().toISOString()
  }
  const start = (name, argv) => {
    checkInterrupted()
    const component = startProcess(name, argv, paths)
    state.components.push({ name, pid: component.pid, log: component.log })
    writeState(paths, state)
    return component
  }

  const etcd = start('etcd', etcdArgv(bin, paths, ports))
  await timed('etcd is healthy', () =>
    waitUntilReady(checkInterrupted, etcd, 'healthy', () =>
      fetchText(`http://127.0.0.1:${ports.etcd}/health`).then(
        (res) => res.status === 200 && JSON.parse(res.body).health === 'true'
      )
    )
  )

  const apiserver = start('kube-apiserver', apiserverArgv(bin, paths, ports))
  const caFile = join(paths.pki, 'apiserver.crt')
  await timed('kube-apiserver is ready', () =>
    waitUntilReady(
      checkInterrupted,
      apiserver,
      'ready (/readyz)',
      async () =>
        existsSync(caFile) &&
        answersOk(`https://127.0.0.1:${ports.apiserver}/readyz`, {
          ca: readFileSync(caFile)
        }),
      { timeoutMs: 120000 }
    )
  )
  writeKubeconfig(paths, { apiPort: ports.apiserver, token, caFile })
  const api = apiClient(ports.apiserver, token, caFile)

  const kcm = start(
    'kube-controller-manager',
    controllerManagerArgv(bin, paths, ports)
  )
  const scheduler = start('kube-scheduler', schedulerArgv(bin, paths, ports))
  for (const [component, port] of [
    [kcm, ports.controllerManager],
    [scheduler, ports.scheduler]
  ]) {
    await timed(`${component.name} is healthy`, () =>
      waitUntilReady(checkInterrupted, component, 'healthy (/healthz)', () =>
        answersOk(`https://127.0.0.1:${port}/healthz`, { insecure: true })
      )
    )
  }

  const kwok = start('kwok', kwokArgv(bin, paths))
  const created = await api('POST', '/api/v1/nodes', fakeNode())
  if (created.status !== 201) {
    throw new Error(`creating node ${nodeName}: HTTP ${created.status}`)
  }
  await timed(`node ${nodeName} is Ready and untainted`, () =>
    waitUntilReady(checkInterrupted, kwok, `node ${nodeName} Ready`, async () =>
      nodeIsReady((await api('GET', `/api/v1/nodes/${nodeName}`)).json)
    )
  )
  await timed('the default ServiceAccount exists', () =>
    waitUntilReady(
      checkInterrupted,
      kcm,
      'the default ServiceAccount',
      async () => {
        const sa = '/api/v1/namespaces/default/serviceaccounts/default'
        return (await api('GET', sa)).status === 200
      }
    )
  )

  const charts = await timed('charts packaged', () => packageCharts(bin, paths))
  log(`chart repository holds ${charts.join(', ')}`)
  const chartServer = start('chart-server', chartServerArgv(paths, ports))
  await timed('chart repository is serving', () =>
    waitUntilReady(checkInterrupted, chartServer, 'serving index.yaml', () =>
      answersOk(`${state.chartRepo}/index.yaml`)
    )
  )

  const registry = start('registry', registryArgv(bin, paths, ports))
  await timed('OCI registry is serving', () =>
    waitUntilReady(checkInterrupted, registry, 'serving /v2/', () =>
      answersOk(`http://127.0.0.1:${ports.registry}/v2/`)
    )
  )
  await timed('charts pushed to the OCI registry', () =>
    pushCharts(bin, paths, state.ociRepo, charts)
  )

  state.ready = true
  writeState(paths, state)
  return state
}
