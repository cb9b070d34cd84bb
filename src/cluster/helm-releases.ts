/**
 * The releases already in a namespace, as one `helm list` tells them: a
 * sync's add-on steps each need to know whether their release exists and
 * whether a cancelled run left it pending. Asking `helm history` per
 * release cost two helm processes per add-on (each ~0.07 CPU-seconds and a
 * quarter of a second before the upgrade could start); one list per
 * namespace answers every release in it.
 */

/** A release's latest revision and its status (`deployed`, `pending-upgrade`, …). */
export interface ReleaseState {
  revision: number
  status: string
  /** `<chart name>-<version>`, as `helm list` shows it. */
  chart?: string
}

/**
 * `helm list` flags that show every release whatever its status, the same
 * in helm v3 and v4 (v4 has no `--all`). `--max 0` lifts the default limit
 * of 256 releases in both.
 */
export const listEveryReleaseArgs: readonly string[] = [
  '--deployed',
  '--failed',
  '--pending',
  '--superseded',
  '--uninstalled',
  '--uninstalling',
  '--max',
  '0',
  '-o',
  'json'
]

/**
 * `helm list -o json` as release name → latest revision and status;
 * undefined when the output is not that shape. Helm prints the revision
 * as a string.
 */
export function parseReleaseList(
  stdout: string
): Map<string, ReleaseState> | undefined {
  let parsed: unknown
  try {
    parsed = JSON.parse(stdout)
  } catch {
    return undefined
  }
  if (!Array.isArray(parsed)) return undefined
  const releases = new Map<string, ReleaseState>()
  for (const item of parsed as unknown[]) {
    if (typeof item !== 'object' || item === null) return undefined
    const { name, revision, status, chart } = item as Record<string, unknown>
    const number = Number(revision)
    if (typeof name !== 'string' || typeof status !== 'string') return undefined
    if (!Number.isInteger(number)) return undefined
    releases.set(name, {
      revision: number,
      status,
      ...(typeof chart === 'string' ? { chart } : {})
    })
  }
  return releases
}
