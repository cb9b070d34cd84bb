/**
 * `validate --check-charts`: does each add-on's chart_version exist in its
 * repository's index.yaml? Opt-in because it goes to the network; a
 * repository that cannot be read gives a notice, never a failure, so the
 * outcome of validation does not depend on someone else's server.
 */
import type { Diagnostic } from '../diagnostics.js'
import type { Addon } from '../definition/definition-types.js'
import {
  defaultHttpGetOptions,
  type HttpClient,
  type HttpGetOptions
} from '../ports/http.js'
import type { RegistryCredentials } from '../secrets/registry-credentials.js'
import { sendRefused } from '../cluster/helm-logins.js'
import {
  fetchChartIndex,
  sameChartVersion,
  type ChartIndexResult
} from './chart-index.js'
import { closestNames, didYouMean } from './suggest-registry.js'

/** Stable codes of the chart check. */
export const chartCheckCodes = {
  chartNotFound: 'chart-not-found',
  versionNotFound: 'chart-version-not-found',
  indexUnavailable: 'chart-index-unavailable',
  notChecked: 'chart-not-checked'
} as const

/** What the check needs of an add-on (a validated Addon has it all). */
export type CheckedAddon = Pick<
  Addon,
  'name' | 'chartName' | 'chartVersion' | 'chart' | 'source'
>

/**
 * Diagnostics for add-ons whose chart or chart_version is missing from the
 * repository's index (errors), whose index could not be read, or whose
 * registry is OCI (notices; OCI tags are not listed yet). Each index is
 * fetched once, however many add-ons use it; local chart paths are skipped.
 */
export async function checkChartVersions(
  addons: readonly CheckedAddon[],
  http: HttpClient,
  options?: HttpGetOptions,
  credentials: RegistryCredentials = new Map()
): Promise<Diagnostic[]> {
  const indexes = new Map<string, Promise<ChartIndexResult>>()
  const out: Diagnostic[] = []
  for (const addon of addons) {
    if (addon.chart.type === 'path') continue
    if (addon.chart.type === 'oci') {
      out.push(
        at(
          addon,
          'info',
          chartCheckCodes.notChecked,
          `add-on "${addon.name}": chart versions in OCI registries are not checked (${addon.chart.location})`
        )
      )
      continue
    }
    const location = addon.chart.location
    // The same index as a sync would read it: with the add-on's login.
    const name = addon.chart.credentialName
    const given = name === undefined ? undefined : credentials.get(name)
    // Never to a host the credential is not for, as for helm's logins.
    const login =
      given && sendRefused(addon.chart, name ?? '', given.host) === undefined
        ? given
        : undefined
    const key = `${location}\0${name ?? ''}`
    let pending = indexes.get(key)
    if (!pending) {
      pending = fetchChartIndex(http, location, {
        ...(options ?? defaultHttpGetOptions()),
        ...(login ? { basicAuth: login } : {})
      })
      indexes.set(key, pending)
    }
    out.push(...checkAgainst(addon, await pending))
  }
  return out
}

function checkAgainst(
  addon: CheckedAddon,
  index: ChartIndexResult
): Diagnostic[] {
  if (index.status === 'unavailable') {
    // A refusal is the run's own login at fault (or a missing one), which
    // a sync would meet too: a warning naming the credential used.
    const refused = /^HTTP (401|403)$/.test(index.reason)
    const credential = addon.chart.credentialName
    const used = refused
      ? credential === undefined
        ? ', refused without a credential'
        : `, refused credential "${credential}"`
      : ''
    return [
      at(
        addon,
        refused ? 'warning' : 'info',
        chartCheckCodes.indexUnavailable,
        `add-on "${addon.name}": chart_version not checked, ${index.url} could not be read (${index.reason}${used})`
      )
    ]
  }
  const chart = index.charts.find((c) => c.name === addon.chartName)
  if (!chart) {
    const suggestion = didYouMean(
      closestNames(
        addon.chartName,
        index.charts.map((c) => c.name)
      )
    )
    return [
      at(
        addon,
        'error',
        chartCheckCodes.chartNotFound,
        `add-on "${addon.name}": chart "${addon.chartName}" is not in ${index.url}`,
        suggestion,
        '/chart_name'
      )
    ]
  }
  if (chart.versions.some((v) => sameChartVersion(v, addon.chartVersion)))
    return []
  const recent = chart.versions.slice(0, 5)
  return [
    at(
      addon,
      'error',
      chartCheckCodes.versionNotFound,
      `add-on "${addon.name}": chart ${chart.name} has no version ${addon.chartVersion} in ${index.url}`,
      recent.length > 0
        ? `versions listed first in the index: ${recent.join(', ')}`
        : 'the index lists no versions of this chart',
      '/chart_version'
    )
  ]
}

function at(
  addon: CheckedAddon,
  severity: Diagnostic['severity'],
  code: string,
  message: string,
  hint?: string,
  field = '/chart_version'
): Diagnostic {
  const { file, line, column, endLine, endColumn, pointer } = addon.source
  return {
    severity,
    code,
    message,
    ...(hint !== undefined ? { hint } : {}),
    file,
    line,
    column,
    ...(endLine !== undefined ? { endLine } : {}),
    ...(endColumn !== undefined ? { endColumn } : {}),
    pointer: `${pointer}${field}`
  }
}
