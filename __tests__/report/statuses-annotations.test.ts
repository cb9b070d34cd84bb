import {
  checkAnnotations,
  workflowAnnotations
} from '../../src/report/annotations.js'
import { finalStatus, pendingStatus } from '../../src/report/statuses.js'
import { diagnostic, links, result, sha } from './fixtures.js'

describe('commit statuses', () => {
  it('is pending per phase under the cluster context, linking the run', () => {
    expect(pendingStatus('prod', sha, 'Validating', links.runUrl)).toEqual({
      sha,
      state: 'pending',
      context: 'clustersync/prod',
      description: 'Syncing: Validating',
      target_url:
        'https://ghe.example.com/octo/clusters/actions/runs/77/attempts/2'
    })
  })

  it('ends success, failure or error and keeps the description within 140 characters', () => {
    expect(finalStatus(result(), sha).state).toBe('success')
    expect(finalStatus(result(), sha).description).toBe(
      'Synced: 1 applied, 1 unchanged'
    )
    const long = 'x'.repeat(300)
    const failed = finalStatus(
      result({ status: 'error', reason: 'ApplyFailed', summary: long }),
      sha
    )
    expect([failed.state, failed.description.length]).toEqual(['failure', 140])
    expect(
      finalStatus(
        result({
          status: 'error',
          reason: 'ClusterUnreachable',
          summary: 'down'
        }),
        sha
      ).state
    ).toBe('error')
  })
})

describe('annotations', () => {
  it('caps workflow annotations at 10 errors and 10 warnings with a pointer to the rest', () => {
    const diagnostics = [
      ...Array.from({ length: 13 }, (_, i) => diagnostic(i)),
      ...Array.from({ length: 11 }, (_, i) => diagnostic(100 + i, 'warning')),
      diagnostic(200, 'info')
    ]
    const out = workflowAnnotations(
      diagnostics,
      'the check run https://x/runs/1'
    )
    expect(out.filter((a) => a.level === 'error')).toHaveLength(10)
    expect(out.filter((a) => a.level === 'warning')).toHaveLength(10)
    expect(out.at(-1)).toEqual({
      level: 'notice',
      title: 'ClusterSync',
      message:
        'and 4 more; every diagnostic is listed in the check run https://x/runs/1'
    })
  })

  it('puts file-less diagnostics on the definition and drops columns on multi-line ranges', () => {
    const [a, b] = checkAnnotations(
      [
        { severity: 'warning', code: 'c', message: 'whole definition' },
        {
          severity: 'info',
          code: 'd',
          message: 'm',
          file: 'x.yaml',
          line: 2,
          column: 1,
          endLine: 4,
          endColumn: 3
        }
      ],
      'cluster.yaml'
    )
    expect(a).toEqual({
      path: 'cluster.yaml',
      start_line: 1,
      end_line: 1,
      annotation_level: 'warning',
      message: 'whole definition',
      title: 'c'
    })
    expect(b).toEqual({
      path: 'x.yaml',
      start_line: 2,
      end_line: 4,
      annotation_level: 'notice',
      message: 'm',
      title: 'd'
    })
  })
})
