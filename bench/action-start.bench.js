// Benchmark (not a test) for issue 14: the Action's cold start, run as the
// runner runs it. `npm run build && node bench/action-start.bench.js
// [--runs N] [--objects N]` (default 9 runs, 1,000 objects).
//
// Each run is a fresh process of dist/index.js on the Node that action.yml's
// `runs.using` names (the release e2e/action-node pins; CLUSTERSYNC_ACTION_NODE
// names another binary), with INPUT_* variables, GITHUB_EVENT_PATH holding a
// real webhook payload (@octokit/webhooks-examples) and GITHUB_API_URL
// pointing at the e2e GitHub API double (e2e/support/github-double, compiled
// to a temporary folder with TypeScript, in this process). The workspace is a
// generated repository (bench/generate-sync-repo.js); the kubeconfig input is
// the local control plane's (KUBECONFIG, or `npm run cluster:up`).
//
// Figures, per contender, medians over the runs:
//   - push, to the first phase line: from spawn to the first
//     `<cluster>: <Phase>` line on stdout (the check run, the commit status
//     and the deployment are created before it), the cold start a user
//     watches in the log;
//   - push, whole run: the same process to its exit, a sync that finds
//     nothing to do (one untimed sync per contender comes first);
//   - pull request, whole run: `pull_request` (opened), the plan the Action
//     comments on the pull request.
// CLUSTERSYNC_ACTION=<bundle> benchmarks another build than dist/index.js;
// CLUSTERSYNC_BASELINE_ACTION=<bundle> adds a second one. The contenders run
// in turn (A B A B …, starting side alternating per run), each on its own
// repository and cluster name, and the ratio A ÷ B is also taken run by run
// (its median is printed), so drift in the machine's speed hits both alike.
// Before each timed run the bench waits (untimed, up to 15 s; --settle-ms N
// sets the bound, 0 skips it) until the machine is quiet, as
// bench/sync.bench.js does. Results and how they were taken: BENCHMARKS.md,
// "Speed shortcuts, each measured alone".
// NODE_EXTRA_CA_CERTS is passed on when set (GitHub's runners set none).
import { spawn, spawnSync } from 'node:child_process'
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync
} from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { generateSyncRepo } from './generate-sync-repo.js'

const here = dirname(fileURLToPath(import.meta.url))
const repoRoot = resolve(here, '..')
const require = createRequire(import.meta.url)
const args = process.argv.slice(2)
const option = (name, fallback) => {
  const at = args.indexOf(name)
  return at >= 0 ? Number(args[at + 1]) : fallback
}
const runs = option('--runs', 9)
/** The most settle() waits, in ms; --settle-ms N, default 15,000. */
const settleMs = option('--settle-ms', 15_000)
const objects = option('--objects', 1000)
const contenders = [
  ['now', process.env.CLUSTERSYNC_ACTION ?? join(repoRoot, 'dist/index.js')],
  ...(process.env.CLUSTERSYNC_BASELINE_ACTION
    ? [['baseline', process.env.CLUSTERSYNC_BASELINE_ACTION]]
    : [])
].map(([name, bundle]) => ({ name, bundle: resolve(bundle) }))
const repository = 'Codertocat/Hello-World'
/** A phase line as run-action.ts logs it: `<cluster>: <Phase>`. */
const phaseLine = /^[^\s:]+: (Fetching|Validating|Applying|Completed)\b/m

/** The Node binary the runner would use (action.yml's `runs.using`). */
async function actionNode() {
  if (process.env.CLUSTERSYNC_ACTION_NODE)
    return process.env.CLUSTERSYNC_ACTION_NODE
  const { ensureActionNode } = await import('../e2e/scripts/lib/action-node.js')
  return ensureActionNode()
}

/** KUBECONFIG's path, from the environment or `cluster.js up`'s exports. */
function kubeconfigPath() {
  if (process.env.KUBECONFIG) return process.env.KUBECONFIG
  const up = spawnSync(
    process.execPath,
    [join(repoRoot, 'e2e/scripts/cluster.js'), 'up'],
    { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] }
  )
  if (up.status !== 0) throw new Error('cluster:up failed')
  const m = /^export KUBECONFIG=(.*)$/m.exec(up.stdout)
  if (!m) throw new Error('cluster:up printed no KUBECONFIG')
  return m[1].replace(/^'(.*)'$/, '$1')
}

/**
 * Starts the GitHub API double of the e2e tests: its TypeScript is compiled
 * (types dropped, nothing checked) into a temporary folder whose
 * node_modules links to this checkout's.
 */
