/**
 * Reporting to GitHub must never change the outcome of a sync: a write the
 * token may not make (403 on a fork's pull request) or that still fails after
 * the adapter's retries is remembered and shown in the job summary and as a
 * warning, and the run goes on. The downgrade is deliberate (STYLE.md §5.4):
 * the cluster's state is what the run is judged on, not GitHub's bookkeeping.
 */
import { getErrorMessage } from '../errors.js'
import { GitHubPermissionError, noToken } from '../ports/github.js'

/** Collects refused or failed writes; `attempt` never rejects. */
export class GitHubWrites {
  readonly refused: string[] = []
  readonly failed: string[] = []
  private tokenless = false

  /** Runs one write; resolves with its value, or undefined when it failed. */
  async attempt<T>(
    what: string,
    write: () => Promise<T>
  ): Promise<T | undefined> {
    try {
      return await write()
    } catch (error) {
      if (error instanceof GitHubPermissionError) {
        if (error.message === noToken) this.tokenless = true
        else this.refused.push(what)
      } else {
        this.failed.push(`${what}: ${getErrorMessage(error)}`)
      }
      return undefined
    }
  }

  /** One line per problem, for the summary and a warning annotation. */
  notes(): string[] {
    const notes: string[] = []
    if (this.tokenless)
      notes.push(
        'No token: the `token` input is empty (an unset secret?), so nothing was written to GitHub (check run, statuses, comment, Deployment). The results are in this summary instead; leave the input out to use github.token.'
      )
    if (this.refused.length > 0) {
      notes.push(
        `GitHub refused to let this run's token ${[...new Set(this.refused)].join(', ')} ` +
          '(a read-only token, as on pull requests from forks, or missing permissions: ' +
          'checks: write, statuses: write, pull-requests: write, deployments: write). ' +
          'The results are in this summary instead.'
      )
    }
    for (const f of this.failed) notes.push(`Could not ${f}`)
    return notes
  }
}
