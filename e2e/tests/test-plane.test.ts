// `npm test` gives the same result whatever a user did to a running plane:
// the tests run on a control plane of their own, never on the one that
// `npm run demo` or `npm run cluster:up` started in the default state
// directory (where the demo invites users to edit things with kubectl), and
// they leave that one running as they found it. docs/control-plane.md, Tests.
import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { stateDir, testStateDir } from '../scripts/lib/settings.js'

const slow = 300_000
const clusterScript = resolve('e2e/scripts/cluster.js')
const setupModules = ['global-setup.js', 'global-teardown.js'].map(
  (name) => pathToFileURL(resolve('e2e/support', name)).href
)

/** `cluster.js <command>` in `env`; its stdout, or a throw with its stderr. */
function cluster(command: string, env: NodeJS.ProcessEnv): string {
  const run = spawnSync(process.execPath, [clusterScript, command], {
    env,
    encoding: 'utf8',
    timeout: slow
  })
  if (run.status !== 0) {
    throw new Error(
      `cluster.js ${command} exited ${run.status}:\n${run.stderr}`
    )
  }
  return run.stdout
}

/** The KUBECONFIG of `export KUBECONFIG=…` lines. */
function kubeconfigOf(exportLines: string): string | undefined {
  return /^export KUBECONFIG=(.*)$/m.exec(exportLines)?.[1]
}

describe("the tests' control plane", () => {
  it('is never the demo’s, even when CLUSTERSYNC_STATE_DIR names the demo’s plane', () => {
    // A user who exported CLUSTERSYNC_STATE_DIR for `npm run demo` and then
    // ran `npm test` in the same shell once got the demo's plane back.
    for (const env of [
      { XDG_RUNTIME_DIR: '/run/user/1000' },
      { CLUSTERSYNC_STATE_DIR: '/tmp/demo-plane' }
    ]) {
      expect(testStateDir(env)).not.toBe(stateDir(env))
      expect(testStateDir(env)).toBe(`${stateDir(env)}-tests`)
    }
    // Reusing a plane is opt-in, under a name of its own.
    expect(
      testStateDir({
        CLUSTERSYNC_STATE_DIR: '/tmp/demo-plane',
        CLUSTERSYNC_TEST_STATE_DIR: '/tmp/my-test-plane'
      })
    ).toBe('/tmp/my-test-plane')
  })

  it('is the one the commands the tests run find (CLUSTERSYNC_STATE_DIR is exported)', () => {
    // scripts/demo.js and cluster.js, run by tests, locate the plane this way.
    expect(kubeconfigOf(cluster('status', process.env))).toBe(
      process.env.KUBECONFIG
    )
  })

  describe('beside a plane `npm run demo` started', () => {
    // A user's shell: no CLUSTERSYNC_STATE_DIR, so the demo's plane lives in
    // the default state directory, here under a private XDG_RUNTIME_DIR.
    const runtimeDir = mkdtempSync(join(tmpdir(), 'clustersync-user-'))
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      XDG_RUNTIME_DIR: runtimeDir
    }
    delete env.CLUSTERSYNC_STATE_DIR
    // The default test plane is what is checked: an engineer's own choice
    // of test plane (the variable below) is not a user's shell.
    delete env.CLUSTERSYNC_TEST_STATE_DIR
    let demoKubeconfig: string | undefined

    beforeAll(() => {
      // The first thing scripts/demo.js runs.
      demoKubeconfig = kubeconfigOf(cluster('up', env))
    }, slow)
    afterAll(() => {
      cluster('down', env)
      rmSync(runtimeDir, { recursive: true, force: true })
    }, slow)

    it(
      'starts a plane of its own instead of reusing it, and leaves it running',
      () => {
        // Jest's global setup and teardown, in the user's environment.
        const script = [
          `const [setup, teardown] = await Promise.all(${JSON.stringify(setupModules)}.map((m) => import(m)))`,
          'await setup.default()',
          'const seen = { kubeconfig: process.env.KUBECONFIG, stateDir: process.env.CLUSTERSYNC_STATE_DIR }',
          'await teardown.default()',
          'process.stdout.write(`\\n${JSON.stringify(seen)}\\n`)'
        ].join('\n')
        const run = spawnSync(
          process.execPath,
          ['--input-type=module', '-e', script],
          { env, encoding: 'utf8', timeout: slow }
        )
        if (run.status !== 0) throw new Error(run.stderr)
        const seen = JSON.parse(run.stdout.trim().split('\n').at(-1) ?? '') as {
          kubeconfig: string
          stateDir?: string
        }
        expect(demoKubeconfig).toBe(
          join(runtimeDir, 'clustersync-cluster', 'kubeconfig')
        )
        expect(seen).toEqual({
          kubeconfig: join(
            runtimeDir,
            'clustersync-cluster-tests',
            'kubeconfig'
          ),
          stateDir: join(runtimeDir, 'clustersync-cluster-tests')
        })
        expect(kubeconfigOf(cluster('status', env))).toBe(demoKubeconfig)
      },
      slow
    )
  })
})
