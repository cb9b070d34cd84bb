/**
 * A fixture definition from __fixtures__/definitions/ copied into memory
 * under /repo, so a test can change one file between two syncs.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative, resolve } from 'node:path'
import { MemoryFs } from '../../__fixtures__/fakes/memory-fs.js'

const definitions = resolve(
  import.meta.dirname,
  '../../__fixtures__/definitions'
)

/** Where the copy lives in the memory file system. */
export const root = '/repo'

/** The files of `__fixtures__/definitions/<name>/` under /repo, less `omit` (relative paths). */
export function repository(name: string, omit: string[] = []): MemoryFs {
  const dir = join(definitions, name)
  const fs = new MemoryFs()
  const copy = (path: string): void => {
    for (const entry of readdirSync(path)) {
      const full = join(path, entry)
      if (statSync(full).isDirectory()) copy(full)
      else if (!omit.includes(relative(dir, full)))
        fs.write(`${root}/${relative(dir, full)}`, readFileSync(full))
    }
  }
  copy(dir)
  return fs
}

/** The diagnostics the fixture's expected.json says it produces. */
export function expectedDiagnostics(name: string): unknown[] {
  const expected = JSON.parse(
    readFileSync(join(definitions, name, 'expected.json'), 'utf8')
  ) as { diagnostics: unknown[] }
  return expected.diagnostics
}
