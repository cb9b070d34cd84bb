/**
 * The whole site from PageData, as files: `index.html` (the fleet), and per
 * cluster `<cluster>/index.html` and `<cluster>/badge.svg`, plus the data
 * file the next build starts from. Pure: the same data and time give the
 * same bytes.
 */
import { repoLinks } from '../report/links.js'
import { clusterPath } from './html.js'
import { dataFileName, type PageData } from './page-data.js'
import { renderBadge } from './badge.js'
import { renderClusterPage } from './render-cluster.js'
import { renderFleetPage } from './render-fleet.js'
import { clusterBanner } from './render-parts.js'

/** Every file of the site by its path inside the site folder. */
export function buildSite(data: PageData, now: Date): Map<string, string> {
  const links = repoLinks(data.serverUrl, data.repository)
  const files = new Map<string, string>()
  files.set('index.html', renderFleetPage(data, { links, now }))
  for (const cluster of data.clusters) {
    const dir = clusterPath(cluster.name)
    files.set(
      `${dir}/index.html`,
      renderClusterPage(cluster, {
        links,
        now,
        builtAt: data.builtAt,
        repository: data.repository
      })
    )
    files.set(
      `${dir}/badge.svg`,
      renderBadge(cluster.name, clusterBanner(cluster))
    )
  }
  files.set(dataFileName, `${JSON.stringify(data)}\n`)
  return files
}
