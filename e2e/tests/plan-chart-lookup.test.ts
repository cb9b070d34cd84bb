/**
 * A pull request's live plan renders the chart the pull request wrote.
 * With `helm upgrade --dry-run=server` a template's `lookup` read the
 * cluster with the plan's credentials, so a chart could print any Secret
 * in a `fail` message, which the plan quoted into the PR comment (found by
 * a hostile tester). The render now never reads the cluster for the chart.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { kubectl, uniqueNamespace } from '../support/cluster.js'
import { clustersync, removeSyncedCluster } from './sync-support.js'

const slow = 180_000
const secret = 'cluster-only-Wd4Rk9Zp2'
let ns: string
let cluster: string
let repo: string

beforeAll(async () => {
  ns = (await uniqueNamespace('lookup')).name
  cluster = `e2e-${ns}`
  repo = mkdtempSync(join(tmpdir(), 'clustersync-lookup-'))
  await kubectl([
    'create',
    'secret',
    'generic',
    'victim',
    '-n',
    ns,
    `--from-literal=password=${secret}`
  ])
})
afterAll(async () => {
  await removeSyncedCluster(ns, cluster)
  rmSync(repo, { recursive: true, force: true })
})

function chart(name: string, template: string): void {
  mkdirSync(join(repo, 'charts', name, 'templates'), { recursive: true })
  writeFileSync(
    join(repo, 'charts', name, 'Chart.yaml'),
    `apiVersion: v2\nname: ${name}\nversion: 0.1.0\n`
  )
  writeFileSync(join(repo, 'charts', name, 'templates', 'cm.yaml'), template)
}

function definition(chartFolder: string): void {
  writeFileSync(
    join(repo, 'cluster.yaml'),
    [
      'apiVersion: v1',
      'kind: ImportCluster',
      'metadata:',
      `  name: ${cluster}`,
      'spec:',
      '  stacks:',
      '    - name: apps',
      '      addons:',
      '        - name: web',
      `          chart_name: ./charts/${chartFolder}`,
      "          chart_version: '0.1.0'",
      `          namespace: ${ns}`,
      ''
    ].join('\n')
  )
}

test(
  "a pull request's chart cannot read a cluster Secret into the plan",
  async () => {
    chart(
      'app',
      'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: app-cm}\ndata: {greeting: hi}\n'
    )
    definition('app')
    const at = [join(repo, 'cluster.yaml'), '--root', repo]
    expect((await clustersync(['sync', ...at])).code).toBe(0)

    // The pull request: the add-on points at a chart that reads the Secret.
    chart(
      'evil',
      [
        `{{- $s := lookup "v1" "Secret" "${ns}" "victim" -}}`,
        '{{- fail (printf "LEAK %s" ($s | toJson)) -}}',
        ''
      ].join('\n')
    )
    definition('evil')
    for (const format of [[], ['--format', 'json']]) {
      const plan = await clustersync(['plan', ...at, ...format])
      const shown = plan.stdout + plan.stderr
      // The chart's own message is still quoted: it found nothing.
      expect(shown).toContain('LEAK {}')
      expect(shown).not.toContain(secret)
      expect(shown).not.toContain(Buffer.from(secret).toString('base64'))
    }
  },
  slow
)
