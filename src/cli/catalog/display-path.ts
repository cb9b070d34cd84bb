/** How a folder given on the command line is named in output. */
import { relative, resolve, sep } from 'node:path'

/**
 * The folder relative to the working directory with forward slashes (so
 * diagnostics match repository paths in CI), or absolute when it lies outside.
 */
export function displayPath(folder: string, cwd: string): string {
  const absolute = resolve(cwd, folder)
  const rel = relative(cwd, absolute)
  const shown = rel === '' ? '.' : rel.startsWith('..') ? absolute : rel
  return shown.split(sep).join('/')
}
