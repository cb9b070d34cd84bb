/**
 * The README's "Local control plane" commands, pasted at the repository
 * root: `eval "$(npm run -s cluster:up)"` gives a shell a working kubectl,
 * helm and chart repository, and `npm run cluster:down` stops exactly that
 * plane and removes its data. They run in a state directory of their own,
 * so the plane the other suites use is never touched; the commands are
 * read from the README, so the test follows what it says.
 */
import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { delimiter, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const repoRoot = fileURLToPath(new URL('../../', import.meta.url))
const slow = 300_000

/** The ```sh block of the README's "Local control plane" section, as command lines. */
function controlPlaneCommands(): string[] {
  const readme = readFileSync(join(repoRoot, 'README.md'), 'utf8')
  const start = readme.indexOf('\n## Local control plane')
  const block = /```sh\n([\s\S]*?)```/.exec(readme.slice(start))?.[1] ?? ''
  return block
    .split('\n')
    .map((line) => line.replace(/\s+#.*$/, '').trim())
    .filter((line) => line !== '' && !line.startsWith('#'))
}

/** Runs an `npm …` line as written (no shell), at the repository root. */
function npm(line: string, env: NodeJS.ProcessEnv) {
  const [command, ...args] = line.split(/\s+/)
  expect(command).toBe('npm')
  return spawnSync('npm', args, {
    cwd: repoRoot,
    env,
    encoding: 'utf8',
    timeout: 240_000
  })
}

/** What `eval` does with the `export NAME=value` lines up prints. */
function evalExports(text: string, env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const out = { ...env }
  for (const line of text.split('\n')) {
    const match = /^export ([A-Z_][A-Z0-9_]*)=(.*)$/.exec(line.trim())
    if (!match) continue
    const [, name = '', raw = ''] = match
    const value = raw.replace(/^'(.*)'$/, '$1')
    out[name] = value.replace(`${delimiter}$PATH`, `${delimiter}${env.PATH}`)
  }
  return out
}

let stateDir: string
let env: NodeJS.ProcessEnv

beforeAll(() => {
  stateDir = join(mkdtempSync(join(tmpdir(), 'clustersync-readme-')), 'plane')
  env = { ...process.env, CLUSTERSYNC_STATE_DIR: stateDir }
  // The suite's own plane must not leak into the shell the README sets up:
  // kubectl and helm must come from the PATH that up exports.
  const suiteBin = env.CLUSTERSYNC_KUBE_BIN
  env.PATH = (env.PATH ?? '')
    .split(delimiter)
    .filter((entry) => entry !== suiteBin)
    .join(delimiter)
  for (const name of [
    'KUBECONFIG',
    'CLUSTERSYNC_KUBE_BIN',
    'CLUSTERSYNC_CHART_REPO',
    'CLUSTERSYNC_OCI_REPO'
  ])
    delete env[name]
})

afterAll(() => {
  // Whatever the outcome, stop what this test started.
  spawnSync(process.execPath, ['e2e/scripts/cluster.js', 'down'], {
    cwd: repoRoot,
    env,
    stdio: 'ignore'
  })
  rmSync(join(stateDir, '..'), { recursive: true, force: true })
})

it(
  'up gives a shell kubectl, helm and the chart repository; down stops it and removes its data',
  () => {
    const [upLine, downLine, ...rest] = controlPlaneCommands()
    expect(rest).toEqual([])
    const eval_ = /^eval "\$\((.*)\)"$/.exec(upLine ?? '')
    expect(eval_?.[1]).toBe('npm run -s cluster:up')
    expect(downLine).toBe('npm run cluster:down')

    const up = npm(eval_?.[1] ?? '', env)
    expect({ status: up.status, stderr: up.stderr }).toMatchObject({
      status: 0
    })
    const shell = evalExports(up.stdout, env)
    expect(shell.KUBECONFIG).toBe(join(stateDir, 'kubeconfig'))
    const nodes = spawnSync('kubectl', ['get', 'nodes', '-o', 'name'], {
      env: shell,
      encoding: 'utf8'
    })
    expect(nodes.stdout.trim()).toMatch(/^node\//)
    const helm = spawnSync('helm', ['version', '--short'], {
      env: shell,
      encoding: 'utf8'
    })
    expect(helm.stdout).toMatch(/^v3\./)
    const index = spawnSync(
      process.execPath,
      [
        '-e',
        'fetch(process.argv[1] + "/index.yaml").then(r => r.text()).then(t => process.stdout.write(t))',
        shell.CLUSTERSYNC_CHART_REPO ?? ''
      ],
      { encoding: 'utf8' }
    )
    expect(index.stdout).toContain('apiVersion: v1')

    const down = npm(downLine ?? '', env)
    expect(down.status).toBe(0)
    expect(existsSync(join(stateDir, 'state.json'))).toBe(false)
    expect(existsSync(join(stateDir, 'etcd-data'))).toBe(false)
    const gone = spawnSync(
      'kubectl',
      ['get', 'nodes', '--request-timeout=5s'],
      { env: shell, encoding: 'utf8' }
    )
    expect(gone.status).not.toBe(0)
  },
  slow
)
