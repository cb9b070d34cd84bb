/**
 * Two built ClusterSyncs side by side: this checkout's bundle (dist/, as
 * `npm run build` left it) and a previous one unpacked from git history with
 * what it reads beside it (bin/, package.json, schemas/, helm_registries/,
 * action.yml; the build ids sit in dist/). Both run as processes, the way
 * users run them, so an upgrade test compares the bundles users would
 * actually switch between.
 */
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { run, type RunResult } from './cluster.js'

/** This checkout: its bin/clustersync.js runs its dist/. */
export const currentBundle = fileURLToPath(new URL('../../', import.meta.url))

/**
 * Unpacks the bundle committed at `commit` into a temp folder laid out like
 * the package, and returns that folder. Throws when git cannot read the
 * commit (a shallow clone, say), naming it.
 */
export function unpackBundle(commit: string): string {
  const dir = mkdtempSync(join(tmpdir(), `clustersync-bundle-${commit}-`))
  const archive = spawnSync(
    'git',
    [
      'archive',
      '--format=tar',
      commit,
      'action.yml',
      'bin',
      'dist',
      'package.json',
      'schemas',
      'helm_registries'
    ],
    { cwd: currentBundle, maxBuffer: 256 * 1024 * 1024 }
  )
  if (archive.status !== 0) {
    throw new Error(
      `cannot read the bundle of ${commit} from git (a shallow clone? fetch that commit): ${archive.stderr.toString()}`
    )
  }
  const tar = spawnSync('tar', ['-x', '-C', dir], { input: archive.stdout })
  if (tar.status !== 0) throw new Error(tar.stderr.toString())
  return dir
}

/**
 * Runs `clustersync <args>` from the package in `root` as a process of this
 * Node, with this process's environment (the plane's KUBECONFIG and PATH).
 * Resolves whatever the exit code.
 */
export function runBundleCli(
  root: string,
  args: readonly string[]
): Promise<RunResult> {
  return run(process.execPath, [join(root, 'bin', 'clustersync.js'), ...args], {
    allowFailure: true
  })
}

/**
 * Whether two packages hold the same build of `folder` ('dist' for the
 * Action, 'dist/cli' for the CLI): the build id scripts/build.js writes.
 */
export function sameBuild(a: string, b: string, folder: string): boolean {
  const id = (root: string): string =>
    readFileSync(join(root, folder, 'build-id'), 'utf8').trim()
  return id(a) === id(b)
}
