/**
 * The part of GitHub's REST API that ClusterSync writes to and reads from:
 * check runs, commit statuses, the pull request comment and the Deployments
 * that hold the sync history. The Action and the CLI get an implementation
 * over @actions/github (src/adapters/actions-github.ts); tests use the API
 * double. Field names follow the REST API so payloads stay recognisable.
 */

/** One check-run annotation, exactly as the Checks API takes it. */
export interface CheckAnnotation {
  path: string
  start_line: number
  end_line: number
  /** Only allowed when start_line equals end_line. */
  start_column?: number
  end_column?: number
  annotation_level: 'notice' | 'warning' | 'failure'
  message: string
  title?: string
  raw_details?: string
}

export interface CheckRunOutput {
  title: string
  /** Markdown, at most 65535 characters. */
  summary: string
  text?: string
  /** At most 50 per request; they accumulate across updates. */
  annotations?: CheckAnnotation[]
}

export type CheckConclusion = 'success' | 'failure' | 'neutral' | 'cancelled'

/** The body of a create or update; `name`/`head_sha` only on create. */
export interface CheckRunPayload {
  name?: string
  head_sha?: string
  status?: 'in_progress' | 'completed'
  conclusion?: CheckConclusion
  external_id?: string
  details_url?: string
  started_at?: string
  completed_at?: string
  output?: CheckRunOutput
}

export interface CheckRunRef {
  id: number
  html_url: string
}

export type CommitState = 'pending' | 'success' | 'failure' | 'error'

export interface CommitStatusPayload {
  sha: string
  state: CommitState
  context: string
  /** GitHub truncates nothing and rejects nothing; keep it short (≤140). */
  description: string
  target_url?: string
}

export interface IssueComment {
  id: number
  body: string
  html_url: string
  /** Who wrote it, as GitHub lists comments (absent where not read). */
  author?: {
    /** `Bot` for an app such as github-actions[bot], else `User`. */
    type?: string
    /** The author's relation to the repository (`OWNER`, `NONE`, …). */
    association?: string
  }
}

export interface DeploymentPayload {
  ref: string
  environment: string
  description: string
  /** Machine-readable sync metadata (the history record). */
  payload: Record<string, unknown>
}

export interface DeploymentRecord {
  id: number
  sha: string
  ref: string
  environment: string
  created_at: string
  creator?: string
  payload: unknown
}

export type DeploymentState =
  'in_progress' | 'success' | 'failure' | 'error' | 'inactive'

export interface DeploymentStatusPayload {
  state: DeploymentState
  description: string
  log_url?: string
}

export interface DeploymentStatusRecord {
  state: string
  created_at: string
  log_url?: string
  description?: string
}

/**
 * A check run as listed for a commit: the fleet summary reads its result,
 * the GitOps page the sync record embedded in its text.
 */
export interface CheckRunRecord {
  id: number
  name: string
  status: string
  conclusion: string | null
  /** The output's title: a drift check's finding is said there. */
  title?: string
  /** The output's text, where the sync record is embedded. */
  text?: string
  external_id?: string
  started_at?: string
  completed_at?: string
  html_url?: string
}

/** The GitHub operations ClusterSync uses, for one repository. */
export interface GitHubApi {
  createCheckRun(payload: CheckRunPayload): Promise<CheckRunRef>
  updateCheckRun(id: number, payload: CheckRunPayload): Promise<void>
  createCommitStatus(payload: CommitStatusPayload): Promise<void>
  /** Every comment of the pull request or issue (all pages). */
  listIssueComments(issueNumber: number): Promise<IssueComment[]>
  createIssueComment(issueNumber: number, body: string): Promise<IssueComment>
  updateIssueComment(commentId: number, body: string): Promise<IssueComment>
  createDeployment(payload: DeploymentPayload): Promise<{ id: number }>
  createDeploymentStatus(
    deploymentId: number,
    payload: DeploymentStatusPayload
  ): Promise<void>
  /** One page (newest first) of the deployments of an environment. */
  listDeployments(
    environment: string,
    page: number,
    perPage: number
  ): Promise<DeploymentRecord[]>
  /** The newest status of a deployment, if any. */
  latestDeploymentStatus(
    deploymentId: number
  ): Promise<DeploymentStatusRecord | undefined>
  /**
   * Every check run of a commit (one request per 100), or undefined when
   * GitHub no longer knows the commit (deleted by a force push).
   */
  listCheckRunsForCommit(sha: string): Promise<CheckRunRecord[] | undefined>
  /** The names of the repository's environments (a cluster each), all pages. */
  listEnvironments(): Promise<string[]>
}

/** The GitHubPermissionError message of every call made with an empty token. */
export const noToken = 'no token: the token input is empty'

/**
 * GitHub refused a write because the token may not make it (403 without a
 * rate limit), as for pull requests from forks: reported, never fatal.
 */
export class GitHubPermissionError extends Error {
  override readonly name = 'GitHubPermissionError'
  constructor(
    message: string,
    readonly operation: string
  ) {
    super(message)
  }
}
