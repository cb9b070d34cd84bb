/**
 * "Did you mean" for registry names, fields and charts. Names are compared
 * normalised (as the lookup compares them), so `Jet Stack` still finds
 * `jetstack` and case never counts as a typo.
 */
import { editDistance } from '../validate/did-you-mean.js'
import { normalizeRegistryName } from '../definition/registry-lookup.js'

/**
 * Up to `limit` candidates closest to `name`, nearest first (ties in byte
 * order), keeping only plausible typos: at most a third of the name's length
 * differs, and at least 1–2 edits are always allowed for short names.
 */
export function closestNames(
  name: string,
  candidates: readonly string[],
  limit = 3
): string[] {
  const target = normalizeRegistryName(name)
  const maxDistance = Math.max(2, Math.floor(target.length / 3))
  const scored: { candidate: string; distance: number }[] = []
  const seen = new Set<string>()
  for (const candidate of candidates) {
    const normalised = normalizeRegistryName(candidate)
    if (seen.has(normalised)) continue
    seen.add(normalised)
    const distance = Math.min(
      editDistance(target, normalised),
      // Spaces, dashes and underscores are easy to mix up in names
      // ("open webui", "open-webui"); count such a difference as one edit.
      editDistance(squash(target), squash(normalised)) + 1
    )
    if (distance <= maxDistance) scored.push({ candidate, distance })
  }
  scored.sort(
    (a, b) =>
      a.distance - b.distance ||
      (a.candidate < b.candidate ? -1 : a.candidate > b.candidate ? 1 : 0)
  )
  // A candidate equal after normalisation is the answer, not one of several.
  const exact = scored.filter((s) => s.distance === 0)
  return (exact.length > 0 ? exact : scored)
    .slice(0, limit)
    .map((s) => s.candidate)
}

/** ` (did you mean "a" or "b"?)`-style hint text, or undefined without candidates. */
export function didYouMean(suggestions: readonly string[]): string | undefined {
  if (suggestions.length === 0) return undefined
  const quoted = suggestions.map((s) => `"${s}"`)
  const head = quoted.slice(0, -1).join(', ')
  const last = quoted.slice(-1).join('')
  return `did you mean ${head ? `${head} or ${last}` : last}?`
}

function squash(name: string): string {
  return name.replace(/[\s_-]+/g, '')
}
