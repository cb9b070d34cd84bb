// The browser tests (jest project `browser`) drive Debian's chromium: a
// browser download cannot work here, so on a fresh machine `npm test`
// installs the package itself, as the control plane's tools are built by
// the e2e setup. Root runs apt-get; anyone else needs passwordless sudo,
// else the message says what to run. CLUSTERSYNC_CHROMIUM names another
// browser binary and skips this.
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'

/** Ensures a chromium binary; returns a problem to report, or undefined. */
export function ensureChromium(env = process.env) {
  const path = env.CLUSTERSYNC_CHROMIUM ?? '/usr/bin/chromium'
  if (existsSync(path) || env.CLUSTERSYNC_CHROMIUM) return undefined
  const root = process.getuid?.() === 0
  const run = (args) =>
    spawnSync(
      root ? 'apt-get' : 'sudo',
      root ? args : ['-n', 'apt-get', ...args],
      {
        stdio: 'inherit'
      }
    ).status === 0
  console.log(
    'run-tests: installing chromium for the browser tests (apt-get install chromium)'
  )
  if (
    run(['update', '-q']) &&
    run(['install', '-y', '-q', 'chromium']) &&
    existsSync(path)
  ) {
    return undefined
  }
  return `could not install chromium: run 'apt-get install -y chromium' as root, or set CLUSTERSYNC_CHROMIUM`
}
