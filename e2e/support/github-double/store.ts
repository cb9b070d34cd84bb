/**
 * The double's memory: what the Action wrote (check runs, statuses, comments,
 * deployments) so tests can read it back, and the handlers that answer each
 * supported operation. Responses start from the description's own example
 * for the operation and are overlaid with the stored state, so they carry
 * every field octokit and our code read, shaped as GitHub shapes them.
 */
import type { ApiDescription, Operation } from './openapi.js'
import { createShapes } from './shapes.js'

type Json = Record<string, unknown>

export interface StoredCheckRun {
  id: number
  name: string
  head_sha: string
  status: string
  conclusion: string | null
  external_id: string | null
  details_url: string | null
  started_at: string
  completed_at: string | null
  output: { title: string | null; summary: string | null; text: string | null }
  /** Every annotation sent, across all updates (they accumulate on GitHub). */
  annotations: Json[]
  /** Each create/update body, in order. */
  history: Json[]
}

export interface StoredStatus extends Json {
  id: number
  sha: string
  state: string
  context: string
  description: string | null
  target_url: string | null
  created_at: string
}

export interface StoredComment {
  id: number
  issue_number: number
  body: string
  created_at: string
  updated_at: string
}

export interface StoredDeployment {
  id: number
  sha: string
  ref: string
  environment: string
  description: string | null
  payload: unknown
  created_at: string
  creator: string
  statuses: {
    id: number
    state: string
    description: string
    log_url: string
    created_at: string
  }[]
}

export interface HandlerContext {
  operation: Operation
  params: Json
  query: Json
  body: Json
}

export interface HandlerResult {
  status: number
  body?: unknown
  /** For list operations: total items, so a Link header can be written. */
  page?: { page: number; perPage: number; total: number }
}

