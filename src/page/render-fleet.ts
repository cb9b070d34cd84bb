/**
 * The fleet page (`index.html`): one row per cluster with its banner, the
 * last synced commit and when, drift from the latest scheduled check, and
 * a link to the cluster's page.
 */
import { shortSha, type RepoLinks } from '../report/links.js'
import { clusterPath, esc, link } from './html.js'
import type { PageData } from './page-data.js'
import {
  clusterBanner,
  document,
  statusClass,
  timeTag
} from './render-parts.js'

/** The fleet page's HTML. */
export function renderFleetPage(
  data: PageData,
  context: { links: RepoLinks; now: Date }
): string {
  const { links, now } = context
  const rows = data.clusters.map((c) => {
    const banner = clusterBanner(c)
    const synced = c.syncs.find((s) => s.status === 'Success')
    const path = `${encodeURIComponent(clusterPath(c.name))}/index.html`
    return [
      '<tr>',
      `<th scope="row"><a href="${esc(path)}">${esc(c.name)}</a></th>`,
      `<td><span class="badge ${statusClass(banner)}">${esc(banner)}</span></td>`,
      `<td>${synced ? `${link(links.commitUrl(synced.commit), `<code>${esc(shortSha(synced.commit))}</code>`)} ${timeTag(synced.startedAt, now)}` : '—'}</td>`,
      `<td>${c.drift ? `${link(c.drift.url, esc(c.drift.summary))} ${timeTag(c.drift.checkedAt, now)}` : '—'}</td>`,
      '</tr>'
    ].join('')
  })
  const body = [
    `<h1>${esc(data.repository)}: clusters</h1>`,
    data.clusters.length === 0
      ? '<p>No cluster has been synced yet: the Action records a sync per cluster with <code>mode: sync</code>.</p>'
      : `<div class="scroll"><table><caption class="muted">${data.clusters.length} clusters</caption><thead><tr><th scope="col">Cluster</th><th scope="col">Status</th><th scope="col">Last synced commit</th><th scope="col">Drift (latest scheduled check)</th></tr></thead><tbody>${rows.join('\n')}</tbody></table></div>`
  ].join('\n')
  return document({
    title: `${data.repository} · ClusterSync`,
    body,
    builtAt: data.builtAt,
    now
  })
}
