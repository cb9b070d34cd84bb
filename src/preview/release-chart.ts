/**
 * Whether a release runs another chart than its add-on names, from helm's
 * `chart` column (`<Chart.yaml name>-<the version helm resolved>`). Only
 * what the definition pins is compared: a chart folder is named by its
 * path, not its Chart.yaml, and its files are compared by the step's
 * inputs and rendered objects; an empty version lets helm choose, so any
 * version it chose is the definition's, and a range any version inside it
 * (a release moved out of it by hand differs). A version written as `v1.2`
 * is helm's `1.2.0`.
 */
import { sameChartVersion } from '../catalog/chart-index.js'
import type { Addon } from '../definition/definition-types.js'
import { versionInRange } from './version-range.js'

/** One version, as a chart's Chart.yaml writes it: no range, no wildcard. */
const exactVersion =
  /^[vV]?\d+(\.\d+){0,2}(-[0-9A-Za-z.-]+)?(\+[0-9A-Za-z.-]+)?$/

/** Whether `version` is a range (not one version, not empty: helm's choice). */
export function isVersionRange(version: string): boolean {
  const wanted = version.trim()
  return wanted !== '' && !exactVersion.test(wanted)
}

/** How a diff names the chart an add-on wants: `app-1.1.0`, or `app ~1.1` for a range. */
export function wantedChart(
  addon: Pick<Addon, 'chartName' | 'chartVersion'>
): string {
  return isVersionRange(addon.chartVersion)
    ? `${addon.chartName} ${addon.chartVersion.trim()}`
    : `${addon.chartName}-${addon.chartVersion}`
}

export function chartDiffers(
  deployed: string,
  addon: Pick<Addon, 'chart' | 'chartName' | 'chartVersion'>
): boolean {
  if (addon.chart.type === 'path') return false
  // `repo/app` names the chart `app` in its repository.
  const name = addon.chartName.split('/').pop() ?? ''
  if (name === '') return false
  if (!deployed.startsWith(`${name}-`)) return true
  const wanted = addon.chartVersion.trim()
  const version = deployed.slice(name.length + 1)
  if (wanted === '') return false
  if (isVersionRange(wanted)) return !versionInRange(version, wanted)
  return !sameChartVersion(version, wanted)
}
