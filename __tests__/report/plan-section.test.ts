import { renderSummary } from '../../src/report/summary.js'
import { renderPlanComment } from '../../src/report/pr-comment.js'
import { links, result } from './fixtures.js'

const heading = '#### What would change in the cluster'

/**
 * The lines of the first code block after `from` in `markdown`, read as
 * CommonMark does: a line of at least as many backticks closes it.
 */
function fencedAfter(markdown: string, from: string): string[] {
  const lines = markdown.slice(markdown.indexOf(from)).split('\n')
  const open = lines.findIndex((l) => /^`{3,}/.test(l))
  const fence = /^`+/.exec(lines[open] ?? '')?.[0].length ?? 3
  const closes = new RegExp(`^ {0,3}\`{${fence},}\\s*$`)
  const close = lines.findIndex((l, i) => i > open && closes.test(l))
  return lines.slice(open + 1, close)
}

describe('plan section fences', () => {
  it('cannot be closed early by backticks in a changed value', () => {
    const changes = [
      'addon:app',
      '  ~ ConfigMap/web/notes  configured',
      '      ~ data.readme: "```sh" → "````"',
      // A line of backticks, as a name with a newline once wrote.
      '````',
      '      ~ data.after: "1" → "2"'
    ].join('\n')
    const body = renderPlanComment({
      result: result({ steps: [], summary: 'would change the cluster' }),
      links,
      plan: { text: `Plan\n${changes}`, changes }
    })
    // Every line of the changes stays inside one block, the last one too.
    expect(fencedAfter(body, heading)).toEqual(changes.split('\n'))
    expect(fencedAfter(body, '<summary>Plan as text</summary>')).toEqual([
      'Plan',
      ...changes.split('\n')
    ])
    expect(body).toContain('\n`````text\n')
  })

  it('keeps the usual three backticks when the content has none', () => {
    const body = renderPlanComment({
      result: result({ steps: [], summary: 'would change the cluster' }),
      links,
      plan: { changes: '  ~ ConfigMap/web/c  configured' }
    })
    expect(body).toContain(
      `${heading}\n\n\`\`\`text\n  ~ ConfigMap/web/c  configured\n\`\`\``
    )
  })
})

describe('a cut changes block', () => {
  const many = Array.from(
    { length: 60_000 },
    (_, i) => `  ~ ConfigMap/web/c${i}  configured\n      ~ data.k: "1" → "2"`
  ).join('\n')

  it('in the job summary, says how many lines are left out and where to see them, not the summary', () => {
    const md = renderSummary({
      result: result({ steps: [], summary: 'would change the cluster' }),
      mode: 'plan',
      links,
      plan: { changes: many },
      notes: [],
      now: new Date('2025-01-01T01:00:00Z')
    })
    const block = fencedAfter(md, heading)
    const note = block[block.length - 1] ?? ''
    expect(note).toMatch(
      /^… and \d+ more lines: clustersync plan with this cluster's kubeconfig shows them all$/
    )
    const left = Number(/\d+/.exec(note)?.[0])
    expect(block.length - 1 + left).toBe(many.split('\n').length)
    expect(md).not.toContain('the job summary shows them all')
  })
})
