// The repositories users start from, synced for real: the bundled examples/
// (what `npm run demo` syncs), Ankra's own gitops example (whose add-ons live
// on the internet, which this machine cannot reach), and add-ons named by
// registry instead of URL (the bundled catalog and spec.helm_registries).
import { spawnSync } from 'node:child_process'
import { cpSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { clusterEnv, kubectl, kubectlGet } from '../support/cluster.js'
import { clustersync, statuses, sync } from './sync-support.js'

const slow = 300_000
const repoRoot = fileURLToPath(new URL('../../', import.meta.url))

/** A private copy of a folder of this repository, so tests may edit it. */
function copyOf(folder: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'clustersync-examples-'))
  cpSync(join(repoRoot, folder), dir, { recursive: true })
  return dir
}

describe("npm run demo (the README's main job)", () => {
  let printed = ''
  it(
    'syncs examples/ into the running control plane, then finds nothing to do',
    () => {
      // scripts/demo.js runs `cluster.js up`, which reuses the plane this
      // test run started, then the bundled CLI, exactly as the README says.
      const demo = () =>
        spawnSync(process.execPath, ['scripts/demo.js'], {
          cwd: repoRoot,
          encoding: 'utf8',
          timeout: 240_000
        })
      const first = demo()
      expect(first.status).toBe(0)
      expect(first.stderr).toMatch(/Completed: Synced/)
      expect(first.stdout).toContain('kubectl get namespaces')
      const again = demo()
      expect(again.status).toBe(0)
      expect(again.stderr).toMatch(/Completed: Synced: 0 applied/)
      printed = again.stdout
    },
    slow
  )

  it(
    'prints a status command that finds the cluster Synced, nothing changed since',
    () => {
      const line = printed
        .split('\n')
        .map((l) => l.trim())
        .find((l) => l.startsWith('node dist/cli/index.js status '))
      expect(line).toBeDefined()
      const { kubeconfig, chartRepo } = clusterEnv()
      // The words of the printed line, with the variables it names filled
      // in as the shell would.
      const argv = (line ?? '')
        .split(' ')
        .slice(2)
        .map((word) =>
          word
            .replace(/^"\$KUBECONFIG"$/, kubeconfig)
            .replace('$CLUSTERSYNC_CHART_REPO', chartRepo)
        )
      const status = spawnSync(
        process.execPath,
        ['dist/cli/index.js', ...argv, '--format', 'json'],
        { cwd: repoRoot, encoding: 'utf8', timeout: 60_000 }
      )
      expect(status.stderr).toBe('')
      expect(status.status).toBe(0)
      expect(JSON.parse(status.stdout)).toMatchObject({
        status: 'Synced',
        drift: { pending: [], drifted: [] }
      })
    },
    slow
  )

  it(
    "left the CRD's custom resource, the apps and the Helm release live",
    async () => {
      expect(
        await kubectlGet(['widgets.example.com', '-A'], '{.items[*].kind}')
      ).toContain('Widget')
      expect(
        await kubectlGet(['deployments', '-n', 'shop'], '{.items[*].kind}')
      ).toContain('Deployment')
      expect(
        await kubectlGet(
          ['secrets', '-A', '-l', 'owner=helm'],
          '{.items[*].metadata.labels.name}'
        )
      ).toContain('shop-frontend')
    },
    slow
  )
})

