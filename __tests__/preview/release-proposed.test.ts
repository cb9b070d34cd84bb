/**
 * A pull request's plan shows what an add-on change does, object by
 * object: the deployed release's objects against what `helm upgrade
 * --dry-run=client` renders for the proposed chart and values (sent on
 * stdin, as a sync sends them). Unchanged objects are left out. The pull
 * request writes the chart: it is rendered without reading the cluster
 * (a `lookup` finds nothing), and a failed render's message is not quoted
 * when the values hold secrets.
 */
import { FakeExec } from '../../__fixtures__/fakes/fake-exec.js'
import { defaultPreviewOptions } from '../../src/preview/diff.js'
import {
  proposedChanges,
  renderedChanges
} from '../../src/preview/release-proposed.js'
import { manifestObjects } from '../../src/preview/release-objects.js'
import { buildPlan } from '../../src/plan/build-plan.js'
import type { AddonStep } from '../../src/plan/plan-types.js'
import { buildDefinition } from '../plan/builders.js'

const configMap = (name: string, value: string): string =>
  `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: ${name}\ndata:\n  a: "${value}"\n`

function redisStep(): AddonStep {
  const plan = buildPlan(
    buildDefinition('c', {
      s: {
        addons: {
          redis: { namespace: 'data', version: '2.0.0', values: { a: 2 } }
        }
      }
    })
  )
  const step = plan.steps[0]
  if (step?.kind !== 'addon') throw new Error('expected an add-on step')
  return step
}

describe('proposedChanges', () => {
  it("does not quote a failed render's message when the values hold secrets", async () => {
    const failing = () =>
      new FakeExec()
        .on(['helm', 'get', 'manifest'], { stdout: '' })
        .on(['helm', 'upgrade'], {
          exitCode: 1,
          stderr:
            'Error: execution error at (evil/templates/cm.yaml:1:4): S E C R E T-Xq7'
        })
    const message = (hide: boolean) =>
      proposedChanges(
        redisStep(),
        defaultPreviewOptions(failing()),
        redisStep().addon.values,
        hide
      ).then(
        () => 'rendered',
        (error: Error) => error.message
      )
    expect(await message(true)).toMatch(
      /^helm upgrade --dry-run=client failed \(exit 1\): helm's message is not shown: the add-on's values hold secrets/
    )
    expect(await message(true)).not.toContain('Xq7')
    // Plain values: helm's words help the author fix the chart.
    expect(await message(false)).toContain('S E C R E T-Xq7')
  })

  it('renders the proposed chart with the values on stdin and compares object by object', async () => {
    const exec = new FakeExec()
      .on(['helm', 'get', 'manifest'], {
        stdout: `${configMap('kept', '1')}---\n${configMap('changed', '1')}---\n${configMap('dropped', '1')}`
      })
      .on(['helm', 'upgrade'], {
        stdout: JSON.stringify({
          manifest: `${configMap('kept', '1')}---\n${configMap('changed', '2')}---\n${configMap('added', '1')}`
        })
      })
    const options = {
      ...defaultPreviewOptions(exec),
      kubeconfig: '/k',
      context: 'ci'
    }
    const changes = await proposedChanges(
      redisStep(),
      options,
      redisStep().addon.values,
      false
    )

    const upgrade = exec.calls.find((c) => c.args[0] === 'upgrade')
    expect(upgrade?.args).toEqual([
      'upgrade',
      '--repo',
      'https://charts.example.com',
      '--version',
      '2.0.0',
      '--kubeconfig=/k',
      '--kube-context=ci',
      '--namespace',
      'data',
      '--values',
      '-',
      '--dry-run=client',
      '-o',
      'json',
      '--',
      'redis',
      'redis'
    ])
    expect(upgrade?.input).toBe('{"a":2}')
    expect(changes).toEqual([
      {
        subject: 'ConfigMap/data/changed',
        action: 'configured',
        message: 'rendered by release redis',
        diff: ['~ data.a: "1" → "2"']
      },
      {
        subject: 'ConfigMap/data/added',
        action: 'created',
        message: 'rendered by release redis'
      },
      {
        subject: 'ConfigMap/data/dropped',
        action: 'pruned',
        message: 'no longer rendered by release redis; Helm deletes it'
      }
    ])
  })

  it('masks Secret values and caps long diffs, saying how many more', () => {
    const secret = (value: string): string =>
      `apiVersion: v1\nkind: Secret\nmetadata:\n  name: s\ndata:\n  password: ${value}\n`
    const wide = (value: string): string =>
      `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: wide\ndata:\n${Array.from(
        { length: 25 },
        (_, i) => `  k${String(i).padStart(2, '0')}: "${value}"\n`
      ).join('')}`
    const changes = renderedChanges(
      manifestObjects(`${secret('b2xk')}---\n${wide('1')}`, 'ns'),
      manifestObjects(`${secret('bmV3')}---\n${wide('2')}`, 'ns'),
      'app'
    )
    expect(changes[0]?.diff).toEqual([
      '~ data.password: (sensitive value) → (sensitive value)'
    ])
    expect(changes[1]?.diff).toHaveLength(21)
    expect(changes[1]?.diff?.at(-1)).toBe('… and 5 more')
    expect(JSON.stringify(changes)).not.toMatch(/b2xk|bmV3/)
  })

  it('shows no value at all where the values hold secrets (a secret variable rendered into a ConfigMap)', () => {
    const config = (value: string): string =>
      `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: app\ndata:\n  url: "${value}"\n`
    const changes = renderedChanges(
      manifestObjects(config('postgres://app:old-secret@db'), 'ns'),
      manifestObjects(config('postgres://app:new-secret@db'), 'ns'),
      'app',
      true
    )
    expect(changes[0]?.diff).toEqual([
      '~ data.url: (sensitive value) → (sensitive value)'
    ])
    expect(JSON.stringify(changes)).not.toMatch(/secret@/)
  })

  it('logs in to a private registry as a sync does, or says the credential is missing', async () => {
    const step = redisStep()
    const privateStep: AddonStep = {
      ...step,
      addon: {
        ...step.addon,
        chart: { ...step.addon.chart, credentialName: 'charts' }
      }
    }
    const exec = new FakeExec()
      .on(['helm', 'get', 'manifest'], { stdout: configMap('kept', '1') })
      .on(['helm', 'upgrade'], {
        stdout: JSON.stringify({ manifest: configMap('kept', '1') })
      })
    const logins: string[] = []
    const changes = await proposedChanges(
      privateStep,
      {
        ...defaultPreviewOptions(exec),
        chartAccess: (chart) => {
          logins.push(chart.credentialName ?? '')
          return Promise.resolve({
            flags: ['--repository-config', '/private/repositories.yaml'],
            repository: 'clustersync-0123'
          })
        }
      },
      privateStep.addon.values,
      false
    )
    expect(changes).toEqual([])
    expect(logins).toEqual(['charts'])
    const upgrade = exec.calls.find((c) => c.args[0] === 'upgrade')
    expect(upgrade?.args.slice(0, 6)).toEqual([
      'upgrade',
      '--version',
      '2.0.0',
      '--repository-config',
      '/private/repositories.yaml',
      '--namespace'
    ])
    expect(upgrade?.args.at(-1)).toBe('clustersync-0123/redis')

    await expect(
      proposedChanges(
        privateStep,
        defaultPreviewOptions(exec),
        privateStep.addon.values,
        false
      )
    ).rejects.toThrow(
      'the chart needs the registry credential "charts", which this plan was not given'
    )
  })
})
