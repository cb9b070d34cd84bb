// Helpers for the sync e2e suites: copy a fixture repository from
// e2e/repos/<case> to a temporary folder with its placeholders filled in
// (__NS__, __CLUSTER__, __CHART_REPO__ — the chart repository URL is only
// known once the control plane runs), and run `clustersync` in-process
// against the real control plane with the real adapters.
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  statSync,
  writeFileSync
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { createKubeApiOpener } from '../../src/adapters/kube-direct.js'
import { createNodeExec } from '../../src/adapters/node-exec.js'
import { createNodeFs } from '../../src/adapters/node-fs.js'
import { createSystemClock } from '../../src/adapters/system-clock.js'
import { runCli } from '../../src/cli.js'
import type { CliContext } from '../../src/cli/context.js'
import type { SyncResult } from '../../src/sync/sync-result.js'
import { clusterEnv, kubectl } from '../support/cluster.js'

const reposDir = fileURLToPath(new URL('../repos/', import.meta.url))

/** Copies `e2e/repos/<name>` to a temp folder, filling in the placeholders. */
export function prepareRepo(
  name: string,
  values: { ns: string; cluster: string }
): string {
  const dir = mkdtempSync(join(tmpdir(), `clustersync-${name}-`))
  cpSync(join(reposDir, name), dir, { recursive: true })
  const fill = (folder: string): void => {
    for (const entry of readdirSync(folder)) {
      const path = join(folder, entry)
      if (statSync(path).isDirectory()) fill(path)
      else writeFileSync(path, substitute(readFileSync(path, 'utf8'), values))
    }
  }
  fill(dir)
  return dir
}

function substitute(
  text: string,
  values: { ns: string; cluster: string }
): string {
  return text
    .replaceAll('__NS__', values.ns)
    .replaceAll('__CLUSTER__', values.cluster)
    .replaceAll('__CHART_REPO__', clusterEnv().chartRepo)
}

/** Rewrites one file of a prepared repository. */
export function editFile(
  repo: string,
  file: string,
  edit: (text: string) => string
): void {
  const path = join(repo, file)
  writeFileSync(path, edit(readFileSync(path, 'utf8')))
}

export interface CliRun {
  code: number
  stdout: string
  stderr: string
}

/** Runs `clustersync <argv>` in-process with the real adapters (or `overrides`). */
export async function clustersync(
  argv: readonly string[],
  overrides: Partial<CliContext> = {}
): Promise<CliRun> {
  let stdout = ''
  let stderr = ''
  const code = await runCli(argv, {
    stdout: { write: (t) => void (stdout += t), isTTY: false },
    stderr: { write: (t) => void (stderr += t), isTTY: false },
    cwd: process.cwd(),
    env: process.env,
    fs: createNodeFs(),
    exec: createNodeExec(),
    kubeApi: createKubeApiOpener(),
    clock: createSystemClock(),
    ...overrides
  })
  return { code, stdout, stderr }
}

/** `clustersync sync <repo>/cluster.yaml --format json …` and its parsed result. */
export async function sync(
  repo: string,
  helmBinary: string,
  extra: readonly string[] = []
): Promise<CliRun & { result: SyncResult }> {
  const run = await clustersync([
    'sync',
    join(repo, 'cluster.yaml'),
    '--root',
    repo,
    '--helm',
    helmBinary,
    '--timeout',
    '90s',
    '--format',
    'json',
    ...extra
  ])
  let result: SyncResult
  try {
    result = JSON.parse(run.stdout) as SyncResult
  } catch {
    throw new Error(
      `sync printed no JSON (exit ${run.code}):\n${run.stderr}\n${run.stdout}`
    )
  }
  return { ...run, result }
}

/** Step id → status, for compact assertions. */
export function statuses(result: SyncResult): Record<string, string> {
  return Object.fromEntries(result.steps.map((s) => [s.step, s.status]))
}

