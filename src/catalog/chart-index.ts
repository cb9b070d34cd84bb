/**
 * A Helm HTTP repository's index.yaml (importcluster-format.md §12.3): only
 * `entries.<chart>[].version` is read. Reaching the repository is optional,
 * so every failure becomes a reason string, never a throw.
 */
import { parseConfigYaml } from '../config-yaml.js'
import { getErrorMessage } from '../errors.js'
import {
  defaultHttpGetOptions,
  type HttpClient,
  type HttpGetOptions
} from '../ports/http.js'

/** One chart of a repository, with its versions in index order (newest first, as Helm writes it). */
export interface ChartListing {
  name: string
  versions: string[]
}

/** What fetching a repository's index gave. */
export type ChartIndexResult =
  | { status: 'ok'; url: string; charts: ChartListing[] }
  | { status: 'unavailable'; url: string; reason: string }

/** `<repository>/index.yaml`, with at most one slash between them. */
export function chartIndexUrl(repositoryUrl: string): string {
  return `${repositoryUrl.replace(/\/+$/, '')}/index.yaml`
}

/**
 * Fetches and reads the index of an HTTP chart repository. Resolves with
 * `unavailable` (and why) when it cannot be reached, answers with a non-2xx
 * status, or is not a Helm index.
 */
export async function fetchChartIndex(
  http: HttpClient,
  repositoryUrl: string,
  options: HttpGetOptions = defaultHttpGetOptions()
): Promise<ChartIndexResult> {
  const url = chartIndexUrl(repositoryUrl)
  let text: string
  try {
    const response = await http.getText(url, options)
    if (response.status < 200 || response.status > 299) {
      return { status: 'unavailable', url, reason: `HTTP ${response.status}` }
    }
    text = response.text
  } catch (error) {
    return { status: 'unavailable', url, reason: describeFailure(error) }
  }
  const charts = parseChartIndex(text)
  return typeof charts === 'string'
    ? { status: 'unavailable', url, reason: charts }
    : { status: 'ok', url, charts }
}

/**
 * The charts of an index.yaml text, sorted by name, or a reason string when
 * it is not a Helm repository index. Versions that are not strings are skipped.
 */
export function parseChartIndex(text: string): ChartListing[] | string {
  let parsed: unknown
  try {
    // Real indexes are large and machine-written; duplicate keys are not ours to judge.
    parsed = parseConfigYaml(text, { lenient: true })
  } catch (error) {
    return `index.yaml is not valid YAML: ${getErrorMessage(error).split('\n')[0] ?? ''}`
  }
  if (!isRecord(parsed) || !isRecord(parsed.entries)) {
    return 'index.yaml has no "entries" mapping; is this a Helm chart repository?'
  }
  // One list read once, however many charts name it: an index whose
  // charts all alias one long list took time quadratic in its size.
  const read = new Map<unknown[], string[]>()
  const versionsOf = (list: unknown[]): string[] => {
    let versions = read.get(list)
    if (!versions) {
      versions = list.flatMap((v) =>
        isRecord(v) && typeof v.version === 'string' ? [v.version] : []
      )
      read.set(list, versions)
    }
    return versions
  }
  return Object.entries(parsed.entries)
    .map(([name, versions]) => ({
      name,
      versions: Array.isArray(versions) ? versionsOf(versions) : []
    }))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
}

/**
 * Helm-style version equality: a leading `v` does not count (`1.2.0` ≡
 * `v1.2.0`) and missing minor or patch parts are zero (`1.2` ≡ `1.2.0`), as
 * Helm's semver parsing reads them. Pre-release and build parts must match.
 */
export function sameChartVersion(a: string, b: string): boolean {
  return canonicalVersion(a) === canonicalVersion(b)
}

function canonicalVersion(version: string): string {
  const bare = version.trim().replace(/^[vV]/, '')
  const match = /^(\d+)(?:\.(\d+))?(?:\.(\d+))?(.*)$/.exec(bare)
  if (!match) return bare
  const [, major, minor, patch, rest] = match
  return `${Number(major)}.${Number(minor ?? 0)}.${Number(patch ?? 0)}${rest ?? ''}`
}

function describeFailure(error: unknown): string {
  // Duck-typed rather than instanceof: fetch's errors may come from another
  // realm (a test VM), and "fetch failed" hides the real cause in `cause`.
  if (!isErrorLike(error)) return getErrorMessage(error)
  if (error.name === 'TimeoutError') return 'timed out'
  const cause = isErrorLike(error.cause) ? error.cause : undefined
  const detail = cause ? cause.message || cause.code || '' : ''
  return detail && detail !== error.message
    ? `${error.message}: ${detail}`
    : error.message
}

function isErrorLike(value: unknown): value is {
  name?: string
  message: string
  code?: string
  cause?: unknown
} {
  return isRecord(value) && typeof value.message === 'string'
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
