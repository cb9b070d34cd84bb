/**
 * A release runs another chart than its add-on names only when the
 * definition pins it: a chart folder or no version never differ by name or
 * version alone, a version range only when the deployed version is outside
 * it (sync --full would otherwise upgrade a clean release on every run);
 * `v1.1` is helm's `1.1.0`.
 */
import { chartDiffers } from '../../src/preview/release-chart.js'
import type { ChartSource } from '../../src/definition/definition-types.js'

const repo: ChartSource = {
  type: 'http',
  location: 'https://charts.example.com',
  resolvedBy: 'repository_url'
}
const folder: ChartSource = {
  type: 'path',
  location: 'charts/app',
  resolvedBy: 'path'
}

const addon = (chartName: string, chartVersion: string, chart = repo) => ({
  chart,
  chartName,
  chartVersion
})

describe('chartDiffers', () => {
  it.each([
    ['app-1.1.0', addon('app', '1.1.0')],
    ['app-1.1.0', addon('app', 'v1.1')],
    ['app-1.1.0', addon('app', '1.1')],
    ['app-1.2.5', addon('app', '>=1.2.0 <2.0.0')],
    ['app-1.2.5', addon('app', '~1.2')],
    ['app-1.2.5', addon('app', '')],
    ['app-1.0.0-rc.1', addon('app', '1.0.0-rc.1')],
    ['app-1.1.0', addon('charts/app', '1.1.0')],
    ['app-0.1.0', addon('./charts/app', '', folder)],
    ['other-9.9.9', addon('./charts/app', '1.0.0', folder)]
  ])('%s is the chart of %j', (deployed, wanted) => {
    expect(chartDiffers(deployed, wanted)).toBe(false)
  })

  it.each([
    ['app-1.0.0', addon('app', '1.1.0')],
    ['app-1.1.0', addon('app', '1.0.0-rc.1')],
    ['web-1.1.0', addon('app', '1.1.0')],
    ['web-1.1.0', addon('app', '~1.1')],
    // Moved out of its range by hand (helm upgrade --version 1.0.0).
    ['app-1.0.0', addon('app', '~1.1')],
    ['app-2.0.0', addon('app', '>=1.2.0 <2.0.0')]
  ])('%s is not the chart of %j', (deployed, wanted) => {
    expect(chartDiffers(deployed, wanted)).toBe(true)
  })
})

describe('compareRelease', () => {
  it('finds a release of a version range, a folder chart or `v1.1` unchanged', async () => {
    const { FakeExec } = await import('../../__fixtures__/fakes/fake-exec.js')
    const { compareRelease } = await import('../../src/preview/diff-release.js')
    const { defaultPreviewOptions } = await import('../../src/preview/diff.js')
    const { buildPlan } = await import('../../src/plan/build-plan.js')
    const { buildDefinition } = await import('../plan/builders.js')
    const plan = buildPlan(
      buildDefinition('shop', {
        s: { addons: { web: { chart: 'app', namespace: 'shop', values: {} } } }
      })
    )
    const step = plan.steps.find((s) => s.kind === 'addon')
    if (step?.kind !== 'addon') throw new Error('no add-on step')
    const cases = [
      ['app-1.2.5', addon('app', '~1.2')],
      ['app-1.1.0', addon('app', 'v1.1')],
      ['app-0.1.0', addon('./charts/app', '', folder)]
    ] as const
    for (const [deployed, wanted] of cases) {
      const exec = new FakeExec()
        .on(['helm', 'list'], {
          stdout: JSON.stringify([
            { name: 'web', revision: '1', chart: deployed, status: 'deployed' }
          ])
        })
        .on(['helm', 'get', 'values'], { stdout: '{}' })
      const compared = await compareRelease(
        { ...step, addon: { ...step.addon, ...wanted } },
        {},
        defaultPreviewOptions(exec)
      )
      expect([deployed, compared.action]).toEqual([deployed, 'unchanged'])
    }
  })
})