/** Creates the state and the operation handlers over it. */
export function createStore(api: ApiDescription, base: () => string) {
  let nextId = 1000
  let clock = Date.parse('2025-01-01T00:00:00Z')
  // Deterministic, strictly increasing times: ordering tests do not depend on
  // how fast the machine is, and "newest first" is unambiguous.
  const now = (): string => new Date((clock += 1000)).toISOString()
  const state = {
    checkRuns: [] as StoredCheckRun[],
    statuses: [] as StoredStatus[],
    comments: [] as StoredComment[],
    deployments: [] as StoredDeployment[],
    commits: [] as {
      sha: string
      message: string
      author: string
      date: string
    }[],
    /** Commits GitHub no longer knows (force-pushed away): 422 on reads. */
    missingCommits: new Set<string>(),
    /** The login the token belongs to (creator of deployments, comments). */
    login: 'github-actions[bot]'
  }
  const {
    repoUrl,
    htmlUrl,
    shape,
    checkRunJson,
    commentJson,
    deploymentJson,
    statusJson
  } = createShapes(api, base)
  const paged = <T>(
    items: T[],
    query: Json
  ): { slice: T[]; page: number; perPage: number } => {
    const perPage = Number(query.per_page ?? 30)
    const page = Number(query.page ?? 1)
    return {
      slice: items.slice((page - 1) * perPage, page * perPage),
      page,
      perPage
    }
  }

  const applyCheckRun = (run: StoredCheckRun, b: Json): void => {
    run.history.push(b)
    if (typeof b.status === 'string') run.status = b.status
    if (typeof b.conclusion === 'string') {
      run.conclusion = b.conclusion
      run.status = 'completed'
    }
    if (typeof b.external_id === 'string') run.external_id = b.external_id
    if (typeof b.details_url === 'string') run.details_url = b.details_url
    if (typeof b.completed_at === 'string') run.completed_at = b.completed_at
    if (run.status === 'completed') run.completed_at ??= now()
    const out = b.output as Json | undefined
    if (out) {
      run.output = {
        title: (out.title as string | undefined) ?? run.output.title,
        summary: (out.summary as string | undefined) ?? run.output.summary,
        text: (out.text as string | undefined) ?? run.output.text
      }
      run.annotations.push(...((out.annotations as Json[] | undefined) ?? []))
    }
  }
  const findDeployment = (id: unknown): StoredDeployment | undefined =>
    state.deployments.find((d) => d.id === id)

  const handlers: Record<string, (c: HandlerContext) => HandlerResult> = {
    'checks/create': ({ operation, params, body }) => {
      const run: StoredCheckRun = {
        id: ++nextId,
        name: String(body.name),
        head_sha: String(body.head_sha),
        status: 'queued',
        conclusion: null,
        external_id: null,
        details_url: null,
        started_at: (body.started_at as string | undefined) ?? now(),
        completed_at: null,
        output: { title: null, summary: null, text: null },
        annotations: [],
        history: []
      }
      applyCheckRun(run, body)
      state.checkRuns.push(run)
      return { status: 201, body: checkRunJson(operation, params, run, 201) }
    },
    'checks/update': ({ operation, params, body }) => {
      const run = state.checkRuns.find((r) => r.id === params.check_run_id)
      if (!run) return { status: 404, body: { message: 'Not Found' } }
      applyCheckRun(run, body)
      return { status: 200, body: checkRunJson(operation, params, run) }
    },
    'checks/get': ({ operation, params }) => {
      const run = state.checkRuns.find((r) => r.id === params.check_run_id)
      if (!run) return { status: 404, body: { message: 'Not Found' } }
      return { status: 200, body: checkRunJson(operation, params, run) }
    },
    'checks/list-for-ref': ({ operation, params, query }) => {
      if (state.missingCommits.has(String(params.ref)))
        return {
          status: 422,
          body: { message: `No commit found for SHA: ${String(params.ref)}` }
        }
      const all = state.checkRuns
        .filter((r) => r.head_sha === params.ref)
        .filter(
          (r) => query.check_name === undefined || r.name === query.check_name
        )
        .reverse()
      const { slice } = paged(all, query)
      return {
        status: 200,
        body: {
          total_count: all.length,
          check_runs: slice.map((r) => checkRunJson(operation, params, r))
        }
      }
    },
    'repos/create-commit-status': ({ operation, params, body }) => {
      const status: StoredStatus = {
        id: ++nextId,
        sha: String(params.sha),
        state: String(body.state),
        context: (body.context as string | undefined) ?? 'default',
        description: (body.description as string | undefined) ?? null,
        target_url: (body.target_url as string | undefined) ?? null,
        created_at: now()
      }
      state.statuses.push(status)
      return {
        status: 201,
        body: shape(operation, 201, {
          ...omitSha(status),
          updated_at: status.created_at
        })
      }
    },
    'repos/list-commit-statuses-for-ref': ({ operation, params, query }) => {
      const all = state.statuses.filter((s) => s.sha === params.ref).reverse()
      const { slice, page, perPage } = paged(all, query)
      const item = ((api.example(operation, 200) as Json[] | undefined) ?? [
        {}
      ])[0]
      return {
        status: 200,
        body: slice.map((s) => ({
          ...item,
          ...omitSha(s),
          updated_at: s.created_at
        })),
        page: { page, perPage, total: all.length }
      }
    },
    'repos/get-combined-status-for-ref': ({ operation, params }) => {
      const latest = new Map<string, StoredStatus>()
      for (const s of state.statuses.filter((x) => x.sha === params.ref))
        latest.set(s.context, s)
      const list = [...latest.values()]
      const combined = list.some(
        (s) => s.state === 'failure' || s.state === 'error'
      )
        ? 'failure'
        : list.every((s) => s.state === 'success') && list.length > 0
          ? 'success'
          : 'pending'
      return {
        status: 200,
        body: shape(operation, 200, {
          state: combined,
          sha: params.ref,
          total_count: list.length,
          statuses: list.map((s) => ({
            ...omitSha(s),
            updated_at: s.created_at
          }))
        })
      }
    },
    'issues/list-comments': ({ operation, params, query }) => {
      const all = state.comments.filter(
        (c) => c.issue_number === params.issue_number
      )
      const { slice, page, perPage } = paged(all, query)
      const item =
        (api.example(operation, 200) as Json[] | undefined)?.[0] ?? {}
      return {
        status: 200,
        // Written with the workflow's token: GitHub lists such a comment
        // as github-actions[bot]'s, an app with no role in the repository.
        body: slice.map((c) => ({
          ...commentJson(operation, params, c),
          ...pick(item, ['user']),
          user: {
            ...((item.user as Json | undefined) ?? {}),
            login: 'github-actions[bot]',
            type: 'Bot'
          },
          author_association: 'NONE'
        })),
        page: { page, perPage, total: all.length }
      }
    },
    'issues/create-comment': ({ operation, params, body }) => {
      const t = now()
      const c: StoredComment = {
        id: ++nextId,
        issue_number: Number(params.issue_number),
        body: String(body.body),
        created_at: t,
        updated_at: t
      }
      state.comments.push(c)
      return { status: 201, body: commentJson(operation, params, c, 201) }
    },
    'issues/update-comment': ({ operation, params, body }) => {
      const c = state.comments.find((x) => x.id === params.comment_id)
      if (!c) return { status: 404, body: { message: 'Not Found' } }
      c.body = String(body.body)
      c.updated_at = now()
      return { status: 200, body: commentJson(operation, params, c) }
    },
    'repos/create-deployment': ({ operation, params, body }) => {
      const ref = String(body.ref)
      const d: StoredDeployment = {
        id: ++nextId,
        sha: /^[0-9a-f]{40}$/.test(ref) ? ref : (state.commits[0]?.sha ?? ref),
        ref,
        environment: (body.environment as string | undefined) ?? 'production',
        description: (body.description as string | undefined) ?? null,
        payload: body.payload ?? {},
        created_at: now(),
        creator: state.login,
        statuses: []
      }
      state.deployments.push(d)
      return { status: 201, body: deploymentJson(operation, params, d, 201) }
    },
    'repos/list-deployments': ({ operation, params, query }) => {
      const all = state.deployments
        .filter(
          (d) =>
            query.environment === undefined ||
            d.environment === query.environment
        )
        .filter((d) => query.sha === undefined || d.sha === query.sha)
        .filter((d) => query.ref === undefined || d.ref === query.ref)
        .reverse()
      const { slice, page, perPage } = paged(all, query)
      return {
        status: 200,
        body: slice.map((d) => deploymentJson(operation, params, d)),
        page: { page, perPage, total: all.length }
      }
    },
    'repos/create-deployment-status': ({ operation, params, body }) => {
      const d = findDeployment(params.deployment_id)
      if (!d) return { status: 404, body: { message: 'Not Found' } }
      const s = {
        id: ++nextId,
        state: String(body.state),
        description: (body.description as string | undefined) ?? '',
        log_url: (body.log_url as string | undefined) ?? '',
        created_at: now()
      }
      d.statuses.push(s)
      return { status: 201, body: statusJson(operation, params, d, s, 201) }
    },
    'repos/list-deployment-statuses': ({ operation, params, query }) => {
      const d = findDeployment(params.deployment_id)
      if (!d) return { status: 404, body: { message: 'Not Found' } }
      const all = [...d.statuses].reverse()
      const { slice, page, perPage } = paged(all, query)
      return {
        status: 200,
        body: slice.map((s) => statusJson(operation, params, d, s)),
        page: { page, perPage, total: all.length }
      }
    },
    'repos/get-all-environments': ({ operation, params, query }) => {
      // GitHub creates an environment with the first deployment to it.
      const names = [...new Set(state.deployments.map((d) => d.environment))]
      const { slice } = paged(names, query)
      const item =
        (
          (api.example(operation, 200) as Json | undefined)?.environments as
            Json[] | undefined
        )?.[0] ?? {}
      return {
        status: 200,
        body: {
          total_count: names.length,
          environments: slice.map((name, i) => ({
            ...item,
            id: i + 1,
            node_id: `EN_${i + 1}`,
            name,
            url: `${repoUrl(params)}/environments/${encodeURIComponent(name)}`,
            html_url: `${htmlUrl(params)}/deployments/activity_log?environments_filter=${encodeURIComponent(name)}`
          }))
        }
      }
    },
    'repos/list-commits': ({ operation, params, query }) => {
      const { slice, page, perPage } = paged(state.commits, query)
      const item =
        (api.example(operation, 200) as Json[] | undefined)?.[0] ?? {}
      return {
        status: 200,
        body: slice.map((c) => ({
          ...item,
          sha: c.sha,
          url: `${repoUrl(params)}/commits/${c.sha}`,
          html_url: `${htmlUrl(params)}/commit/${c.sha}`,
          commit: {
            ...(item.commit as Json),
            message: c.message,
            author: {
              name: c.author,
              email: `${c.author}@example.com`,
              date: c.date
            }
          }
        })),
        page: { page, perPage, total: state.commits.length }
      }
    }
  }
  return { state, handlers, now }
}

function pick(source: Json, keys: string[]): Json {
  return Object.fromEntries(
    keys.filter((k) => k in source).map((k) => [k, source[k]])
  )
}

/** Statuses are stored with their commit; GitHub's status objects have none. */
function omitSha(status: StoredStatus): Json {
  return Object.fromEntries(Object.entries(status).filter(([k]) => k !== 'sha'))
}
