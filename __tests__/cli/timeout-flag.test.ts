import { runCliCaptured, type CliRun } from '../../__fixtures__/run-cli.js'
import { durationForms } from '../../src/duration.js'

function run(...argv: string[]): Promise<CliRun> {
  return runCliCaptured(argv)
}

// The flags read durations with the Action's grammar (src/duration.ts) and
// refuse anything else as a usage error, before any work starts.
describe('duration flags', () => {
  it.each([
    ['sync', '--timeout'],
    ['sync', '--lock-timeout']
  ])(
    '%s %s refuses a non-duration, listing the forms (exit 2)',
    async (command, flag) => {
      const { code, err } = await run(
        command,
        '--root',
        '.',
        '--kubeconfig',
        'none.yaml',
        flag,
        '5 minutes'
      )
      expect(code).toBe(2)
      expect(err).toContain(
        `error: option ${flag} accepts ${durationForms}; got "5 minutes"\n`
      )
    }
  )

  it('catalog --timeout reads the same grammar', async () => {
    const { code, err } = await run(
      'catalog',
      'show',
      'jetstack',
      '--charts',
      '--timeout',
      '1m30'
    )
    expect(code).toBe(2)
    expect(err).toContain(`error: option --timeout accepts ${durationForms}`)
  })

  it('sync --timeout 0 is refused: a step needs some time', async () => {
    const { code, err } = await run(
      'sync',
      '--root',
      '.',
      '--kubeconfig',
      'none.yaml',
      '--timeout',
      '0s'
    )
    expect(code).toBe(2)
    expect(err).toContain('error: option --timeout must be longer than 0')
  })
})
