/**
 * Links into the repository on its GitHub server. Every URL is built from
 * the run's server URL (GITHUB_SERVER_URL, read by the composition root), so
 * GitHub Enterprise Server works and nothing is hard-coded to github.com.
 */

export interface RepoLinks {
  /** e.g. `https://github.com/octo/clusters`. */
  repoUrl: string
  /** The workflow run, when there is one (the Action; not the CLI). */
  runUrl?: string
  commitUrl(sha: string): string
  /** The file or folder at a commit. */
  treeUrl(sha: string, path: string): string
}

/** Builds the links for `owner/name` on `serverUrl`; `runId` adds the run link. */
export function repoLinks(
  serverUrl: string,
  repository: string,
  runId?: string,
  runAttempt?: number
): RepoLinks {
  const repoUrl = `${serverUrl.replace(/\/+$/, '')}/${repository}`
  const attempt =
    runAttempt !== undefined && runAttempt > 1 ? `/attempts/${runAttempt}` : ''
  return {
    repoUrl,
    runUrl: runId ? `${repoUrl}/actions/runs/${runId}${attempt}` : undefined,
    commitUrl: (sha) => `${repoUrl}/commit/${sha}`,
    treeUrl: (sha, path) =>
      `${repoUrl}/blob/${sha}/${path.split('/').map(encodeURIComponent).join('/')}`
  }
}

/** The first 7 characters of a commit SHA, as GitHub shows it. */
export function shortSha(sha: string | undefined): string {
  return sha ? sha.slice(0, 7) : 'unknown'
}
