/**
 * The example workflows' concurrency groups, evaluated per event: GitHub
 * keeps one pending run per group and a newly queued run replaces it, so if
 * a pull request's plan shared a group with syncs it could cancel a pending
 * push sync. Syncs (push, workflow_dispatch) share a group per cluster and
 * are never cancelled; read-only runs (pull_request, schedule) never share
 * the syncs' group. Checked for docs/workflows/ and the README's snippet.
 */
import { parse } from 'yaml'
import { exampleWorkflows } from './example-workflows.js'
import { evaluateTemplate } from './github-expression.js'

interface Concurrency {
  group: string
  'cancel-in-progress'?: boolean | string
}
interface Workflow {
  on: Record<string, { paths?: unknown } | null>
  concurrency?: Concurrency | string
  jobs: Record<
    string,
    {
      concurrency?: Concurrency | string
      strategy?: { matrix?: { include?: Record<string, unknown>[] } | string }
    }
  >
}

// The page workflow syncs nothing: its one job has a group of its own.
const workflows = exampleWorkflows().filter(
  ([, text]) => !text.includes('mode: page')
)

const events = {
  push: { event_name: 'push', ref: 'refs/heads/main' },
  dispatch: { event_name: 'workflow_dispatch', ref: 'refs/heads/main' },
  pr7: { event_name: 'pull_request', ref: 'refs/pull/7/merge' },
  pr8: { event_name: 'pull_request', ref: 'refs/pull/8/merge' },
  schedule: { event_name: 'schedule', ref: 'refs/heads/main' }
}
type EventName = keyof typeof events

/** Each job's concurrency (its own, else the workflow's), per matrix entry. */
function concurrencies(
  workflow: Workflow
): { label: string; spec: Concurrency; matrix: Record<string, unknown> }[] {
  return Object.entries(workflow.jobs).flatMap(([name, job]) => {
    const raw = job.concurrency ?? workflow.concurrency
    if (raw === undefined) throw new Error(`job ${name} has no concurrency`)
    const spec = typeof raw === 'string' ? { group: raw } : raw
    const matrix = job.strategy?.matrix
    // A matrix from discover (an expression) stands for entries like this.
    const entries =
      typeof matrix === 'string'
        ? [{ cluster: 'example', definition: 'clusters/example/cluster.yaml' }]
        : (matrix?.include ?? [{}])
    return entries.map((matrix) => ({
      label: `${name} ${JSON.stringify(matrix)}`,
      spec,
      matrix
    }))
  })
}

function run(
  spec: Concurrency,
  matrix: Record<string, unknown>,
  event: EventName
): { group: string; cancels: boolean } {
  const context = { github: events[event], matrix }
  const cancel = spec['cancel-in-progress'] ?? false
  return {
    group: evaluateTemplate(spec.group, context),
    cancels:
      typeof cancel === 'boolean'
        ? cancel
        : evaluateTemplate(cancel, context) === 'true'
  }
}

describe.each(workflows)('%s', (_name, text) => {
  const workflow = parse(text) as Workflow

  it.each(concurrencies(workflow))(
    'job $label: syncs share a group no read-only run can join',
    ({ spec, matrix }) => {
      const at = (event: EventName): { group: string; cancels: boolean } =>
        run(spec, matrix, event)
      // Syncs of a cluster wait for each other and are never cancelled.
      expect(at('dispatch').group).toBe(at('push').group)
      expect(at('push').cancels).toBe(false)
      expect(at('dispatch').cancels).toBe(false)
      // A plan or a drift check can never replace a pending sync.
      for (const readOnly of ['pr7', 'pr8', 'schedule'] as const)
        expect(at(readOnly).group).not.toBe(at('push').group)
      // Pull requests do not replace each other's plans; a new push to the
      // same pull request cancels its stale plan; the drift check runs out.
      expect(at('pr7').group).not.toBe(at('pr8').group)
      expect(at('pr7').cancels).toBe(true)
      expect(at('schedule').cancels).toBe(false)
    }
  )

  it('syncs of different clusters do not wait for each other', () => {
    const groups = concurrencies(workflow).map(
      ({ spec, matrix }) => run(spec, matrix, 'push').group
    )
    expect(new Set(groups).size).toBe(groups.length)
  })

  it('runs for every push and pull request (no paths filter)', () => {
    // A definition reads files wherever its includes point; a fixed list of
    // paths would miss some, and the cluster would fall behind Git.
    for (const trigger of Object.values(workflow.on))
      expect(trigger?.paths).toBeUndefined()
  })
})
