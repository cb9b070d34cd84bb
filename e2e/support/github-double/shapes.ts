/**
 * Response bodies for the double: each starts from the description's own
 * example for the operation and is overlaid with the stored state, so it has
 * every field octokit and our code read, shaped as GitHub shapes it.
 */
import type { ApiDescription, Operation } from './openapi.js'
import type {
  StoredCheckRun,
  StoredComment,
  StoredDeployment
} from './store.js'

type Json = Record<string, unknown>

/** The shaping functions for a double answering at `base()`. */
export function createShapes(api: ApiDescription, base: () => string) {
  const repoUrl = (p: Json): string =>
    `${base()}/repos/${String(p.owner)}/${String(p.repo)}`
  const htmlUrl = (p: Json): string =>
    `${base()}/${String(p.owner)}/${String(p.repo)}`
  const shape = (op: Operation, status: number, overlay: Json): Json => ({
    ...((api.example(op, status) as Json | undefined) ?? {}),
    ...overlay
  })
  const checkRunJson = (
    op: Operation,
    p: Json,
    run: StoredCheckRun,
    status = 200
  ): Json =>
    shape(op, status, {
      id: run.id,
      node_id: `CR_${run.id}`,
      name: run.name,
      head_sha: run.head_sha,
      status: run.status,
      conclusion: run.conclusion,
      external_id: run.external_id,
      details_url: run.details_url,
      started_at: run.started_at,
      completed_at: run.completed_at,
      url: `${repoUrl(p)}/check-runs/${run.id}`,
      html_url: `${htmlUrl(p)}/runs/${run.id}`,
      output: {
        ...run.output,
        annotations_count: run.annotations.length,
        annotations_url: `${repoUrl(p)}/check-runs/${run.id}/annotations`
      },
      pull_requests: []
    })
  const commentJson = (
    op: Operation,
    p: Json,
    c: StoredComment,
    status = 200
  ): Json =>
    shape(op, status, {
      id: c.id,
      node_id: `IC_${c.id}`,
      body: c.body,
      created_at: c.created_at,
      updated_at: c.updated_at,
      url: `${repoUrl(p)}/issues/comments/${c.id}`,
      html_url: `${htmlUrl(p)}/pull/${c.issue_number}#issuecomment-${c.id}`,
      issue_url: `${repoUrl(p)}/issues/${c.issue_number}`
    })
  const deploymentJson = (
    op: Operation,
    p: Json,
    d: StoredDeployment,
    status = 200
  ): Json =>
    shape(op, status, {
      id: d.id,
      node_id: `DE_${d.id}`,
      sha: d.sha,
      ref: d.ref,
      task: 'deploy',
      environment: d.environment,
      original_environment: d.environment,
      description: d.description,
      payload: d.payload,
      created_at: d.created_at,
      updated_at: d.created_at,
      url: `${repoUrl(p)}/deployments/${d.id}`,
      statuses_url: `${repoUrl(p)}/deployments/${d.id}/statuses`,
      repository_url: repoUrl(p),
      creator: {
        ...((api.example(op, status) as Json | undefined)?.creator as Json),
        login: d.creator
      }
    })
  const statusJson = (
    op: Operation,
    p: Json,
    d: StoredDeployment,
    s: StoredDeployment['statuses'][number],
    status = 200
  ): Json => {
    const example = api.example(op, status)
    const base = (Array.isArray(example) ? example[0] : example) as
      Json | undefined
    return {
      ...base,
      id: s.id,
      node_id: `DES_${s.id}`,
      state: s.state,
      description: s.description,
      log_url: s.log_url,
      target_url: s.log_url,
      environment: d.environment,
      created_at: s.created_at,
      updated_at: s.created_at,
      url: `${repoUrl(p)}/deployments/${d.id}/statuses/${s.id}`,
      deployment_url: `${repoUrl(p)}/deployments/${d.id}`,
      repository_url: repoUrl(p)
    }
  }
  return {
    repoUrl,
    htmlUrl,
    shape,
    checkRunJson,
    commentJson,
    deploymentJson,
    statusJson
  }
}
