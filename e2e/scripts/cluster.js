#!/usr/bin/env node
// `npm run cluster:up` / `npm run cluster:down`: a real Kubernetes control
// plane on this machine (etcd, kube-apiserver, kube-controller-manager,
// kube-scheduler, kwok with one fake node) plus a local Helm chart repository
// served over HTTP and from an OCI registry.
// Plain Node ESM so it works before `npm run build`.
//
//   node e2e/scripts/cluster.js up           start (or reuse); prints exports
//   node e2e/scripts/cluster.js down [--id ID]   stop and remove the data
//   node e2e/scripts/cluster.js status       exit 0 when a healthy plane runs
//   node e2e/scripts/cluster.js restart kube-apiserver
//                                            restart one component, keeping
//                                            the cluster's data (e2e tests)
//
// stdout carries only the `export` lines, so `eval "$(npm run -s cluster:up)"`
// works; all progress goes to stderr. See docs/control-plane.md.
import { down } from './lib/down.js'
import { statePaths, stateDir, log } from './lib/settings.js'
import { healthyPlane, InterruptedError, up } from './lib/up.js'
import { restartComponent, restartableComponents } from './lib/restart.js'

/** Quotes a value for a POSIX shell only when it needs it. */
function shellQuote(value) {
  return /^[\w@%+=:,./-]+$/.test(value)
    ? value
    : `'${value.replaceAll("'", "'\\''")}'`
}

/** The lines `up` prints; the Jest setup reads the same values from state.json. */
function exportLines(state) {
  return [
    `export KUBECONFIG=${shellQuote(state.kubeconfig)}`,
    `export PATH=${shellQuote(state.binDir)}:$PATH`,
    `export CLUSTERSYNC_CHART_REPO=${shellQuote(state.chartRepo)}`,
    `export CLUSTERSYNC_OCI_REPO=${shellQuote(state.ociRepo)}`
  ]
}

async function main(argv) {
  const [command, ...rest] = argv
  const paths = statePaths(stateDir())
  switch (command) {
    case 'up': {
      const { state } = await up(paths)
      process.stdout.write(`${exportLines(state).join('\n')}\n`)
      return 0
    }
    case 'down': {
      const idAt = rest.indexOf('--id')
      await down(paths, idAt >= 0 ? rest[idAt + 1] : undefined)
      return 0
    }
    case 'status': {
      const state = await healthyPlane(paths)
      log(state ? `running (id ${state.id}, ${paths.dir})` : 'not running')
      if (state) process.stdout.write(`${exportLines(state).join('\n')}\n`)
      return state ? 0 : 1
    }
    case 'restart': {
      await restartComponent(paths, rest[0])
      return 0
    }
    default:
      process.stderr.write(
        `usage: cluster.js up | down [--id ID] | status | restart ${restartableComponents.join('|')}\n`
      )
      return 2
  }
}

try {
  process.exitCode = await main(process.argv.slice(2))
} catch (error) {
  log(`failed: ${error instanceof Error ? error.message : String(error)}`)
  if (error?.logTail !== undefined) {
    log(`last lines of ${error.logFile}:`)
    process.stderr.write(`${error.logTail}\n`)
  }
  process.exitCode =
    error instanceof InterruptedError
      ? error.signal === 'SIGINT'
        ? 130
        : 143
      : 1
}
