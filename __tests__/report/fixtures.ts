import type { Diagnostic } from '../../src/diagnostics.js'
import type { SyncResult } from '../../src/sync/sync-result.js'
import { repoLinks } from '../../src/report/links.js'

export const links = repoLinks(
  'https://ghe.example.com/',
  'octo/clusters',
  '77',
  2
)
export const sha = 'abcdef0123456789abcdef0123456789abcdef01'

export function diagnostic(
  i: number,
  severity: Diagnostic['severity'] = 'error'
): Diagnostic {
  return {
    severity,
    code: 'unknown-field',
    message: `problem ${i}`,
    file: `stacks/s${String(i).padStart(3, '0')}.yaml`,
    line: 3,
    column: 5,
    endLine: 3,
    endColumn: 9,
    pointer: `/spec/stacks/${i}`,
    hint: 'Did you mean "parents"?'
  }
}

export function result(overrides: Partial<SyncResult> = {}): SyncResult {
  return {
    status: 'synced',
    reason: 'Succeeded',
    phase: 'Completed',
    metadata: {
      cluster: 'prod',
      commit: sha,
      ref: 'main',
      source: 'webhook',
      triggeredBy: 'octocat',
      retryCount: 1,
      startedAt: '2025-01-01T00:00:00.000Z',
      finishedAt: '2025-01-01T00:00:12.300Z',
      durationMs: 12300,
      filesUrl: links.treeUrl(sha, 'cluster.yaml')
    },
    diagnostics: [],
    steps: [
      {
        step: 'manifest:ns',
        status: 'applied',
        retries: 0,
        durationMs: 850,
        changes: [
          { subject: 'Namespace/web', action: 'created', step: 'manifest:ns' }
        ]
      },
      {
        step: 'addon:podinfo',
        status: 'unchanged',
        retries: 0,
        durationMs: 40,
        changes: [
          {
            subject: 'helm:web/podinfo',
            action: 'unchanged',
            step: 'addon:podinfo'
          }
        ]
      }
    ],
    counts: { applied: 1, unchanged: 1, pruned: 0, failed: 0, skipped: 0 },
    summary: '1 applied, 1 unchanged',
    ...overrides
  }
}
