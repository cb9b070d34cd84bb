/**
 * How `catalog list`, `search` and `show` print registries: an aligned table
 * (name, kind, URL, excluded charts) for people, plain objects for `--format
 * json`. Column widths come from the rows, so output is byte-identical for
 * the same catalog.
 */
import type { CatalogEntry } from '../../catalog/registry-file.js'
import {
  hasKindMismatch,
  registryKindForUrl
} from '../../catalog/registry-kind.js'

/** A registry as `--format json` prints it. */
export interface RegistryJson {
  name: string
  kind: CatalogEntry['kind']
  url: string
  excludeCharts: string[]
  /** The catalog file, or the origin of a registry from elsewhere. */
  file: string
  /** Present (and false) only when the kind contradicts the URL scheme. */
  kindMatchesUrl?: false
}

/** The JSON shape of one entry. */
export function registryJson(
  entry: CatalogEntry,
  folder: string
): RegistryJson {
  return {
    name: entry.name,
    kind: entry.kind,
    url: entry.url,
    excludeCharts: [...entry.excludeCharts],
    file: entry.file !== undefined ? `${folder}/${entry.file}` : entry.origin,
    ...(hasKindMismatch(entry) ? { kindMatchesUrl: false as const } : {})
  }
}

/** The entries as an aligned table with a header; empty string for none. */
export function renderRegistryTable(entries: readonly CatalogEntry[]): string {
  if (entries.length === 0) return ''
  return renderColumns([
    ['NAME', 'KIND', 'URL', 'EXCLUDED CHARTS'],
    ...entries.map((e) => [e.name, e.kind, e.url, e.excludeCharts.join(', ')])
  ])
}

/** `show`: one registry as labelled lines, with a warning for a kind mismatch. */
export function renderRegistryDetails(
  entry: CatalogEntry,
  folder: string
): string {
  const json = registryJson(entry, folder)
  const lines = renderColumns([
    ['name:', json.name],
    ['kind:', json.kind],
    ['url:', json.url],
    ['file:', json.file],
    ['excluded charts:', json.excludeCharts.join(', ') || '(none)']
  ])
  if (!hasKindMismatch(entry)) return lines
  return `${lines}warning: kind ${entry.kind} does not match the URL scheme (${registryKindForUrl(entry.url) ?? 'unknown'}); add-ons using it fail validation\n`
}

/** Rows padded to the widest cell per column; the last column is not padded. */
export function renderColumns(rows: readonly (readonly string[])[]): string {
  const widths: number[] = []
  for (const row of rows) {
    row.forEach((cell, i) => {
      widths[i] = Math.max(widths[i] ?? 0, cell.length)
    })
  }
  return rows
    .map(
      (row) =>
        row
          .map((cell, i) =>
            i === row.length - 1 ? cell : cell.padEnd(widths[i] ?? 0)
          )
          .join('  ')
          .trimEnd() + '\n'
    )
    .join('')
}
