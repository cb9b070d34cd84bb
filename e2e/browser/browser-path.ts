/**
 * Where the browser is: Debian's chromium (`apt-get install chromium`;
 * `.ci/run` installs it when missing), or CLUSTERSYNC_CHROMIUM. A browser
 * download cannot work here, so playwright-core drives this one.
 */
import { existsSync } from 'node:fs'

export function browserPath(): string {
  const path = process.env.CLUSTERSYNC_CHROMIUM ?? '/usr/bin/chromium'
  if (!existsSync(path))
    throw new Error(
      `no chromium at ${path}: install it with 'apt-get install -y chromium' (.ci/run does) or set CLUSTERSYNC_CHROMIUM`
    )
  return path
}
