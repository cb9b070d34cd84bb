/**
 * The `definition` input as a path in the workspace. Workflows often write
 * it absolute (`${{ github.workspace }}/cluster.yaml`); joined to the
 * workspace as it was, that named a path that does not exist, and the run
 * read as Not Configured. An absolute path inside the workspace is made
 * relative to it; one outside becomes `../…`, which the loader refuses as
 * outside the repository (`path-escapes-repository`), as it refuses a
 * relative one.
 */
import { posix } from 'node:path'

export function workspaceRelative(root: string, definition: string): string {
  if (!posix.isAbsolute(definition)) return definition
  return posix.relative(root, definition) || definition
}
