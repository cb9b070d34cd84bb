/**
 * The rules that compare files with each other: a name may be used once
 * (after normalisation), and a URL once unless README.md records why two
 * files share it. Duplicates are reported on every file after the first
 * (in name order), pointing back at the first.
 */
import type { Diagnostic } from '../diagnostics.js'
import { normalizeRegistryName } from '../definition/registry-lookup.js'
import type { RecordedException } from './readme-exceptions.js'
import type { ParsedRegistryFile } from './registry-file.js'
import { locate } from './yaml-locate.js'

/** Stable codes of the duplicate rules. */
export const duplicateCodes = {
  name: 'registry-duplicate-name',
  url: 'registry-duplicate-url'
} as const

/** Files that passed the schema and carry an entry. */
type ValidFile = ParsedRegistryFile & {
  entry: NonNullable<ParsedRegistryFile['entry']>
}

/** Errors for every name used by more than one file, normalised. */
export function checkDuplicateNames(files: readonly ValidFile[]): Diagnostic[] {
  return groupBy(files, (f) => normalizeRegistryName(f.entry.name)).flatMap(
    ([first, ...rest]) =>
      rest.map((file) => ({
        severity: 'error' as const,
        code: duplicateCodes.name,
        message: `spec.name "${file.entry.name}" is already used by ${first.name} ("${first.entry.name}"); names are compared lower-cased, trimmed and with inner whitespace collapsed`,
        hint: 'pick another name, or extend the existing file instead of adding one',
        ...locate(file.yaml, ['spec', 'name'])
      }))
  )
}

/**
 * Errors for every URL used by more than one file, unless an exception names
 * exactly that set of files; then a notice quoting the recorded reason. Also
 * returns the exceptions that matched, so unused ones can be reported.
 */
export function checkDuplicateUrls(
  files: readonly ValidFile[],
  exceptions: readonly RecordedException[],
  readmeFile: string
): { diagnostics: Diagnostic[]; used: RecordedException[] } {
  const used: RecordedException[] = []
  const diagnostics = groupBy(files, (f) => comparableUrl(f.entry.url)).flatMap(
    (group) => {
      const [first, ...rest] = group
      const names = group.map((f) => f.name).join(' ')
      const recorded = exceptions.find(
        (e) => e.code === 'duplicate-url' && e.files.join(' ') === names
      )
      if (recorded) used.push(recorded)
      return rest.map((file) => ({
        severity: recorded ? ('info' as const) : ('error' as const),
        code: duplicateCodes.url,
        message: recorded
          ? `spec.url is shared with ${first.name}, as recorded in ${readmeFile}:${recorded.line}: ${recorded.reason}`
          : `spec.url ${file.entry.url} is already used by ${first.name}`,
        ...(recorded
          ? {}
          : {
              hint: `use the existing registry "${first.entry.name}", or record why both are needed in ${readmeFile}: - duplicate-url: ${names} — <reason>`
            }),
        ...locate(file.yaml, ['spec', 'url'])
      }))
    }
  )
  return { diagnostics, used }
}

/**
 * A URL as compared for duplicates: scheme and host are case-insensitive and
 * a trailing slash changes nothing for a chart repository root.
 */
export function comparableUrl(url: string): string {
  const trimmed = url.trim().replace(/\/+$/, '')
  const match = /^([a-z][a-z0-9+.-]*:\/\/[^/]*)(.*)$/i.exec(trimmed)
  return match ? `${(match[1] ?? '').toLowerCase()}${match[2] ?? ''}` : trimmed
}

/** Groups of two or more items sharing a key, each group in input order. */
function groupBy<T>(
  items: readonly T[],
  key: (item: T) => string
): [T, ...T[]][] {
  const groups = new Map<string, [T, ...T[]]>()
  for (const item of items) {
    const k = key(item)
    const group = groups.get(k)
    if (group) group.push(item)
    else groups.set(k, [item])
  }
  return [...groups.values()].filter((g) => g.length > 1)
}
