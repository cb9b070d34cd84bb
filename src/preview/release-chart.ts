/**
 * Whether a release runs another chart than its add-on names, from helm's
 * `chart` column (`<Chart.yaml name>-<the version helm resolved>`). Only
 * what the definition pins is compared: a chart folder is named by its
 * path, not its Chart.yaml, and its files are compared by the step's
 * inputs and rendered objects; a range or an empty version lets helm
 * choose, so any version it chose is the definition's. A version written
 * as `v1.2` is helm's `1.2.0`.
 */
import { sameChartVersion } from '../catalog/chart-index.js'
import type { Addon } from '../definition/definition-types.js'

/** One version, as a chart's Chart.yaml writes it: no range, no wildcard. */
const exactVersion =
  /^[vV]?\d+(\.\d+){0,2}(-[0-9A-Za-z.-]+)?(\+[0-9A-Za-z.-]+)?$/

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
  if (!exactVersion.test(wanted)) return false
  return !sameChartVersion(deployed.slice(name.length + 1), wanted)
}