async function startDouble() {
  const ts = require('typescript')
  const source = join(repoRoot, 'e2e/support/github-double')
  const out = mkdtempSync(join(tmpdir(), 'clustersync-bench-double-'))
  writeFileSync(join(out, 'package.json'), '{ "type": "module" }\n')
  symlinkSync(join(repoRoot, 'node_modules'), join(out, 'node_modules'))
  for (const file of readdirSync(source).filter((f) => f.endsWith('.ts'))) {
    const { outputText } = ts.transpileModule(
      readFileSync(join(source, file), 'utf8'),
      {
        compilerOptions: {
          module: ts.ModuleKind.ESNext,
          target: ts.ScriptTarget.ES2022,
          verbatimModuleSyntax: false
        }
      }
    )
    writeFileSync(join(out, file.replace(/\.ts$/, '.js')), outputText)
  }
  const { startGitHubDouble } = await import(
    pathToFileURL(join(out, 'server.js')).href
  )
  const double = await startGitHubDouble()
  return {
    url: double.url,
    close: async () => {
      await double.close()
      rmSync(out, { recursive: true, force: true })
    }
  }
}

/** A webhook example of `name`, deep-copied. */
function webhookExample(name, pick = () => true) {
  const all = require('@octokit/webhooks-examples/api.github.com/index.json')
  const example = all.find((e) => e.name === name)?.examples.find(pick)
  if (!example) throw new Error(`no ${name} example`)
  return JSON.parse(JSON.stringify(example))
}

/** Busy and total CPU time so far, from /proc/stat (all CPUs). */
function cpuTimes() {
  const [cpu] = readFileSync('/proc/stat', 'utf8').split('\n')
  const fields = cpu.trim().split(/\s+/).slice(1).map(Number)
  const total = fields.reduce((a, b) => a + b, 0)
  return { busy: total - fields[3] - (fields[4] ?? 0), total }
}

/** Waits (untimed) for two 300 ms windows below 25 % CPU, or settleMs. */
async function settle() {
  if (!existsSync('/proc/stat')) return
  const started = Date.now()
  let quiet = 0
  let last = cpuTimes()
  while (quiet < 2 && Date.now() - started < settleMs) {
    await new Promise((r) => setTimeout(r, 300))
    const now = cpuTimes()
    const share = (now.busy - last.busy) / Math.max(1, now.total - last.total)
    quiet = share < 0.25 ? quiet + 1 : 0
    last = now
  }
}

/**
 * One Action main step: resolves with seconds to the first phase line and
 * to exit. Asynchronous, because the API double answers in this process.
 */
function runAction(node, bundle, env, cwd) {
  return new Promise((done, fail) => {
    const start = process.hrtime.bigint()
    const since = () => Number(process.hrtime.bigint() - start) / 1e9
    const child = spawn(node, [bundle], { env, cwd, timeout: 300_000 })
    let stdout = ''
    let stderr = ''
    let firstPhase
    child.stdout.on('data', (c) => {
      if (process.env.BENCH_DEBUG)
        process.stderr.write(`[${since().toFixed(3)}] ${c.toString('utf8')}`)
      stdout += c.toString('utf8')
      if (firstPhase === undefined && phaseLine.test(stdout))
        firstPhase = since()
    })
    child.stderr.on('data', (c) => (stderr += c.toString('utf8')))
    child.on('error', fail)
    child.on('close', (code) => {
      const exit = since()
      if (code !== 0 || firstPhase === undefined) {
        fail(
          new Error(
            `${bundle} exited ${code}${firstPhase === undefined ? ' before any phase line' : ''}:\n${stdout.slice(-3000)}\n${stderr.slice(-2000)}`
          )
        )
      } else done({ firstPhase, exit })
    })
  })
}

/** The runner's environment for one main step of `eventName`. */
function runnerEnv(double, workspace, eventName, payload, kubeconfig) {
  const job = mkdtempSync(join(tmpdir(), 'clustersync-bench-job-'))
  const files = {
    GITHUB_OUTPUT: join(job, 'output'),
    GITHUB_STATE: join(job, 'state'),
    GITHUB_STEP_SUMMARY: join(job, 'summary'),
    GITHUB_EVENT_PATH: join(job, 'event.json')
  }
  for (const f of Object.values(files)) writeFileSync(f, '')
  writeFileSync(files.GITHUB_EVENT_PATH, JSON.stringify(payload))
  const env = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? job,
    ...(process.env.NODE_EXTRA_CA_CERTS
      ? { NODE_EXTRA_CA_CERTS: process.env.NODE_EXTRA_CA_CERTS }
      : {}),
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: eventName,
    GITHUB_WORKSPACE: workspace,
    GITHUB_API_URL: double.url,
    GITHUB_SERVER_URL: double.url,
    GITHUB_REPOSITORY: repository,
    GITHUB_RUN_ID: '4242',
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_ACTOR: 'Codertocat',
    GITHUB_REF: 'refs/heads/main',
    GITHUB_SHA: payload.after ?? payload.pull_request?.head?.sha,
    RUNNER_TEMP: join(job, 'temp'),
    ...files,
    INPUT_TOKEN: 'ghs_bench',
    INPUT_DEFINITION: 'cluster.yaml',
    INPUT_KUBECONFIG: kubeconfig
  }
  mkdirSync(env.RUNNER_TEMP)
  return { env, cleanup: () => rmSync(job, { recursive: true, force: true }) }
}

