/**
 * The Action's `mode: page` and its `page-dir` input: parsed here, read by
 * inputs.ts (the only core.getInput caller), so the page's inputs stay one
 * self-contained block beside the sync's.
 */
import { ConfigurationError } from './errors.js'

/** Input names of the page mode, as in action.yml. */
export const PageInputNames = { pageDir: 'page-dir' } as const

export interface PageInputs {
  /** `mode: page`: build the GitOps page instead of syncing. */
  enabled: boolean
  /** Workspace-relative folder the site is written to. */
  dir: string
}

/** Reads the page inputs through `text` (a trimmed core.getInput). */
export function readPageInputs(text: (name: string) => string): PageInputs {
  const dir = text(PageInputNames.pageDir) || 'clustersync-page'
  // The site is uploaded or published from the workspace; a path out of it
  // would write where the job does not look.
  if (dir.startsWith('/') || dir.split(/[\\/]/).includes('..'))
    throw new ConfigurationError(
      `input "page-dir" takes a folder inside the workspace; got "${dir}"`
    )
  return { enabled: text('mode') === 'page', dir }
}
