/**
 * Builds or refreshes the site in a folder: reads the data the previous
 * build left there, reads what is newer from GitHub, and writes every page,
 * the badges and the data file. Shared by `clustersync page` and the
 * Action's `mode: page`.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import type { GitHubApi } from '../ports/github.js'
import { buildSite } from './build-site.js'
import { dataFileName, parsePageData } from './page-data.js'
import { readPageData } from './read-page-data.js'

export interface SiteOptions {
  dir: string
  repository: string
  serverUrl: string
  /** Read every sync on a first build, not the newest 500 per cluster. */
  all: boolean
  now: Date
  /** Requests this build may make (default 500: half the hourly limit). */
  maxRequests?: number
}

export interface SiteResult {
  clusters: number
  syncs: number
  /** GitHub requests this build made. */
  requests: number
  /** Syncs whose outcome the next build reads (the budget ran out). */
  unresolved: number
  /** True when a previous build's data was found and extended. */
  incremental: boolean
}

/** Syncs per cluster the first build reads without `all`. */
export const firstBuildLimit = 500
/** GITHUB_TOKEN may make 1,000 requests an hour; a build uses at most half. */
export const defaultMaxRequests = 500

/** Writes the site; rejects with GitHub's or the file system's error. */
export async function updateSite(
  api: GitHubApi,
  options: SiteOptions
): Promise<SiteResult> {
  const dataPath = join(options.dir, dataFileName)
  const previous = parsePageData(
    await readFile(dataPath, 'utf8').catch(() => undefined),
    options.repository
  )
  const read = await readPageData(api, {
    repository: options.repository,
    serverUrl: options.serverUrl,
    previous,
    firstBuildLimit,
    all: options.all,
    maxRequests: options.maxRequests ?? defaultMaxRequests,
    now: options.now
  })
  const files = buildSite(read.data, options.now)
  for (const [path, content] of files) {
    const target = join(options.dir, path)
    await mkdir(dirname(target), { recursive: true })
    await writeFile(target, content)
  }
  return {
    clusters: read.data.clusters.length,
    syncs: read.data.clusters.reduce((n, c) => n + c.syncs.length, 0),
    requests: read.requests,
    unresolved: read.unresolved,
    incremental: previous !== undefined
  }
}
