import { renderSummary } from '../../src/report/summary.js'
import {
  renderPlanComment,
  commentMarker
} from '../../src/report/pr-comment.js'
import { diagnostic, links, result, sha } from './fixtures.js'

const now = new Date('2025-01-01T01:00:00Z')
const history = [
  {
    id: 2,
    status: 'Success' as const,
    source: 'webhook',
    commit: sha,
    startedAt: '2025-01-01T00:00:00.000Z',
    triggeredBy: 'octocat',
    retryCount: 1,
    runUrl: 'https://ghe.example.com/octo/clusters/actions/runs/77'
  },
  {
    id: 1,
    status: 'Failed' as const,
    source: 'manual',
    commit: '1'.repeat(40),
    startedAt: '2024-12-31T00:00:00.000Z',
    triggeredBy: 'hubot',
    retryCount: 0
  }
]

describe('job summary', () => {
  it('shows banner, changes, plan, history with this run highlighted, and metadata', () => {
    const md = renderSummary({
      result: result(),
      mode: 'sync',
      links,
      checkRunUrl: 'https://ghe.example.com/octo/clusters/runs/9',
      plan: {
        mermaid: 'graph TD\n  s0["manifest:ns"]',
        text: 'Plan for cluster "prod"'
      },
      history,
      currentHistoryId: 2,
      notes: [],
      now
    })
    expect(md.split('\n').slice(0, 3)).toEqual([
      '# ✅ prod: Synced',
      '',
      '**1 applied, 1 unchanged**'
    ])
    expect(md).toContain('- `Namespace/web` created')
    expect(md).toContain('```mermaid\ngraph TD\n  s0["manifest:ns"]\n```')
    expect(md).toContain(
      '| ▶ | **[✅ Success](https://ghe.example.com/octo/clusters/actions/runs/77)** | **webhook** | **[`abcdef0`](https://ghe.example.com/octo/clusters/commit/abcdef0123456789abcdef0123456789abcdef01)** | **1 hour ago** | **octocat** |'
    )
    expect(md).toContain(
      '|  | ❌ Failed | manual | [`1111111`](https://ghe.example.com/octo/clusters/commit/1111111111111111111111111111111111111111) | 1 day ago | hubot |'
    )
    expect(md).toContain('| Retry count | 1 |')
    expect(md).toContain('| Duration | 12.3 s |')
    expect(md).toContain(
      '| IaC files | [definition at this commit](https://ghe.example.com/octo/clusters/blob/abcdef0123456789abcdef0123456789abcdef01/cluster.yaml) |'
    )
  })

  it('says what failed and why, with links to file and line', () => {
    const md = renderSummary({
      result: result({
        status: 'error',
        reason: 'ValidationFailed',
        steps: [],
        diagnostics: [diagnostic(1)],
        summary: '1 validation error in the definition'
      }),
      mode: 'sync',
      links,
      notes: ["GitHub refused to let this run's token create check runs"],
      now
    })
    expect(md).toContain('# ❌ prod: Error')
    expect(md).toContain('> [!WARNING]\n> GitHub refused')
    expect(md).toContain(
      `| ❌ | [stacks/s001.yaml:3](https://ghe.example.com/octo/clusters/blob/${sha}/stacks/s001.yaml#L3) | **unknown-field** at \`/spec/stacks/1\`: problem 1 | Did you mean "parents"? |`
    )
  })
})

describe('pull request comment', () => {
  it('starts with the hidden marker and never claims to apply', () => {
    const body = renderPlanComment({
      result: result({ steps: [], summary: 'plan: 2 steps in 2 stages' }),
      links,
      plan: { text: 'Plan' }
    })
    expect(body.startsWith(commentMarker('prod'))).toBe(true)
    expect(body).toContain('### 📋 ClusterSync plan for `prod`: Plan ready')
    expect(body).toContain('nothing is applied until the change is merged')
  })

  it('shows what would change in the cluster in the open, before the plan, and bounded', () => {
    const changes = [
      'Changes for cluster "prod": 0 to create, 1 to configure, 0 unchanged, 0 to prune, 0 failed',
      '',
      'addon:app',
      '  ~ Deployment/web/app  configured  (rendered by release app)',
      '      ~ spec.replicas: 1 → 2'
    ].join('\n')
    const body = renderPlanComment({
      result: result({ steps: [], summary: 'would change the cluster' }),
      links,
      plan: { mermaid: 'graph TD', text: 'Plan', changes }
    })
    const open = body.indexOf(
      `#### What would change in the cluster\n\n\`\`\`text\n${changes}\n\`\`\``
    )
    expect(open).toBeGreaterThan(0)
    expect(open).toBeLessThan(body.indexOf('```mermaid'))
    expect(open).toBeLessThan(body.indexOf('<details>'))

    // Thousands of changed objects: the block is cut at a line, its fence
    // closed, and the rest of the comment (the plan) still follows.
    const many = Array.from(
      { length: 5000 },
      (_, i) => `  ~ ConfigMap/web/c${i}  configured\n      ~ data.k: "1" → "2"`
    ).join('\n')
    const big = renderPlanComment({
      result: result({ steps: [], summary: 'would change the cluster' }),
      links,
      plan: { text: 'Plan', changes: many }
    })
    expect(big.length).toBeLessThanOrEqual(65536)
    expect(big).toMatch(
      /\n {6}~ data\.k: "1" → "2"\n… and \d+ more lines: the job summary shows them all\n```\n/
    )
    expect(big).toContain('<summary>Plan as text</summary>')
  })
})
