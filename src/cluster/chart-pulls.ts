/**
 * Charts from HTTP(S) repositories, pulled once per run: `helm pull` saves
 * the chart's archive in a folder of the run's own, and every release of
 * that chart, name and version is installed, upgraded or rendered from the
 * archive.
 *
 * Why: helm finds a chart in a repository by downloading and parsing the
 * repository's whole `index.yaml`, in every process that names the
 * repository. Public repositories' indexes run to megabytes (each chart
 * version is an entry), and parsing one costs a helm process seconds of CPU
 * and hundreds of MiB; a definition with several add-ons from one such
 * repository paid that once per add-on, several at once (BENCHMARKS.md,
 * "Charts pulled once per run"). OCI charts and chart folders have no index
 * and are named as they are.
 */
import type { ExecResult } from '../ports/exec.js'
import type { HelmRun, PrivateFolder } from './helm-logins.js'

/** What `locate` needs of an add-on's chart (its `chartArgs` request). */
export interface PulledChartRequest {
  /** The repository's URL. */
  location: string
  chartName: string
  chartVersion: string
  /** `--repo <url>`'s stand-in for a repository that needs a login (helm-logins.ts). */
  repository?: string
  /** Flags that reach the login's private helm config. */
  accessFlags?: readonly string[]
}

/** Where the chart is now, or why helm could not pull it. */
export type PulledChart =
  { archive: string } | { failure: ExecResult; command: string[] }

/** The pulls of one run; `close()` removes the archives. */
export class ChartPulls {
  private readonly pulls = new Map<string, Promise<PulledChart>>()
  private readonly folders: string[] = []

  constructor(private readonly folder: PrivateFolder) {}

  /**
   * The chart's archive, pulled on the first request for its repository,
   * name and version (or its login's repository entry); later requests
   * share that pull, its failure included. `run` is the first asker's
   * (its retries are reported as its own). Never rejects for helm's
   * refusal; a failed process run (not started at all) rejects.
   */
  locate(request: PulledChartRequest, run: HelmRun): Promise<PulledChart> {
    const key = JSON.stringify([
      request.repository ?? request.location,
      request.chartName,
      request.chartVersion,
      request.accessFlags ?? []
    ])
    let pull = this.pulls.get(key)
    if (!pull) {
      pull = this.pull(request, run)
      this.pulls.set(key, pull)
    }
    return pull
  }

  /** Removes every archive pulled; a later `locate` pulls again. */
  close(): void {
    for (const folder of this.folders.splice(0)) this.folder.remove(folder)
    this.pulls.clear()
  }

  private async pull(
    request: PulledChartRequest,
    run: HelmRun
  ): Promise<PulledChart> {
    // A folder per pull: helm names the archive after the URL the index
    // gives, which need not be `<chart>-<version>.tgz`.
    const destination = this.folder.create()
    this.folders.push(destination)
    const command = [
      'pull',
      ...(request.repository ? [] : ['--repo', request.location]),
      '--version',
      request.chartVersion,
      ...(request.accessFlags ?? []),
      '--destination',
      destination
    ]
    const chart = request.repository
      ? `${request.repository}/${request.chartName}`
      : request.chartName
    const result = await run(command, [chart])
    if (result.exitCode !== 0)
      return { failure: result, command: [...command, '--', chart] }
    const archives = this.folder
      .list(destination)
      .filter((name) => name.endsWith('.tgz'))
    const [archive] = archives
    if (archives.length !== 1 || archive === undefined) {
      return {
        failure: {
          ...result,
          exitCode: 1,
          stderr: `helm pull saved ${archives.length} chart archives, not one`
        },
        command: [...command, '--', chart]
      }
    }
    return { archive: `${destination}/${archive}` }
  }
}
