/**
 * `catalog search|show --charts`: the charts and versions an HTTP registry
 * offers, read from its index.yaml. A registry that cannot be read, or an OCI
 * registry (no index to list), yields a notice instead of charts; the
 * command still succeeds, because the catalog itself was answered.
 */
import { plural } from '../../plural.js'
import {
  fetchChartIndex,
  type ChartListing
} from '../../catalog/chart-index.js'
import type { CatalogEntry } from '../../catalog/registry-file.js'
import type { HttpClient } from '../../ports/http.js'

/** The charts of one registry, or why there are none. */
export type RegistryCharts =
  { charts: ChartListing[]; indexUrl: string } | { notice: string }

/** How many versions per chart the text output shows (JSON lists all). */
const versionsShown = 5
/** Indexes fetched at once: enough to be quick, few enough to be polite. */
const concurrency = 4

/** Fetches the charts of every entry, in the entries' order. */
export async function listCharts(
  entries: readonly CatalogEntry[],
  http: HttpClient,
  timeoutMs: number
): Promise<RegistryCharts[]> {
  const results: RegistryCharts[] = new Array<RegistryCharts>(entries.length)
  let next = 0
  const worker = async (): Promise<void> => {
    while (next < entries.length) {
      const i = next++
      const entry = entries[i]
      if (entry) results[i] = await chartsOf(entry, http, timeoutMs)
    }
  }
  await Promise.all(Array.from({ length: concurrency }, worker))
  return results
}

async function chartsOf(
  entry: CatalogEntry,
  http: HttpClient,
  timeoutMs: number
): Promise<RegistryCharts> {
  if (entry.kind === 'OCIRegistry' || entry.url.startsWith('oci://')) {
    return {
      notice: `charts of ${entry.name} are not listed: OCI registries have no index.yaml`
    }
  }
  const index = await fetchChartIndex(http, entry.url, { timeoutMs })
  return index.status === 'ok'
    ? { charts: index.charts, indexUrl: index.url }
    : {
        notice: `charts of ${entry.name} are not listed: ${index.url} could not be read (${index.reason})`
      }
}

/**
 * Text for one registry's charts: a heading and one line per chart with its
 * newest versions; a chart the registry excludes is marked.
 */
export function renderCharts(
  entry: CatalogEntry,
  listing: RegistryCharts
): string {
  if ('notice' in listing) return ''
  const width = Math.max(0, ...listing.charts.map((c) => c.name.length))
  const lines = listing.charts.map((chart) => {
    const shown = chart.versions.slice(0, versionsShown).join(', ')
    const more = chart.versions.length - versionsShown
    const excluded = entry.excludeCharts.includes(chart.name)
      ? ' (excluded)'
      : ''
    return `  ${chart.name.padEnd(width)}  ${shown}${more > 0 ? ` (+${more} more)` : ''}${excluded}\n`
  })
  const count = plural(listing.charts.length, 'chart')
  return `\ncharts in ${entry.name} (${listing.indexUrl}, ${count}):\n${lines.join('')}`
}
