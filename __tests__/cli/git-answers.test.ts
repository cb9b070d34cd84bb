/** The commands ask about the checkout through git-answers.ts, which asks git. */
import { describe, expect, it } from '@jest/globals'
import { createNodeFs } from '../../src/adapters/node-fs.js'
import type { CliContext } from '../../src/cli/context.js'
import { gitBranch, gitCommit, gitTopLevel } from '../../src/cli/git-answers.js'
import { FakeClock } from '../../__fixtures__/fakes/fake-clock.js'
import { FakeExec } from '../../__fixtures__/fakes/fake-exec.js'

const sha = 'a'.repeat(40)

function context(exec = new FakeExec()): CliContext {
  return {
    stdout: { write: () => undefined, isTTY: false },
    stderr: { write: () => undefined, isTTY: false },
    cwd: '/work',
    env: {},
    fs: createNodeFs(),
    exec,
    clock: new FakeClock()
  }
}

/** git answering like a checkout of `main` at `sha` in /repo. */
function git(): FakeExec {
  return new FakeExec()
    .on(['--show-toplevel'], { exitCode: 0, stdout: '/repo\n' })
    .on(['--abbrev-ref'], { exitCode: 0, stdout: 'main\n' })
    .on((c) => c.args.join(' ') === 'rev-parse HEAD', {
      exitCode: 0,
      stdout: `${sha}\n`
    })
}

async function answers(ctx: CliContext): Promise<unknown[]> {
  return [
    await gitTopLevel('/repo/sub', ctx),
    await gitCommit(ctx, '/repo'),
    await gitBranch(ctx, '/repo')
  ]
}

describe('git answers', () => {
  it('come from git rev-parse', async () => {
    const exec = git()
    expect(await answers(context(exec))).toEqual(['/repo', sha, 'main'])
    expect(exec.calls.map((c) => c.args.join(' '))).toEqual([
      'rev-parse --show-toplevel',
      'rev-parse HEAD',
      'rev-parse --abbrev-ref HEAD'
    ])
  })

  it('treat a detached HEAD and a failing git as "no branch"', async () => {
    const detached = new FakeExec().on(['--abbrev-ref'], {
      exitCode: 0,
      stdout: 'HEAD\n'
    })
    expect(await gitBranch(context(detached), '/repo')).toBe(undefined)
    const failing = new FakeExec().on(['rev-parse'], {
      exitCode: 128,
      stderr: 'fatal: not a git repository'
    })
    expect(await answers(context(failing))).toEqual([
      '/repo/sub',
      undefined,
      undefined
    ])
  })
})
