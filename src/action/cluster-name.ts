/**
 * The cluster's name before the definition is validated: the check run and
 * the commit status are created at the very start, named after the cluster,
 * so `metadata.name` is read from the root file without includes. A file
 * that does not parse falls back to the caller's default; validation then
 * reports the real problem.
 */
import { posix } from 'node:path'
import { parse } from 'yaml'
import type { FileSystem } from '../ports/fs.js'

/** `metadata.name` of the root definition file, or undefined. */
export async function peekClusterName(
  fs: FileSystem,
  root: string,
  file: string
): Promise<string | undefined> {
  try {
    const text = new TextDecoder().decode(
      await fs.readFile(posix.join(root, file))
    )
    const doc: unknown = parse(text)
    const metadata =
      typeof doc === 'object' && doc !== null
        ? (doc as Record<string, unknown>).metadata
        : undefined
    const name =
      typeof metadata === 'object' && metadata !== null
        ? (metadata as Record<string, unknown>).name
        : undefined
    return typeof name === 'string' && /^[A-Za-z0-9._-]{1,100}$/.test(name)
      ? name
      : undefined
  } catch {
    // Unreadable or not YAML: the caller's fallback names the run.
    return undefined
  }
}
