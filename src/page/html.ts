/**
 * Writing HTML safely: every piece of text from GitHub or a repository (a
 * cluster name, a step name, an error message) goes through `esc`, so no
 * name can open a tag or run script in the page.
 */

const entities: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;'
}

/** Text for element content or a quoted attribute value. */
export function esc(text: string | number): string {
  return String(text).replace(/[&<>"']/g, (c) => entities[c] ?? c)
}

/**
 * An http(s) URL for an href, escaped; anything else (a `javascript:` URL
 * from a tampered record) becomes undefined so no link is written.
 */
export function safeUrl(url: string | undefined): string | undefined {
  if (url === undefined) return undefined
  return /^https?:\/\//i.test(url) ? esc(url) : undefined
}

/** A link when the URL is safe, else the text alone. */
export function link(url: string | undefined, text: string): string {
  const href = safeUrl(url)
  return href ? `<a href="${href}">${text}</a>` : text
}

/**
 * A folder name for a cluster: letters, digits, `_` and `-` kept, anything
 * else written as its code point between tildes (`~3c~`), so any name gives
 * a plain, unique path (never `..`, never a slash).
 */
export function clusterPath(name: string): string {
  const safe = name.replace(
    /[^A-Za-z0-9_-]/g,
    (c) => `~${c.codePointAt(0)?.toString(16) ?? ''}~`
  )
  return safe === '' ? '~' : safe
}

/** "2025-03-01 12:00 UTC": the absolute time shown on hover. */
export function absoluteTime(iso: string): string {
  const t = Date.parse(iso)
  if (!Number.isFinite(t)) return iso
  return `${new Date(t).toISOString().slice(0, 16).replace('T', ' ')} UTC`
}
