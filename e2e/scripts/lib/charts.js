// Packages the test charts (source folders under e2e/charts/, committed) into
// the state directory and indexes them, so the chart server can serve a Helm
// repository. Done at every `up`: it takes about a second and can never serve
// a stale package. Nothing is written into the repository.
import { execFile } from 'node:child_process'
import { existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { repoRoot } from './settings.js'

const run = promisify(execFile)

/** Folders under e2e/charts that hold a Chart.yaml, sorted by name. */
export function chartSources() {
  const root = join(repoRoot, 'e2e', 'charts')
  return readdirSync(root, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => join(root, entry.name))
    .filter((dir) => existsSync(join(dir, 'Chart.yaml')))
    .sort()
}

/**
 * Helm's config, cache and data homes inside the state directory, so that
 * packaging (and tests, see e2e/support) never touch the user's ~/.config/helm.
 */
export function helmEnv(helmHome) {
  return {
    ...process.env,
    HELM_CONFIG_HOME: join(helmHome, 'config'),
    HELM_CACHE_HOME: join(helmHome, 'cache'),
    HELM_DATA_HOME: join(helmHome, 'data')
  }
}

/**
 * Runs `helm package` for every chart source and `helm repo index` over the
 * result. The index uses relative URLs, so it stays valid whatever port the
 * server gets. Returns the packaged file names.
 */
export async function packageCharts(bin, paths) {
  rmSync(paths.charts, { recursive: true, force: true })
  mkdirSync(paths.charts, { recursive: true })
  const helm = join(bin, 'helm')
  const env = helmEnv(paths.helmHome)
  for (const source of chartSources()) {
    await run(helm, ['package', source, '--destination', paths.charts], { env })
  }
  await run(helm, ['repo', 'index', paths.charts], { env })
  return readdirSync(paths.charts).filter((name) => name.endsWith('.tgz'))
}

/**
 * Pushes every packaged chart to the OCI registry at `ociRepo`
 * (oci://127.0.0.1:<port>/charts) with helm v3, over plain HTTP.
 */
export async function pushCharts(bin, paths, ociRepo, packaged) {
  const helm = join(bin, 'helm')
  const env = helmEnv(paths.helmHome)
  for (const name of packaged) {
    const tgz = join(paths.charts, name)
    await run(helm, ['push', tgz, ociRepo, '--plain-http'], { env })
  }
}
