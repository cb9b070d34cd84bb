// The commit mode: discover compares with, from the event, and why every
// cluster is selected when there is none to use.
import { baseFromEvent, resolveBase } from '../../src/action/base-commit.js'
import { FakeExec } from '../../__fixtures__/fakes/fake-exec.js'

const before = 'b'.repeat(40)

describe('the base commit of a fleet discovery', () => {
  it("is a push's before, a pull request's base; dispatch and schedule select every cluster", () => {
    expect(baseFromEvent('push', { before, commits: [{}, {}] })).toEqual({
      sha: before,
      depth: 3
    })
    expect(
      baseFromEvent('pull_request', {
        pull_request: { base: { sha: before } }
      })
    ).toEqual({ sha: before })
    expect(baseFromEvent('workflow_dispatch', {})).toEqual({
      all: 'a workflow_dispatch run checks every cluster'
    })
    expect(baseFromEvent('schedule', {})).toEqual({
      all: 'a schedule run checks every cluster'
    })
  })

  it('is unknown for a new branch and a force push, saying why', () => {
    expect(baseFromEvent('push', { before: '0'.repeat(40) })).toEqual({
      all: 'the push created the branch, so there is no earlier commit to compare with'
    })
    expect(baseFromEvent('push', { before, forced: true })).toMatchObject({
      all: expect.stringContaining('the push was forced') as unknown
    })
  })

  it('fetches a base the shallow checkout lacks, and names the depth needed when it cannot', async () => {
    const exec = new FakeExec()
      .on(['git', 'rev-parse'], { exitCode: 1 })
      .on(['git', 'fetch'], { exitCode: 128, stderr: 'denied' })
    const base = await resolveBase(exec, '/repo', { sha: before, depth: 3 })
    expect(exec.calls.map((c) => [c.command, ...c.args].join(' '))).toContain(
      `git fetch --no-tags --depth=1 origin ${before}`
    )
    expect(base).toEqual({
      all: `the base commit ${before.slice(0, 12)} is not in this checkout and could not be fetched; give actions/checkout fetch-depth: 3 or more (fetch-depth: 0 for all history)`
    })
    const fetched = new FakeExec()
      .on(['git', 'rev-parse'], { exitCode: 1 }, { stdout: `${before}\n` })
      .on(['git', 'fetch'], { exitCode: 0 })
    expect(
      await resolveBase(fetched, '/repo', { sha: before, depth: 3 })
    ).toEqual({ sha: before })
  })
})
