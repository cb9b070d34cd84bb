// The cold build's smoke check (e2e/scripts/smoke-kube.sh) run many times in a
// row on the binaries this run uses. It once piped each binary's version into
// `grep -q` under pipefail and failed at random with SIGPIPE (exit 141; on a
// 2-core machine `kubectl version --client | grep -qF` failed 35 times in
// 200), failing a fresh machine's first `npm run demo` after its whole build.
import { spawnSync } from 'node:child_process'
import { clusterEnv } from '../support/cluster.js'

const rounds = 25

describe('the control plane build smoke check', () => {
  it(`passes ${rounds} times in a row`, () => {
    const { bin } = clusterEnv()
    const failures: string[] = []
    for (let round = 1; round <= rounds; round++) {
      const run = spawnSync('bash', ['e2e/scripts/smoke-kube.sh', bin], {
        encoding: 'utf8'
      })
      if (run.status !== 0) {
        failures.push(
          `round ${round}: exit ${run.status ?? run.signal}: ${run.stderr.trim()}`
        )
      }
    }
    expect(failures).toEqual([])
    // Each round starts seven binaries; a busy 2-core machine is slow at it.
  }, 300_000)

  it('fails when the version differs or the binary fails', () => {
    const { bin } = clusterEnv()
    const prints = (...args: string[]) =>
      spawnSync(
        'bash',
        [
          '-c',
          'source e2e/scripts/lib/prints.sh && prints "$@"',
          'prints',
          ...args
        ],
        { encoding: 'utf8' }
      ).status
    expect(
      prints('v0.0.0-other', `${bin}/kubectl`, 'version', '--client')
    ).toBe(1)
    expect(prints('', `${bin}/kubectl`, 'no-such-subcommand')).toBe(1)
    expect(
      prints('Client Version', `${bin}/kubectl`, 'version', '--client')
    ).toBe(0)
  })
})