describe("Ankra's gitops example (add-ons on the internet)", () => {
  const namespaces = ['tempo', 'grafana', 'alloy', 'loki', 'fluentbit']
  let repo: string
  beforeAll(() => {
    repo = join(
      copyOf('__fixtures__/ankra/gitops-examples'),
      'clusters/monitoring-stack'
    )
  })
  afterAll(async () => {
    await kubectl([
      'delete',
      'namespace',
      ...namespaces,
      'prometheus',
      '--ignore-not-found',
      '--wait=false'
    ])
    // Its inventory too: left behind, a second run on the same plane found
    // the manifests recorded as applied and (rightly) left them unchanged.
    await kubectl([
      'delete',
      'configmap,lease',
      'clustersync-imported-cluster',
      '-n',
      'clustersync-system',
      '--ignore-not-found'
    ])
  })

  it(
    'plans in the order its parents give',
    async () => {
      const run = await clustersync([
        'plan',
        join(repo, 'cluster.yaml'),
        '--root',
        repo,
        '--no-live',
        '--format',
        'json'
      ])
      expect(run.code).toBe(0)
      const plan = JSON.parse(run.stdout) as {
        steps: { id: string; dependsOn: string[] }[]
      }
      const position = new Map(plan.steps.map((s, i) => [s.id, i]))
      expect(position.get('addon:loki')).toBeGreaterThan(
        position.get('manifest:loki-ns') ?? Infinity
      )
      for (const step of plan.steps) {
        for (const parent of step.dependsOn) {
          expect(position.get(parent)).toBeLessThan(position.get(step.id) ?? 0)
        }
      }
    },
    slow
  )

  it(
    'applies its manifests and fails each add-on with "chart repository unreachable" at its file:line',
    async () => {
      // Its git_repository.branch is the placeholder "<main>"; a sync of
      // another branch would (rightly) stop at the wrong-branch check.
      const run = await sync(repo, 'helm', ['--ref', '<main>'])
      expect(run.code).toBe(1)
      const result = run.result
      const manifests = result.steps.filter((s) =>
        s.step.startsWith('manifest:')
      )
      expect(manifests.length).toBeGreaterThan(0)
      expect(manifests.every((s) => s.status === 'applied')).toBe(true)
      expect(await kubectlGet(['namespace', 'loki'], '{.metadata.name}')).toBe(
        'loki'
      )
      const loki = result.steps.find((s) => s.step === 'addon:loki')
      expect(loki?.status).toBe('failed')
      expect(loki?.message).toMatch(
        /^chart repository unreachable for add-on loki \(cluster\.yaml:\d+\): https:\/\/grafana\.github\.io\/helm-charts/
      )
    },
    slow
  )
})

describe('add-ons named by registry', () => {
  const ns = `cs-registry-${Date.now().toString(36)}`
  const cluster = `e2e-registry-${Date.now().toString(36)}`
  let repo: string
  beforeAll(() => {
    repo = mkdtempSync(join(tmpdir(), 'clustersync-registry-'))
    writeFileSync(
      join(repo, 'cluster.yaml'),
      [
        'apiVersion: v1',
        'kind: ImportCluster',
        `metadata: { name: ${cluster} }`,
        'spec:',
        '  helm_registries:',
        `    - { name: team-charts, url: "${clusterEnv().chartRepo}" }`,
        '  stacks:',
        '    - name: apps',
        '      addons:',
        '        - name: from-cluster-registry',
        '          chart_name: app',
        '          chart_version: "1.0.0"',
        '          registry_name: Team-Charts',
        `          namespace: ${ns}`,
        '        - name: from-catalog',
        '          chart_name: app',
        '          chart_version: "1.1.0"',
        '          registry_name: jetstack',
        `          namespace: ${ns}`,
        ''
      ].join('\n')
    )
  })
  afterAll(async () => {
    await kubectl(['delete', 'namespace', ns, '--ignore-not-found'])
  })

  it(
    'resolves a spec.helm_registries name and a bundled catalog name (mirrored), and installs both',
    async () => {
      const plan = await clustersync([
        'plan',
        join(repo, 'cluster.yaml'),
        '--root',
        repo,
        '--no-live',
        '--chart-mirror',
        `https://charts.jetstack.io=${clusterEnv().chartRepo}`
      ])
      expect(plan.code).toBe(0)
      expect(plan.stdout).toContain('(registry team-charts)')
      expect(plan.stdout).toContain(
        '(mirror of https://charts.jetstack.io) (registry jetstack)'
      )
      const run = await sync(repo, 'helm', [
        '--chart-mirror',
        `https://charts.jetstack.io=${clusterEnv().chartRepo}`
      ])
      expect(run.code).toBe(0)
      expect(statuses(run.result)).toEqual({
        'addon:from-cluster-registry': 'applied',
        'addon:from-catalog': 'applied'
      })
      const releases = await kubectlGet(
        ['secrets', '-n', ns, '-l', 'owner=helm'],
        '{.items[*].metadata.labels.name}'
      )
      expect(releases.split(' ').sort()).toEqual([
        'from-catalog',
        'from-cluster-registry'
      ])

      // status reads the definition through the same mirror: nothing
      // changed since that sync.
      const status = await clustersync([
        'status',
        join(repo, 'cluster.yaml'),
        '--root',
        repo,
        '--format',
        'json',
        '--chart-mirror',
        `https://charts.jetstack.io=${clusterEnv().chartRepo}`
      ])
      expect(status.stderr).toBe('')
      expect(status.code).toBe(0)
      expect(JSON.parse(status.stdout)).toMatchObject({
        status: 'Synced',
        drift: { pending: [], drifted: [] }
      })
    },
    slow
  )
})
