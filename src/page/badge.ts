/**
 * A shields-style SVG badge of a cluster's banner ("clustersync | Synced"),
 * for a README: `![prod](https://…/prod/badge.svg)`. Widths are estimated
 * from the text (Verdana 11 px, as shields measures) since no font is
 * measured here.
 */
import type { Banner } from '../report/status-words.js'
import { esc } from './html.js'

const colours: Record<Banner, string> = {
  Synced: '#2e7d32',
  Syncing: '#8a6100',
  Error: '#c62828',
  'Not Configured': '#616161'
}

/** The SVG badge; the label is the cluster name, the value its banner. */
export function renderBadge(cluster: string, banner: Banner): string {
  const label = cluster.length > 40 ? `${cluster.slice(0, 39)}…` : cluster
  const width = (text: string): number => Math.round(text.length * 6.5 + 10)
  const lw = width(label)
  const vw = width(banner)
  const total = lw + vw
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${total}" height="20" role="img" aria-label="${esc(label)}: ${banner}"><title>${esc(label)}: ${banner}</title><linearGradient id="s" x2="0" y2="100%"><stop offset="0" stop-color="#bbb" stop-opacity=".1"/><stop offset="1" stop-opacity=".1"/></linearGradient><clipPath id="r"><rect width="${total}" height="20" rx="3" fill="#fff"/></clipPath><g clip-path="url(#r)"><rect width="${lw}" height="20" fill="#555"/><rect x="${lw}" width="${vw}" height="20" fill="${colours[banner]}"/><rect width="${total}" height="20" fill="url(#s)"/></g><g fill="#fff" text-anchor="middle" font-family="Verdana,Geneva,DejaVu Sans,sans-serif" font-size="11"><text x="${lw / 2}" y="14">${esc(label)}</text><text x="${lw + vw / 2}" y="14">${banner}</text></g></svg>
`
}
