import { resolve } from 'node:path'
import { FakeClock } from '../../__fixtures__/fakes/fake-clock.js'
import { FakeExec } from '../../__fixtures__/fakes/fake-exec.js'
import { createNodeFs } from '../../src/adapters/node-fs.js'
import { runCli } from '../../src/cli.js'
import type { CliContext } from '../../src/cli/context.js'

// Colour is for people at a terminal: on when standard output is one, off
// when NO_COLOR is set to anything (no-color.org), with --no-color, or
// when the output goes to a file or pipe.
const repo = resolve(import.meta.dirname, '../..')
const escape = '\u001b['

async function run(
  argv: string[],
  env: Record<string, string>,
  isTTY = true
): Promise<{ code: number; out: string }> {
  let out = ''
  const ctx: CliContext = {
    stdout: { write: (t) => void (out += t), isTTY },
    stderr: { write: () => undefined, isTTY },
    cwd: repo,
    env,
    fs: createNodeFs(),
    exec: new FakeExec().on(['git', 'rev-parse', '--abbrev-ref', 'HEAD'], {
      exitCode: 0,
      stdout: 'main\n'
    }),
    clock: new FakeClock()
  }
  return { code: await runCli(argv, ctx), out }
}

const validate = [
  'validate',
  '__fixtures__/definitions/unknown-key-suggests/cluster.yaml',
  '--root',
  '__fixtures__/definitions/unknown-key-suggests'
]
const catalogCheck = ['catalog', 'check', '__fixtures__/catalog/bad']

describe.each([
  ['validate', validate],
  ['catalog check', catalogCheck]
])('%s', (_name, argv) => {
  it('colours diagnostics on a terminal', async () => {
    const { code, out } = await run(argv, {})
    expect(code).toBe(1)
    expect(out).toContain(`${escape}31merror${escape}0m`)
  })

  it.each([['1'], ['true'], ['0']])(
    'has no colour with NO_COLOR=%s',
    async (value) => {
      const { code, out } = await run(argv, { NO_COLOR: value })
      expect(code).toBe(1)
      expect(out).toContain('error:')
      expect(out).not.toContain(escape)
    }
  )

  it('keeps colour when NO_COLOR is empty, as no-color.org says', async () => {
    const { out } = await run(argv, { NO_COLOR: '' })
    expect(out).toContain(escape)
  })

  it('has no colour with --no-color', async () => {
    const { code, out } = await run([...argv, '--no-color'], {})
    expect(code).toBe(1)
    expect(out).toContain('error:')
    expect(out).not.toContain(escape)
  })

  it('has no colour when the output is not a terminal, or TERM=dumb', async () => {
    expect((await run(argv, {}, false)).out).not.toContain(escape)
    expect((await run(argv, { TERM: 'dumb' })).out).not.toContain(escape)
  })
})
