/**
 * The cluster's name before the definition is validated, read from the root
 * file alone, without includes: the Action names its check run and commit
 * status after it at the very start, and a sync looks up the cluster's lock
 * and inventory with it while validating (state/unchanged-inputs.ts). A
 * file that does not parse gives no name; validation then reports the real
 * problem. It is only a hint, so it is read as plain data (config-yaml.ts, js-yaml), the smaller of the
 * two parsers, which keeps `yaml` out of the CLI's startup: where the two
 * could differ, the worst outcome is a name that finds no record.
 *
 * It runs before anything is checked, in every mode of the Action and for
 * forks too, so it reads through the guarded reader like the loader: a
 * definition that is a FIFO, a link to /dev/zero or too large gives no
 * name here, and validation reports it.
 */
import { parseConfigYaml } from '../config-yaml.js'
import type { FileSystem } from '../ports/fs.js'
import { readGuarded, readRoot } from './guarded-read.js'

/** `metadata.name` of the root definition file, or undefined. */
export async function peekClusterName(
  fs: FileSystem,
  root: string,
  file: string
): Promise<string | undefined> {
  const read = await readGuarded(
    fs,
    await readRoot(fs, root),
    file.split('\\').join('/'),
    'the cluster definition'
  )
  // Refused or unreadable: the caller's fallback names the run.
  if ('refused' in read) return undefined
  return clusterNameIn(new TextDecoder().decode(read.bytes))
}

/** `metadata.name` of a definition's text, or undefined. */
export function clusterNameIn(text: string): string | undefined {
  try {
    const doc = parseConfigYaml(text)
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
    // Not YAML: the caller's fallback names the run.
    return undefined
  }
}
