// The README's main-job command (`npm run demo`): on a fresh machine, brings up
// the local control plane and chart repository (building them on first use,
// with progress on stderr), then syncs the bundled example repository
// (examples/) into it with the CLI, exactly as a user would, and ends with
// what was applied and how to look at it with kubectl.
//
// Arguments after `--` go to `clustersync sync`, e.g. `npm run demo -- --full`.
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { delimiter } from 'node:path'

const say = (text) => process.stderr.write(`[demo] ${text}\n`)

if (!existsSync('dist/cli/index.js')) {
  say('building the CLI bundle (npm run build)')
  run(process.execPath, ['scripts/build.js'])
}

say(
  'starting the local control plane (the first run builds it: about 10 minutes)'
)
const up = spawnSync(process.execPath, ['e2e/scripts/cluster.js', 'up'], {
  stdio: ['ignore', 'pipe', 'inherit'],
  encoding: 'utf8'
})
if (up.status !== 0) {
  say('the control plane did not start; see the messages above')
  process.exit(up.status ?? 1)
}
const env = { ...process.env, ...parseExports(up.stdout) }

// examples/ names its chart repository http://127.0.0.1:8879, the address
// users replace when they copy it; the local plane serves the same charts on
// a free port, so the demo points that URL there with a chart mirror.
const examplesRepo = 'http://127.0.0.1:8879'
say('syncing examples/cluster.yaml into the local cluster')
const sync = spawnSync(
  process.execPath,
  [
    'dist/cli/index.js',
    'sync',
    'examples/cluster.yaml',
    '--kubeconfig',
    env.KUBECONFIG,
    '--chart-mirror',
    `${examplesRepo}=${env.CLUSTERSYNC_CHART_REPO}`,
    ...process.argv.slice(2)
  ],
  { stdio: 'inherit', env }
)

process.stdout.write(`
Look at what was applied:
  ${up.stdout.trim().split('\n').join('\n  ')}
  kubectl get namespaces
  kubectl get deployments,services,configmaps -A -l app.kubernetes.io/managed-by!=Helm
  helm list -A
  node dist/cli/index.js status examples/cluster.yaml --kubeconfig "$KUBECONFIG" --chart-mirror ${examplesRepo}=$CLUSTERSYNC_CHART_REPO
Stop the control plane with: npm run cluster:down
`)
process.exit(sync.status ?? 1)

/** Turns `export NAME=value` lines into an environment; `$PATH` is expanded. */
function parseExports(text) {
  const out = {}
  for (const line of text.split('\n')) {
    const match = /^export ([A-Z_][A-Z0-9_]*)=(.*)$/.exec(line.trim())
    if (!match) continue
    const [, name, raw] = match
    const value = raw.replace(/^["']|["']$/g, '')
    out[name] = value.replace(
      `${delimiter}$PATH`,
      `${delimiter}${process.env.PATH}`
    )
  }
  return out
}

function run(command, args) {
  const result = spawnSync(command, args, { stdio: 'inherit' })
  if (result.status !== 0) process.exit(result.status ?? 1)
}
