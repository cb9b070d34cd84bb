/**
 * The cluster definition's name (`metadata.name`) from its own file alone,
 * without loading what it includes: enough to find the cluster's lock and
 * inventory before the definition is validated (apply/unchanged-inputs.ts).
 */
import { join } from 'node:path'
import { parseDocument } from 'yaml'
import type { FileSystem } from '../ports/fs.js'

/** Larger files are left to the loader (a definition's own file is small). */
const maxHintBytes = 1024 * 1024

/** The name, or undefined when the file cannot say it plainly. */
export async function readDefinitionName(
  fs: FileSystem,
  root: string,
  file: string
): Promise<string | undefined> {
  try {
    const bytes = await fs.readFile(join(root, file))
    if (bytes.byteLength > maxHintBytes) return undefined
    const doc = parseDocument(new TextDecoder().decode(bytes), {
      uniqueKeys: true
    })
    if (doc.errors.length > 0) return undefined
    const name = doc.getIn(['metadata', 'name'])
    return typeof name === 'string' && name !== '' ? name : undefined
  } catch {
    // Unreadable here means the loader will say why; this is only a hint.
    return undefined
  }
}
