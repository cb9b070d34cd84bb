/**
 * Chart mirrors: "fetch charts of repository A from B instead". Air-gapped
 * and offline clusters need them (the add-ons of Ankra's examples point at
 * public repositories), and the local demo uses one to point the example
 * repository at the chart server of the local control plane. A mirror
 * rewrites where a chart is fetched from; the definition stays unchanged.
 */
import { ConfigurationError } from '../errors.js'
import type { ChartSource, ClusterDefinition } from './definition-types.js'

export interface ChartMirror {
  /** URL prefix as written in definitions (`https://charts.jetstack.io`). */
  from: string
  /** Where to fetch instead (`http://mirror.internal/jetstack`). */
  to: string
}

/**
 * Parses `FROM=TO` (a CLI flag or an Action input line). Both sides must be
 * http(s):// or both oci:// URLs, since Helm fetches the two kinds
 * differently. Throws ConfigurationError naming the text.
 */
export function parseChartMirror(text: string): ChartMirror {
  const at = text.indexOf('=')
  const from = trimSlash(text.slice(0, Math.max(at, 0)).trim())
  const to = trimSlash(text.slice(at + 1).trim())
  if (at <= 0 || from === '' || to === '') {
    throw new ConfigurationError(
      `chart mirror "${text}" is not of the form FROM=TO (e.g. https://charts.jetstack.io=http://mirror.internal/jetstack)`
    )
  }
  if (schemeKind(from) === undefined || schemeKind(from) !== schemeKind(to)) {
    throw new ConfigurationError(
      `chart mirror "${text}": both sides must be http(s):// URLs, or both oci:// URLs`
    )
  }
  return { from, to }
}

/**
 * Returns the definition with every add-on whose chart location starts with
 * a mirror's `from` (at a path boundary) fetched from its `to` instead; the
 * longest matching prefix wins. `mirroredFrom` keeps the written location
 * for the plan and for messages. Pure; the input is not modified.
 */
export function applyChartMirrors(
  definition: ClusterDefinition,
  mirrors: readonly ChartMirror[]
): ClusterDefinition {
  if (mirrors.length === 0) return definition
  const byLength = [...mirrors].sort((a, b) => b.from.length - a.from.length)
  return {
    ...definition,
    stacks: definition.stacks.map((stack) => ({
      ...stack,
      addons: stack.addons.map((addon) => ({
        ...addon,
        chart: mirrorChart(addon.chart, byLength)
      }))
    }))
  }
}

function mirrorChart(
  chart: ChartSource,
  mirrors: readonly ChartMirror[]
): ChartSource {
  if (chart.type === 'path') return chart
  const location = trimSlash(chart.location)
  const mirror = mirrors.find(
    (m) => location === m.from || location.startsWith(`${m.from}/`)
  )
  if (!mirror) return chart
  return {
    ...chart,
    location: mirror.to + location.slice(mirror.from.length),
    mirroredFrom: chart.location
  }
}

function schemeKind(url: string): 'http' | 'oci' | undefined {
  if (/^https?:\/\/[^/]/i.test(url)) return 'http'
  if (/^oci:\/\/[^/]/i.test(url)) return 'oci'
  return undefined
}

function trimSlash(url: string): string {
  return url.replace(/\/+$/, '')
}