/** Deletes what a contender's syncs created (untimed). */
function cleanup(c, kubeconfigFile) {
  const env = { ...process.env, KUBECONFIG: kubeconfigFile }
  const namespaces = Array.from(
    { length: c.repo.stacks },
    (_, s) => `${c.repo.namespacePrefix}-s${String(s).padStart(3, '0')}`
  )
  const kubectl = (argv) =>
    spawnSync('kubectl', argv, { env, stdio: 'ignore', timeout: 300_000 })
  kubectl([
    'delete',
    'namespace',
    ...namespaces,
    '--ignore-not-found',
    '--wait=true'
  ])
  kubectl([
    'delete',
    'configmap,lease',
    `clustersync-${c.cluster}`,
    '-n',
    'clustersync-system',
    '--ignore-not-found'
  ])
}

function median(list) {
  const s = [...list].sort((a, b) => a - b)
  const mid = Math.floor(s.length / 2)
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2
}

const fmt = (s) => (s < 1 ? `${(s * 1000).toFixed(0)} ms` : `${s.toFixed(2)} s`)

async function main() {
  for (const c of contenders)
    if (!existsSync(c.bundle))
      throw new Error(`${c.bundle} is missing (run \`npm run build\`)`)
  const node = await actionNode()
  const kubeconfigFile = kubeconfigPath()
  const kubeconfig = readFileSync(kubeconfigFile, 'utf8')
  const double = await startDouble()
  const root = mkdtempSync(join(tmpdir(), 'clustersync-bench-action-'))
  const stamp = Date.now().toString(36)
  const push = webhookExample('push')
  const pr = webhookExample('pull_request', (e) => e.action === 'opened')
  const figures = ['pushFirstPhase', 'pushExit', 'prExit']
  try {
    for (const c of contenders) {
      c.workspace = join(root, c.name)
      c.cluster = `act-${c.name}-${stamp}`
      c.repo = generateSyncRepo(c.workspace, {
        objects,
        namespacePrefix: `act${c.name}${stamp}`,
        cluster: c.cluster
      })
      c.samples = Object.fromEntries(figures.map((f) => [f, []]))
      // The first sync applies everything; the timed pushes find it synced.
      const first = runnerEnv(double, c.workspace, 'push', push, kubeconfig)
      await runAction(node, c.bundle, first.env, c.workspace)
      first.cleanup()
    }
    for (let run = 0; run < runs; run++) {
      const order = run % 2 ? [...contenders].reverse() : contenders
      for (const c of order) {
        for (const [eventName, payload, key] of [
          ['push', push, 'push'],
          ['pull_request', pr, 'pr']
        ]) {
          const r = runnerEnv(
            double,
            c.workspace,
            eventName,
            payload,
            kubeconfig
          )
          await settle()
          const t = await runAction(node, c.bundle, r.env, c.workspace)
          r.cleanup()
          if (key === 'push') {
            c.samples.pushFirstPhase.push(t.firstPhase)
            c.samples.pushExit.push(t.exit)
          } else c.samples.prExit.push(t.exit)
        }
      }
      console.error(
        `bench: run ${run + 1}/${runs}: ${contenders.map((c) => `${c.name} first phase ${fmt(c.samples.pushFirstPhase.at(-1))}, push ${fmt(c.samples.pushExit.at(-1))}, pr ${fmt(c.samples.prExit.at(-1))}`).join('; ')}`
      )
    }
  } finally {
    await double.close()
    for (const c of contenders) if (c.repo) cleanup(c, kubeconfigFile)
    rmSync(root, { recursive: true, force: true })
  }
  const names = {
    pushFirstPhase: 'push: spawn to the first phase line',
    pushExit: 'push: whole run (nothing to apply)',
    prExit: 'pull request: whole run (plan)'
  }
  const [a, b] = contenders
  console.log(
    `Action cold start, ${objects} objects, ${runs} runs, medians (Node ${spawnSync(node, ['-p', 'process.version'], { encoding: 'utf8' }).stdout.trim()})`
  )
  console.log(
    b
      ? `| Figure | ${a.name} | ${b.name} | ${a.name} ÷ ${b.name} (median of pairs) |\n|---|---|---|---|`
      : `| Figure | ${a.name} |\n|---|---|`
  )
  for (const f of figures) {
    const cells = contenders.map((c) => fmt(median(c.samples[f])))
    if (b) {
      const ratios = a.samples[f].map((x, i) => x / b.samples[f][i])
      cells.push(median(ratios).toFixed(3))
    }
    console.log(`| ${names[f]} | ${cells.join(' | ')} |`)
  }
}

await main()
