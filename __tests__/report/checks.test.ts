import {
  completeCheckRun,
  phaseCheckRun,
  progressLine,
  startCheckRun
} from '../../src/report/checks.js'
import { readEmbeddedRecord, syncRecord } from '../../src/report/history.js'
import { diagnostic, links, result, sha } from './fixtures.js'

describe('check runs', () => {
  it('starts in progress at Fetching', () => {
    expect(
      startCheckRun({
        cluster: 'prod',
        sha,
        startedAt: '2025-01-01T00:00:00.000Z',
        externalId: 'clustersync:77:2',
        detailsUrl: links.runUrl
      })
    ).toEqual({
      name: 'ClusterSync / prod',
      head_sha: sha,
      status: 'in_progress',
      started_at: '2025-01-01T00:00:00.000Z',
      external_id: 'clustersync:77:2',
      details_url:
        'https://ghe.example.com/octo/clusters/actions/runs/77/attempts/2',
      output: {
        title: '🔄 Syncing: Fetching',
        summary: '● Fetching → ○ Validating → ○ Applying → ○ Completed'
      }
    })
  })

  it('updates at each phase with a progress line', () => {
    expect(phaseCheckRun('Applying', '3 steps')).toEqual({
      status: 'in_progress',
      output: {
        title: '🔄 Syncing: Applying',
        summary:
          '✔ Fetching → ✔ Validating → ● Applying → ○ Completed\n\n3 steps'
      }
    })
    expect(progressLine('Completed', true)).toBe(
      '✔ Fetching → ✔ Validating → ✔ Applying → ✔ Completed'
    )
  })

  it('completes a success in one request with the record embedded', () => {
    const r = result()
    const [only, ...rest] = completeCheckRun(
      {
        result: r,
        definitionFile: 'cluster.yaml',
        record: syncRecord(r.metadata, r, links.runUrl),
        links
      },
      '2025-01-01T00:00:12.300Z'
    )
    expect(rest).toEqual([])
    expect(only).toMatchObject({
      status: 'completed',
      conclusion: 'success',
      completed_at: '2025-01-01T00:00:12.300Z'
    })
    expect(only?.output?.title).toBe('✅ Synced: 1 applied, 1 unchanged')
    expect(only?.output?.annotations).toBeUndefined()
    expect(only?.output?.summary).toContain(
      '| `manifest:ns` | 🟢 applied | 1 of 1 | 850 ms |  |'
    )
    expect(readEmbeddedRecord(only?.output?.text ?? '')).toMatchObject({
      cluster: 'prod',
      commit: sha,
      source: 'webhook',
      retryCount: 1
    })
  })

  it('sends 120 annotations in batches of 50, 50 and 20; the last one concludes', () => {
    const diagnostics = Array.from({ length: 120 }, (_, i) => diagnostic(i))
    const r = result({
      status: 'error',
      reason: 'ValidationFailed',
      diagnostics,
      summary: '120 validation errors in the definition'
    })
    const requests = completeCheckRun(
      {
        result: r,
        definitionFile: 'cluster.yaml',
        record: syncRecord(r.metadata, r),
        links
      },
      '2025-01-01T00:00:12.300Z'
    )
    expect(
      requests.map((q) => [
        q.status,
        q.conclusion,
        q.output?.annotations?.length
      ])
    ).toEqual([
      ['in_progress', undefined, 50],
      ['in_progress', undefined, 50],
      ['completed', 'failure', 20]
    ])
    expect(requests[0]?.output?.annotations?.[0]).toEqual({
      path: 'stacks/s000.yaml',
      start_line: 3,
      end_line: 3,
      start_column: 5,
      end_column: 9,
      annotation_level: 'failure',
      message: 'problem 0\nDid you mean "parents"?',
      title: 'unknown-field at /spec/stacks/0'
    })
  })

  it('sends at most 500 annotations, errors first, and says how many more are in the summary', () => {
    const many = Array.from({ length: 50_000 }, (_, i) => ({
      ...diagnostic(i),
      ...(i % 2 === 0 ? { severity: 'warning' as const } : {})
    }))
    const r = result({
      status: 'error',
      reason: 'ValidationFailed',
      diagnostics: many,
      summary: '25000 validation errors in the definition'
    })
    const requests = completeCheckRun(
      {
        result: r,
        definitionFile: 'cluster.yaml',
        record: syncRecord(r.metadata, r),
        links
      },
      '2025-01-01T00:00:12.300Z'
    )
    // 50,000 at 50 a request were 1,000 requests: a token's hourly budget.
    expect(requests).toHaveLength(10)
    const sent = requests.flatMap((q) => q.output?.annotations ?? [])
    expect(sent).toHaveLength(500)
    expect(new Set(sent.map((a) => a.annotation_level))).toEqual(
      new Set(['failure'])
    )
    expect(requests.at(-1)?.output?.summary).toContain(
      '49,500 more diagnostics are not annotated'
    )
  })

  it('concludes neutral for Not Configured', () => {
    const r = result({
      status: 'not-configured',
      reason: 'NotConfigured',
      steps: [],
      summary: 'no cluster definition at cluster.yaml'
    })
    const [only] = completeCheckRun(
      {
        result: r,
        definitionFile: 'cluster.yaml',
        record: syncRecord(r.metadata, r),
        links
      },
      'x'
    )
    expect(only).toMatchObject({
      conclusion: 'neutral',
      output: {
        title: '⚪ Not Configured: no cluster definition at cluster.yaml'
      }
    })
  })
})
