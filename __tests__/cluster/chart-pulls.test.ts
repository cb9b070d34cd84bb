/**
 * Charts from HTTP(S) repositories are pulled once per run: helm parses a
 * repository's whole index in every process that names the repository, so
 * add-ons sharing a chart, name and version share one `helm pull` and are
 * installed from its archive. A refused pull is every waiting add-on's
 * answer, never an install from nothing; `close()` removes the archives.
 */
import { ChartPulls } from '../../src/cluster/chart-pulls.js'
import type { PrivateFolder } from '../../src/cluster/helm-logins.js'
import { HelmClient } from '../../src/cluster/helm.js'
import { defaultHelmConfig } from '../../src/engine/engine-options.js'
import { applyAddonStep } from '../../src/engine/addon-step.js'
import type { ApplyContext } from '../../src/engine/step-types.js'
import type { AddonStep } from '../../src/plan/plan-types.js'
import type { ExecResult } from '../../src/ports/exec.js'
import { FakeClock } from '../../__fixtures__/fakes/fake-clock.js'
import { FakeExec } from '../../__fixtures__/fakes/fake-exec.js'
import { RecordingLogger } from '../../__fixtures__/fakes/recording-logger.js'

/** Folders in memory: what each pull saved, and which were removed. */
function folders(saved: string[] = ['app-1.0.0.tgz']) {
  const state = {
    created: [] as string[],
    removed: [] as string[],
    create: () => {
      const path = `/run/pull-${state.created.length + 1}`
      state.created.push(path)
      return path
    },
    list: () => saved,
    remove: (path: string) => void state.removed.push(path)
  }
  return state satisfies PrivateFolder
}

const ok: ExecResult = { exitCode: 0, stdout: '', stderr: '', timedOut: false }
const request = {
  location: 'https://charts.example/stable',
  chartName: 'app',
  chartVersion: '1.0.0'
}

describe('ChartPulls', () => {
  it('pulls a chart once for every add-on of that repository, name and version', async () => {
    const calls: string[][] = []
    const dirs = folders()
    const run = (args: readonly string[], positionals: readonly string[]) => {
      calls.push([...args, '--', ...positionals])
      return Promise.resolve(ok)
    }
    const pulls = new ChartPulls(dirs)
    const located = await Promise.all([
      pulls.locate(request, run),
      pulls.locate(request, run),
      pulls.locate({ ...request }, run)
    ])
    expect(calls).toEqual([
      [
        'pull',
        '--repo',
        'https://charts.example/stable',
        '--version',
        '1.0.0',
        '--destination',
        '/run/pull-1',
        '--',
        'app'
      ]
    ])
    expect(located).toEqual(
      Array(3).fill({ archive: '/run/pull-1/app-1.0.0.tgz' })
    )
    await pulls.locate({ ...request, chartVersion: '1.1.0' }, run)
    await pulls.locate({ ...request, location: 'https://other.example' }, run)
    expect(calls).toHaveLength(3)
    pulls.close()
    expect(dirs.removed).toEqual(['/run/pull-1', '/run/pull-2', '/run/pull-3'])
  })

  it('gives a refused pull to every add-on waiting for it, with the command', async () => {
    const refused: ExecResult = {
      ...ok,
      exitCode: 1,
      stderr:
        'Error: chart "app" version "1.0.0" not found in https://charts.example/stable repository'
    }
    let runs = 0
    const run = () => {
      runs++
      return Promise.resolve(refused)
    }
    const pulls = new ChartPulls(folders([]))
    const [first, second] = await Promise.all([
      pulls.locate(request, run),
      pulls.locate(request, run)
    ])
    expect(runs).toBe(1)
    expect(first).toMatchObject({ failure: refused })
    expect(first && 'command' in first && first.command.slice(-2)).toEqual([
      '--',
      'app'
    ])
    expect(second).toBe(first)
  })

  it('refuses a pull that saved no archive instead of installing from nothing', async () => {
    const pulls = new ChartPulls(folders(['README.md']))
    expect(
      await pulls.locate(request, () => Promise.resolve(ok))
    ).toMatchObject({
      failure: {
        exitCode: 1,
        stderr: 'helm pull saved 0 chart archives, not one'
      }
    })
  })

  it('pulls from the login’s repository entry with its flags, never --repo', async () => {
    const calls: string[][] = []
    const pulls = new ChartPulls(folders())
    await pulls.locate(
      {
        ...request,
        repository: 'clustersync-0123456789ab',
        accessFlags: ['--repository-config=/private/repositories.yaml']
      },
      (args, positionals) => {
        calls.push([...args, '--', ...positionals])
        return Promise.resolve(ok)
      }
    )
    expect(calls[0]).toEqual([
      'pull',
      '--version',
      '1.0.0',
      '--repository-config=/private/repositories.yaml',
      '--destination',
      '/run/pull-1',
      '--',
      'clustersync-0123456789ab/app'
    ])
  })
})

