/**
 * The commands ask about the checkout through git-answers.ts: from git's
 * files when the reader is certain (no process at all), from git otherwise.
 */
import { describe, expect, it } from '@jest/globals'
import type { CheckoutHead } from '../../src/adapters/git-files.js'
import { createNodeFs } from '../../src/adapters/node-fs.js'
import type { CliContext } from '../../src/cli/context.js'
import { gitBranch, gitCommit, gitTopLevel } from '../../src/cli/git-answers.js'
import { FakeClock } from '../../__fixtures__/fakes/fake-clock.js'
import { FakeExec } from '../../__fixtures__/fakes/fake-exec.js'

const sha = 'a'.repeat(40)

function context(
  checkout: CliContext['checkout'],
  exec = new FakeExec()
): CliContext {
  return {
    stdout: { write: () => undefined, isTTY: false },
    stderr: { write: () => undefined, isTTY: false },
    cwd: '/work',
    env: {},
    fs: createNodeFs(),
    exec,
    clock: new FakeClock(),
    ...(checkout ? { checkout } : {})
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
  it('come from the checkout reader without running git when it is certain', async () => {
    const exec = git()
    const head: CheckoutHead = { top: '/repo', commit: sha, branch: 'main' }
    expect(await answers(context(() => head, exec))).toEqual([
      '/repo',
      sha,
      'main'
    ])
    expect(exec.calls).toEqual([])
  })

  it('say "no repository" without running git when the reader found none', async () => {
    const exec = git()
    expect(await answers(context(() => 'none', exec))).toEqual([
      '/repo/sub',
      undefined,
      undefined
    ])
    expect(exec.calls).toEqual([])
  })

  it('come from git when the reader is unsure, or absent', async () => {
    for (const checkout of [() => undefined, undefined]) {
      const exec = git()
      expect(await answers(context(checkout, exec))).toEqual([
        '/repo',
        sha,
        'main'
      ])
      expect(exec.calls.map((c) => c.args.join(' '))).toEqual([
        'rev-parse --show-toplevel',
        'rev-parse HEAD',
        'rev-parse --abbrev-ref HEAD'
      ])
    }
  })

  it('treat a detached HEAD and a failing git as "no branch"', async () => {
    const detached = new FakeExec().on(['--abbrev-ref'], {
      exitCode: 0,
      stdout: 'HEAD\n'
    })
    expect(await gitBranch(context(undefined, detached), '/repo')).toBe(
      undefined
    )
    const failing = new FakeExec().on(['rev-parse'], {
      exitCode: 128,
      stderr: 'fatal: not a git repository'
    })
    expect(await answers(context(undefined, failing))).toEqual([
      '/repo/sub',
      undefined,
      undefined
    ])
  })
})
