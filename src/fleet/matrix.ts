/**
 * The discovery as the CLI prints it and the Action outputs it: one line
 * of JSON for `strategy.matrix` (`$GITHUB_OUTPUT` takes one line per
 * value), and the notice a deleted definition gets.
 */
import type { Discovery } from './discover.js'
import type { FleetMember } from './find-definitions.js'

/** `{"include":[…]}`, with `"removed"` when a base commit was given. */
export function renderMatrix(found: Discovery): string {
  return JSON.stringify({
    include: found.include,
    ...(found.removed ? { removed: found.removed } : {})
  })
}

/** What a deleted definition means: unmanaged, and nothing pruned. */
export function removedNotice(member: FleetMember, since: string): string {
  return `${member.definition} was deleted since ${since}: cluster "${member.cluster}" is no longer managed by ClusterSync, and nothing was pruned from it (its objects stay as they are)`
}
