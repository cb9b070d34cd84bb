import { runCliCaptured, type CliRun } from '../../__fixtures__/run-cli.js'
// Flags and formats the previous release accepted are contracts: the exact
// help must not turn them into usage errors (exit 2).
import { parseArgs } from '../../src/cli/args.js'
import { commands } from '../../src/cli/commands/all-commands.js'

function run(...argv: string[]): Promise<CliRun> {
  return runCliCaptured(argv)
}

const optionsOf = (name: string) =>
  commands.find((c) => c.name === name)?.options ?? []

describe('--no-<flag>', () => {
  it.each([
    ['sync', '--no-full', 'full'],
    ['sync', '--no-allow-destructive-prune', 'allow-destructive-prune'],
    ['validate', '--no-check-charts', 'check-charts'],
    ['sync', '--no-prune', 'prune']
  ])('%s takes %s and turns the flag off', (command, flag, name) => {
    const { options } = parseArgs([`--${name}`, flag], optionsOf(command))
    expect(options[name]).toBe(false)
  })

  it('is taken by every boolean flag of every command', () => {
    for (const command of commands) {
      for (const option of command.options) {
        if (option.type !== 'boolean') continue
        const { options } = parseArgs([`--no-${option.name}`], command.options)
        expect([command.name, options[option.name]]).toEqual([
          command.name,
          false
        ])
      }
    }
  })

  it('is still refused for a flag that takes a value', () => {
    expect(() => parseArgs(['--no-timeout'], optionsOf('sync'))).toThrow(
      /unknown option --no-timeout/
    )
  })
})

describe('catalog, as the previous release took it', () => {
  it.each([['list'], ['search', 'jetstack'], ['show', 'jetstack']])(
    '%s --format github prints the text, exit 0',
    async (...action) => {
      const text = await run('catalog', ...action)
      const github = await run('catalog', ...action, '--format', 'github')
      expect(github.err).toBe('')
      expect(github.code).toBe(0)
      expect(github.out).toBe(text.out)
    }
  )

  it.each([
    ['--root', '.'],
    ['--file', 'cluster.yaml'],
    ['-f', 'cluster.yaml']
  ])('takes %s %s, says it ignores it, exit 0', async (flag, value) => {
    const plain = await run('catalog', 'list')
    const { code, out, err } = await run('catalog', 'list', flag, value)
    expect(code).toBe(0)
    expect(out).toBe(plain.out)
    const name = flag === '-f' ? 'file' : flag.slice(2)
    expect(err).toBe(`warning: catalog ignores --${name}\n`)
  })

  it('does not offer --root or --file in its help', async () => {
    const { out } = await run('catalog', '--help')
    expect(out).not.toMatch(/--root|--file/)
  })
})