describe('an add-on whose chart cannot be pulled', () => {
  const step = {
    id: 'addon:web',
    kind: 'addon',
    namespace: 'shop',
    addon: {
      name: 'web',
      chartName: 'app',
      chartVersion: '1.0.0',
      chart: { type: 'http', location: 'http://127.0.0.1:1/charts' },
      values: {}
    },
    source: { file: 'cluster.yaml', line: 12 }
  } as unknown as AddonStep

  it('fails as an unreachable repository, and helm never touches the release', async () => {
    const exec = new FakeExec()
      .on(['version'], { stdout: 'v3.22.0' })
      .on(['list'], { stdout: '[]' })
      .on((call) => call.args[0] === 'pull', {
        exitCode: 1,
        stderr:
          'Error: looks like "http://127.0.0.1:1/charts" is not a valid chart repository or cannot be reached: Get "http://127.0.0.1:1/charts/index.yaml": dial tcp 127.0.0.1:1: connect: connection refused'
      })
    const helm = new HelmClient(
      exec,
      new FakeClock(),
      {
        ...defaultHelmConfig(),
        retry: { ...defaultHelmConfig().retry, attempts: 1 }
      },
      undefined,
      undefined,
      folders()
    )
    const ctx = {
      helm,
      logger: new RecordingLogger(),
      root: '/repo',
      stepTimeoutMs: 60_000
    } as unknown as ApplyContext
    await expect(applyAddonStep(step, ctx)).rejects.toThrow(
      /^chart repository unreachable for add-on web \(cluster\.yaml:12\): http:\/\/127\.0\.0\.1:1\/charts: Error: looks like/
    )
    expect(exec.callsWith('upgrade')).toHaveLength(0)
  })
})

describe('the retries of a pull', () => {
  it('are reported to the step that started it', async () => {
    let attempts = 0
    const exec = new FakeExec().on(
      (call) => call.args[0] === 'pull' && call.args.includes('2.0.0'),
      () =>
        ++attempts === 1
          ? {
              exitCode: 1,
              stderr:
                'Error: dial tcp 10.0.0.1:443: connect: connection refused'
            }
          : {}
    )
    exec.on(
      (call) => call.args[0] === 'pull' && call.args.includes('1.0.0'),
      {}
    )
    const helm = new HelmClient(
      exec,
      new FakeClock(),
      defaultHelmConfig(),
      undefined,
      undefined,
      folders()
    )
    const heard = { first: 0, second: 0 }
    const chart = { type: 'http', location: 'https://charts.example' } as const
    const ask = (who: 'first' | 'second', version: string) =>
      helm
        .withRetryListener(() => void heard[who]++)
        .locateChart({
          chart: chart as never,
          chartName: 'app',
          chartVersion: version,
          root: '/repo'
        })
    await ask('first', '1.0.0')
    await ask('second', '2.0.0')
    expect(heard).toEqual({ first: 0, second: 1 })
  })
})