/**
 * Removes what a test's sync left behind: its namespace (without waiting for
 * the namespace controller) and the cluster's inventory and lock.
 */
export async function removeSyncedCluster(
  ns: string,
  cluster: string
): Promise<void> {
  await kubectl([
    'delete',
    'namespace',
    ns,
    '--ignore-not-found',
    '--wait=false'
  ])
  await kubectl([
    'delete',
    'configmap,lease',
    `clustersync-${cluster}`,
    '-n',
    'clustersync-system',
    '--ignore-not-found'
  ])
}

/** The YAML lines of an add-on of the plane's `app` chart, under `addons:`. */
export function appAddonLines(
  name: string,
  namespace: string,
  version = '1.1.0'
): string[] {
  return [
    `        - name: ${name}`,
    '          chart_name: app',
    `          chart_version: ${version}`,
    `          repository_url: ${clusterEnv().chartRepo}`,
    `          namespace: ${namespace}`
  ]
}

/**
 * Writes `<root>/cluster.yaml`: cluster `cluster` with one stack `s`
 * holding these add-on lines (appAddonLines and the like).
 */
export function writeAddonDefinition(
  root: string,
  cluster: string,
  addonLines: readonly string[]
): void {
  writeFileSync(
    join(root, 'cluster.yaml'),
    [
      'apiVersion: v1',
      'kind: ImportCluster',
      'metadata:',
      `  name: ${cluster}`,
      'spec:',
      '  stacks:',
      '    - name: s',
      '      addons:',
      ...addonLines,
      ''
    ].join('\n')
  )
}

/**
 * `clustersync <command> <root>/cluster.yaml --root <root>` with `helm`
 * (helm v3 unless given) and, for syncs, a 90 s step timeout.
 */
export function cliIn(
  root: string,
  helmBinary = 'helm'
): (command: string, ...extra: string[]) => Promise<CliRun> {
  return (command, ...extra) =>
    clustersync([
      command,
      join(root, 'cluster.yaml'),
      '--root',
      root,
      '--helm',
      helmBinary,
      ...(command === 'sync' ? ['--timeout', '90s'] : []),
      ...extra
    ])
}

/**
 * A namespace, a Deployment that can never become ready (no node matches
 * its selector, so its health wait lasts until the step's timeout), and a
 * ConfigMap that depends on it: the step after the one in flight.
 */
export function stuckRepo(ns: string, cluster: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'clustersync-cancel-'))
  mkdirSync(join(dir, 'manifests'))
  writeFileSync(
    join(dir, 'manifests', 'stuck.yaml'),
    [
      'apiVersion: apps/v1',
      'kind: Deployment',
      `metadata: {name: stuck, namespace: ${ns}}`,
      'spec:',
      '  replicas: 1',
      '  selector: {matchLabels: {app: stuck}}',
      '  template:',
      '    metadata: {labels: {app: stuck}}',
      '    spec:',
      '      nodeSelector: {clustersync.dev/no-such-node: "true"}',
      '      containers: [{name: app, image: registry.invalid/app:1}]',
      ''
    ].join('\n')
  )
  writeFileSync(
    join(dir, 'cluster.yaml'),
    [
      'apiVersion: v1',
      'kind: ImportCluster',
      `metadata: {name: ${cluster}}`,
      'spec:',
      '  stacks:',
      '    - name: app',
      '      manifests:',
      '        - name: namespace',
      `          manifest: "{apiVersion: v1, kind: Namespace, metadata: {name: ${ns}}}"`,
      '        - name: stuck',
      '          from_file: manifests/stuck.yaml',
      '          parents: [{manifest: namespace}]',
      '        - name: after',
      `          manifest: "{apiVersion: v1, kind: ConfigMap, metadata: {name: after, namespace: ${ns}}}"`,
      '          parents: [{manifest: stuck}]',
      ''
    ].join('\n')
  )
  return dir
}
