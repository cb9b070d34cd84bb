/**
 * A tool that prints without end (helm rendering a chart a pull request
 * wrote, `repeat 550000000 "x"`) is stopped once its output passes the cap
 * and reported as a failure saying so: before, Node collected it all (GBs
 * of memory) and died with a stack trace when it could not make it a
 * string.
 */
import {
  createNodeExec,
  maxToolOutputBytes
} from '../../src/adapters/node-exec.js'

describe('the output cap of a tool process', () => {
  it('stops a tool that prints more than the cap and says so', async () => {
    const started = Date.now()
    // `yes` prints without end; at the cap it is stopped.
    const result = await createNodeExec().run('yes', ['x'.repeat(1000)])
    expect(result.exitCode).not.toBe(0)
    expect(result.stdout).toBe('')
    expect(result.stderr).toBe(
      `yes printed more than ${maxToolOutputBytes / 1024 / 1024} MiB and was stopped; what it printed is not used`
    )
    expect(Date.now() - started).toBeLessThan(60_000)
  }, 90_000)

  it('leaves output under the cap as it is', async () => {
    const result = await createNodeExec().run('printf', ['%s', 'kept'])
    expect(result).toMatchObject({ exitCode: 0, stdout: 'kept' })
  })
})
