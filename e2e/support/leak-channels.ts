/**
 * The output channels of a run, collected for the leak scanner
 * (__fixtures__/secret-scan.ts), so every suite that handles secrets scans
 * the same channels the same way: an Action run's log, job summary,
 * outputs, post step, what it left in the runner's temp folder and what the
 * GitHub double received; a CLI run's stdout and stderr; and the records
 * ClusterSync keeps in the cluster (inventory ConfigMap and lock Lease).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { describeLeaks, findLeaks } from '../../__fixtures__/secret-scan.js'
import { runPost, type ActionRun } from './action-runner.js'
import { kubectl } from './cluster.js'
import type { GitHubDouble } from './github-double/server.js'

/** A named text a run let out. */
export type Channels = Record<string, string>

/** Fails with every leak found, named by channel, secret and form. */
export function expectNoLeaks(
  channels: Channels,
  secrets: Record<string, string>
): void {
  expect(Object.keys(channels).length).toBeGreaterThan(0)
  expect(describeLeaks(findLeaks(channels, secrets))).toBe('')
}

/** Every file under `dir`, by path prefixed with `label`, as text. */
export function filesUnder(dir: string, label: string): Channels {
  const out: Channels = {}
  const walk = (folder: string): void => {
    let entries: string[]
    try {
      entries = readdirSync(folder)
    } catch {
      return // the post step may have removed it
    }
    for (const entry of entries) {
      const path = join(folder, entry)
      if (statSync(path).isDirectory()) walk(path)
      else
        out[`${label}/${path.slice(dir.length + 1)}`] = readFileSync(
          path,
          'utf8'
        )
    }
  }
  walk(dir)
  return out
}

/** The records ClusterSync keeps in the cluster for `cluster`, as JSON. */
export async function clusterRecords(cluster: string): Promise<Channels> {
  const read = await kubectl(
    [
      'get',
      'configmap,lease',
      '-n',
      'clustersync-system',
      '--field-selector',
      `metadata.name=clustersync-${cluster}`,
      '-o',
      'json'
    ],
    { allowFailure: true }
  )
  return { [`cluster records of ${cluster}`]: read.stdout + read.stderr }
}

/** stdout and stderr of CLI runs, by run name. */
export function cliChannels(
  runs: Record<string, { stdout: string; stderr: string }>
): Channels {
  return Object.fromEntries(
    Object.entries(runs).flatMap(([name, r]) => [
      [`${name}: stdout`, r.stdout],
      [`${name}: stderr`, r.stderr]
    ])
  )
}

/**
 * Every channel of one Action run, after running its post step: the log
 * (without the `::add-mask::` commands, which the runner swallows), job
 * summary, outputs, post step, runner temp folder and, with `double`,
 * everything the GitHub double received and holds.
 */
export async function actionChannels(
  run: ActionRun,
  double?: GitHubDouble
): Promise<Channels> {
  const post = await runPost(run)
  return {
    stdout: run.stdout
      .split('\n')
      .filter((l) => !l.startsWith('::add-mask::'))
      .join('\n'),
    stderr: run.stderr,
    'job summary': run.summary,
    outputs: JSON.stringify(run.outputs),
    'post step': post.stdout + post.stderr,
    ...filesUnder(run.runnerTemp, 'runner temp'),
    ...(double
      ? {
          'check runs': JSON.stringify(double.state.checkRuns),
          comments: JSON.stringify(double.state.comments),
          statuses: JSON.stringify(double.state.statuses),
          deployments: JSON.stringify(double.state.deployments),
          'requests the GitHub double received': JSON.stringify(double.requests)
        }
      : {})
  }
}
