// Jest global setup for the e2e project: make sure the local control plane
// runs (building the binaries if the cache lacks them; no test ever skips for
// a missing binary) and hand its coordinates to the tests through the
// environment, which Jest's workers inherit:
//
//   KUBECONFIG              the plane's kubeconfig (never the user's cluster)
//   PATH                    starts with the bin folder: kubectl, helm (v3), helm4
//   CLUSTERSYNC_KUBE_BIN    that bin folder
//   CLUSTERSYNC_CHART_REPO  http://127.0.0.1:<port>, the local chart repository
//   CLUSTERSYNC_OCI_REPO    oci://127.0.0.1:<port>/charts, the same charts over
//                           OCI (plain HTTP: pass --plain-http to helm)
//   HELM_*_HOME             a fresh folder per run in the state directory, so
//                           tests never touch ~/.config/helm
//   CLUSTERSYNC_ACTION_NODE the Node binary GitHub runs the Action with
//                           (action.yml's runs.using; e2e/action-node pins it
//                           and is installed here when missing)
//   CLUSTERSYNC_STATE_DIR   the plane's state directory, so the commands the
//                           tests run (scripts/demo.js, cluster.js) find it
//
// The plane is the tests' own (testStateDir in settings.js), never the one
// `npm run demo` started, so nothing a user did there changes the results.
// One that was already running in that directory is reused and left running.
// One started here is stopped by global-teardown.js, or, if Jest dies first,
// by the signal and exit handlers registered below, and as a last resort
// (SIGKILL, or a test that blocked Jest's event loop) by
// e2e/scripts/watchdog.js.
import { spawn, spawnSync } from 'node:child_process'
import { closeSync, mkdirSync, mkdtempSync, openSync } from 'node:fs'
import { delimiter, join } from 'node:path'
import { helmEnv } from '../scripts/lib/charts.js'
import { ensureActionNode } from '../scripts/lib/action-node.js'
import { repoRoot, statePaths, testStateDir } from '../scripts/lib/settings.js'
import { up } from '../scripts/lib/up.js'

/** What teardown needs; Jest shares globalThis between setup and teardown. */
export const handoffKey = '__clustersyncE2e'

/**
 * Stops the plane this run started, synchronously, so it also works inside
 * an 'exit' handler. Runs at most once.
 */
function stopSync(handoff) {
  if (!handoff.startedId || handoff.stopped) return
  handoff.stopped = true
  spawnSync(
    process.execPath,
    [
      join(repoRoot, 'e2e', 'scripts', 'cluster.js'),
      'down',
      '--id',
      handoff.startedId
    ],
    { stdio: 'inherit' }
  )
}

function guardAgainstLeftovers(handoff) {
  // Ctrl-C or SIGTERM of Jest, and any exit that skips globalTeardown, must
  // still stop what we started; a normal run stops it in teardown first.
  process.once('exit', () => stopSync(handoff))
  for (const [signal, code] of [
    ['SIGINT', 130],
    ['SIGTERM', 143],
    ['SIGHUP', 129]
  ]) {
    process.once(signal, () => {
      stopSync(handoff)
      process.exit(code)
    })
  }
}

/** Starts the watchdog that stops the plane if this process dies first. */
function startWatchdog(paths, id) {
  mkdirSync(paths.logs, { recursive: true })
  const log = openSync(join(paths.logs, 'watchdog.log'), 'a')
  const script = join(repoRoot, 'e2e', 'scripts', 'watchdog.js')
  const watchdog = spawn(
    process.execPath,
    [script, String(process.pid), paths.dir, id],
    { detached: true, stdio: ['ignore', log, log] }
  )
  closeSync(log)
  watchdog.unref()
  return watchdog.pid
}

export default async function globalSetup() {
  // Before the plane, so a missing or mismatched runtime fails in seconds,
  // not after a cold build.
  process.env.CLUSTERSYNC_ACTION_NODE = ensureActionNode()
  const paths = statePaths(testStateDir())
  process.env.CLUSTERSYNC_STATE_DIR = paths.dir
  const { state, reused } = await up(paths)
  const handoff = {
    paths,
    startedId: reused ? undefined : state.id,
    stopped: false
  }
  globalThis[handoffKey] = handoff
  if (!reused) {
    guardAgainstLeftovers(handoff)
    handoff.watchdogPid = startWatchdog(paths, state.id)
  }

  process.env.KUBECONFIG = state.kubeconfig
  process.env.PATH = `${state.binDir}${delimiter}${process.env.PATH ?? ''}`
  process.env.CLUSTERSYNC_KUBE_BIN = state.binDir
  process.env.CLUSTERSYNC_CHART_REPO = state.chartRepo
  process.env.CLUSTERSYNC_OCI_REPO = state.ociRepo
  // Settings from the developer's shell that would point helm elsewhere.
  delete process.env.HELM_KUBECONTEXT
  delete process.env.HELM_NAMESPACE
  // Inside the state directory, so `down` removes it even when Jest was
  // killed before its teardown could.
  mkdirSync(paths.helmHome, { recursive: true })
  handoff.helmHome = mkdtempSync(join(paths.helmHome, 'run-'))
  const helm = helmEnv(handoff.helmHome)
  for (const name of [
    'HELM_CONFIG_HOME',
    'HELM_CACHE_HOME',
    'HELM_DATA_HOME'
  ]) {
    process.env[name] = helm[name]
  }
}
