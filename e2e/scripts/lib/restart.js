// `cluster restart <component>`: restarts one component of a running plane
// with the command line it was started with, keeping etcd's data, the
// certificates and the kubeconfig. The e2e test that kills the API server in
// the middle of a sync uses it to bring the same cluster back; `up` would
// instead tear a broken plane down and start an empty one.
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { apiserverArgv, etcdArgv } from './components.js'
import { answersOk, fetchText } from './net.js'
import { startProcess, stopProcess } from './processes.js'
import { log } from './settings.js'
import { acquireLock, readState, writeState } from './state.js'
import { waitUntilReady } from './wait.js'

/** Components `restart` knows how to bring back, with their readiness probe. */
const restartable = {
  etcd: {
    argv: (state, paths) => etcdArgv(state.binDir, paths, state.ports),
    ready: (state) => async () =>
      fetchText(`http://127.0.0.1:${state.ports.etcd}/health`).then(
        (res) => res.status === 200 && JSON.parse(res.body).health === 'true'
      )
  },
  'kube-apiserver': {
    argv: (state, paths) => apiserverArgv(state.binDir, paths, state.ports),
    ready: (state, paths) => {
      const caFile = join(paths.pki, 'apiserver.crt')
      return async () =>
        existsSync(caFile) &&
        answersOk(`https://127.0.0.1:${state.ports.apiserver}/readyz`, {
          ca: readFileSync(caFile)
        })
    }
  }
}

/** Component names `restart` accepts. */
export const restartableComponents = Object.keys(restartable)

/**
 * Stops `name` if it still runs, starts it again with its recorded flags
 * (same ports, same state directory) and waits until it is ready. Throws
 * when no plane runs there or the component is not restartable.
 */
export async function restartComponent(paths, name) {
  const spec = restartable[name]
  if (!spec) {
    throw new Error(
      `cannot restart ${name}; restartable: ${restartableComponents.join(', ')}`
    )
  }
  const release = await acquireLock(paths)
  try {
    const state = readState(paths)
    if (!state?.ready) throw new Error(`no control plane in ${paths.dir}`)
    if (await stopProcess(paths.pids, name, `${paths.dir}/`)) {
      log(`stopped ${name}`)
    }
    const started = startProcess(name, spec.argv(state, paths), paths)
    state.components = state.components.map((c) =>
      c.name === name ? { ...c, pid: started.pid } : c
    )
    writeState(paths, state)
    const never = () => {}
    await waitUntilReady(never, started, 'ready', spec.ready(state, paths), {
      timeoutMs: 120000
    })
    log(`${name} restarted (pid ${started.pid})`)
  } finally {
    release()
  }
}
