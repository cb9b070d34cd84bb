/**
 * The hostile repositories (hostile-repos.ts) through the built CLI
 * (`bin/clustersync.js`, as an installed `clustersync` runs): `validate` and
 * `plan --no-live`, each a child process killed after 30 s or above 1 GiB
 * of memory — a kill is a failure, whatever the case expected. Needs
 * `npm run build`; no cluster, no network.
 */
import { resolve } from 'node:path'
import { runLimited } from '../../__fixtures__/limited-process.js'
import {
  buildCase,
  forgedLines,
  hostileCases,
  printRunFigures,
  recordRun,
  secretForms,
  type HostileCase
} from './hostile-repos.js'

const bin = resolve('bin/clustersync.js')

const commands = [
  ['validate', ['validate', 'cluster.yaml']],
  ['plan', ['plan', 'cluster.yaml', '--no-live']]
] as const

const table = hostileCases.flatMap((c) =>
  commands.map(([command, args]) => [c.name, command, c, args] as const)
)

afterAll(() => printRunFigures('CLI'))

describe('the CLI on hostile repositories', () => {
  it.concurrent.each(table)(
    '%s: %s',
    async (_name, _command, c: HostileCase, args: readonly string[]) => {
      const { repo } = buildCase(c)
      const run = await runLimited(process.execPath, [bin, ...args], {
        cwd: repo,
        env: { PATH: process.env.PATH ?? '', HOME: repo, NO_COLOR: '1' }
      })
      recordRun(`${c.name}: ${args[0]}`, run)
      const output = run.stdout + run.stderr
      // Killed for time or memory, or ended by a signal: never acceptable.
      expect({ killedFor: run.killedFor, signal: run.signal }).toEqual({
        killedFor: undefined,
        signal: null
      })
      expect({ code: run.code, output: output.slice(0, 2000) }).toMatchObject({
        code: c.exit
      })
      if (c.file) {
        // "cluster.yaml:7:11: error: …": the file, with a line and column.
        expect(output).toMatch(
          new RegExp(`^${c.file.replace('.', '\\.')}:\\d+:\\d+: error: `, 'm')
        )
      }
      for (const secret of secretForms(c.secrets))
        expect(output).not.toContain(secret)
      expect(forgedLines(output)).toEqual([])
      expect(output).not.toContain('\u001b')
    }
  )
})
