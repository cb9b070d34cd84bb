/**
 * `catalog list`, `search <term>` and `show <name>`: the registries users
 * can name, from the bundled catalog or a folder given with --registries,
 * optionally with the charts their index.yaml offers (--charts).
 */
import { plural } from '../../plural.js'
import { resolve } from 'node:path'
import { createNodeHttp } from '../../adapters/node-http.js'
import {
  createCatalogLookup,
  describeUnknownRegistry
} from '../../catalog/catalog-lookup.js'
import {
  loadBundledCatalog,
  loadCatalog,
  type Catalog
} from '../../catalog/load-catalog.js'
import type { CatalogEntry } from '../../catalog/registry-file.js'
import { normalizeRegistryName } from '../../definition/registry-lookup.js'
import { parseDuration } from '../../duration.js'
import { ConfigurationError, UsageError } from '../../errors.js'
import {
  booleanOption,
  outputFormat,
  stringOption,
  type ParsedArgs
} from '../args.js'
import type { CliContext } from '../context.js'
import {
  listCharts,
  renderCharts,
  type RegistryCharts
} from './chart-listing.js'
import { displayPath } from './display-path.js'
import { folderError } from './folder-error.js'
import {
  registryJson,
  renderRegistryDetails,
  renderRegistryTable
} from './registry-table.js'

/** A catalog and the folder name its files are shown under. */
export interface LoadedCatalog {
  catalog: Catalog
  /** How files are named in output: `helm_registries` or the folder as given. */
  folder: string
}

export async function catalogFor(
  args: ParsedArgs,
  ctx: CliContext
): Promise<LoadedCatalog> {
  const folder = stringOption(args, 'registries')
  if (folder === undefined)
    return { catalog: await loadBundledCatalog(), folder: 'helm_registries' }
  const display = displayPath(folder, ctx.cwd)
  const catalog = await loadCatalog(
    ctx.fs,
    resolve(ctx.cwd, folder),
    display
  ).catch((error: unknown) => {
    throw folderError(display, error)
  })
  for (const d of catalog.diagnostics) {
    // Invalid files are left out of the catalog; say which, without failing.
    ctx.stderr.write(
      `warning: ${d.file ?? display}:${d.line ?? 1}: ${d.message} (left out; run 'clustersync catalog check ${display}')\n`
    )
  }
  return { catalog, folder: display }
}

export async function printRegistries(
  loaded: LoadedCatalog,
  args: ParsedArgs,
  ctx: CliContext,
  term: string | undefined
): Promise<number> {
  const entries =
    term === undefined
      ? loaded.catalog.entries
      : search(loaded.catalog.entries, term)
  const charts = await chartsFor(entries, args, ctx)
  if (outputFormat(args) === 'json') {
    const registries = entries.map((e, i) => ({
      ...registryJson(e, loaded.folder),
      ...chartsJson(charts?.[i])
    }))
    ctx.stdout.write(`${JSON.stringify({ registries }, null, 2)}\n`)
    return 0
  }
  const count = plural(entries.length, 'registry', 'registries')
  const footer =
    term === undefined ? `${count}\n` : `${count} matching "${term}"\n`
  ctx.stdout.write(`${renderRegistryTable(entries)}${footer}`)
  entries.forEach((entry, i) => {
    const listing = charts?.[i]
    if (listing) writeCharts(entry, listing, ctx)
  })
  return 0
}

export function showRegistry(
  loaded: LoadedCatalog,
  args: ParsedArgs,
  ctx: CliContext,
  name: string
): Promise<number> {
  const lookup = createCatalogLookup(loaded.catalog.entries)
  const entry = lookup.find(name)
  if (!entry) {
    const { message, hint } = describeUnknownRegistry(name, lookup, 'catalog')
    throw new ConfigurationError(`${message}; ${hint}`)
  }
  return chartsFor([entry], args, ctx).then((charts) => {
    if (outputFormat(args) === 'json') {
      ctx.stdout.write(
        `${JSON.stringify({ ...registryJson(entry, loaded.folder), ...chartsJson(charts?.[0]) }, null, 2)}\n`
      )
      return 0
    }
    ctx.stdout.write(renderRegistryDetails(entry, loaded.folder))
    const listing = charts?.[0]
    if (listing) writeCharts(entry, listing, ctx)
    return 0
  })
}

/** Entries whose name or URL contains the term (names compared normalised). */
function search(
  entries: readonly CatalogEntry[],
  term: string
): CatalogEntry[] {
  const name = normalizeRegistryName(term)
  const text = term.trim().toLowerCase()
  if (text === '') throw new UsageError('catalog search needs a non-empty term')
  return entries.filter(
    (e) =>
      normalizeRegistryName(e.name).includes(name) ||
      e.url.toLowerCase().includes(text)
  )
}

async function chartsFor(
  entries: readonly CatalogEntry[],
  args: ParsedArgs,
  ctx: CliContext
): Promise<RegistryCharts[] | undefined> {
  if (!booleanOption(args, 'charts')) return undefined
  const timeout = stringOption(args, 'timeout')
  const timeoutMs =
    timeout === undefined
      ? 10_000
      : parseDuration(timeout, 'option --timeout', UsageError)
  const charts = await listCharts(entries, createNodeHttp(), timeoutMs)
  for (const listing of charts) {
    if ('notice' in listing) ctx.stderr.write(`notice: ${listing.notice}\n`)
  }
  return charts
}

function chartsJson(listing: RegistryCharts | undefined): object {
  if (!listing) return {}
  return 'notice' in listing
    ? { charts: null, notice: listing.notice }
    : { charts: listing.charts }
}

function writeCharts(
  entry: CatalogEntry,
  listing: RegistryCharts,
  ctx: CliContext
): void {
  ctx.stdout.write(renderCharts(entry, listing))
}
