/**
 * The plan comment is found again by its hidden marker, but only in a
 * comment ClusterSync may have written: anyone may comment on a public
 * pull request and copy the marker, and the plan was then written into
 * their comment (which they can edit after each push) or, where the token
 * may not edit it, never posted (found by a hostile tester).
 */
import {
  commentMarker,
  upsertPlanComment
} from '../../src/report/pr-comment.js'
import type { GitHubApi, IssueComment } from '../../src/ports/github.js'

function api(existing: IssueComment[]) {
  const calls: string[] = []
  const fake = {
    listIssueComments: () => Promise.resolve(existing),
    updateIssueComment: (id: number, body: string) => {
      calls.push(`update ${id}`)
      return Promise.resolve({ id, body, html_url: '' })
    },
    createIssueComment: (_: number, body: string) => {
      calls.push('create')
      return Promise.resolve({ id: 99, body, html_url: '' })
    }
  } as unknown as GitHubApi
  return { fake, calls }
}

const marker = commentMarker('prod')
const comment = (
  id: number,
  type: string,
  association: string
): IssueComment => ({
  id,
  body: `LGTM ${marker}`,
  html_url: '',
  author: { type, association }
})

describe('upsertPlanComment', () => {
  it("creates its own comment when only a stranger's carries the marker", async () => {
    const { fake, calls } = api([comment(1, 'User', 'NONE')])
    const { created } = await upsertPlanComment(fake, 7, 'prod', 'plan')
    expect(created).toBe(true)
    expect(calls).toEqual(['create'])
  })

  it("updates the bot's comment, or one written with a maintainer's token", async () => {
    for (const [type, association] of [
      ['Bot', 'NONE'],
      ['User', 'OWNER'],
      ['User', 'MEMBER'],
      ['User', 'COLLABORATOR']
    ] as const) {
      const { fake, calls } = api([
        comment(1, 'User', 'CONTRIBUTOR'),
        comment(2, type, association)
      ])
      await upsertPlanComment(fake, 7, 'prod', 'plan')
      expect(calls).toEqual(['update 2'])
    }
  })
})
