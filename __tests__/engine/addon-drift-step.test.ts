/**
 * A full reconcile's add-on step when its inputs are unchanged: a clean
 * release is not upgraded; a drifted one is upgraded once (helm v4 with
 * --force-conflicts, v3 without: its three-way merge takes fields back by
 * itself), naming the release and each corrected object with its field
 * paths, never values; a release whose drift cannot be read is upgraded.
 */
import { HelmClient } from '../../src/cluster/helm.js'
import { defaultHelmConfig } from '../../src/engine/engine-options.js'
import {
  correctAddonDrift,
  type ReleaseDriftReader
} from '../../src/engine/addon-drift-step.js'
import type { ApplyContext } from '../../src/engine/step-types.js'
import type { AddonStep } from '../../src/plan/plan-types.js'
import type { ChangePreview } from '../../src/plan/preview.js'
import { FakeClock } from '../../__fixtures__/fakes/fake-clock.js'
import { FakeExec } from '../../__fixtures__/fakes/fake-exec.js'
import { RecordingLogger } from '../../__fixtures__/fakes/recording-logger.js'

const source = { file: 'cluster.yaml', line: 12, column: 7, pointer: '' }
const step = {
  id: 'addon:web',
  kind: 'addon',
  name: 'web',
  namespace: 'shop',
  source,
  addon: {
    kind: 'addon',
    name: 'web',
    stack: 'apps',
    chartName: 'app',
    chartVersion: '1.1.0',
    chart: {
      type: 'http',
      location: 'https://charts.example',
      resolvedBy: 'repository_url'
    },
    values: {},
    parents: [],
    source
  }
} as unknown as AddonStep

function context(version: string): {
  exec: FakeExec
  ctx: ApplyContext
  logger: RecordingLogger
} {
  const exec = new FakeExec()
    .on(['version'], { stdout: version })
    .on(['list'], {
      stdout: '[{"name":"web","revision":"1","status":"deployed"}]'
    })
    .on(['upgrade'], { stdout: 'ok' })
  const logger = new RecordingLogger()
  const helm = new HelmClient(exec, new FakeClock(), defaultHelmConfig())
  const ctx = {
    helm,
    logger,
    root: '/repo',
    stepTimeoutMs: 60_000
  } as unknown as ApplyContext
  return { exec, ctx, logger }
}

const drifted: ChangePreview[] = [
  {
    subject: 'Service/shop/web',
    action: 'created',
    message: 'rendered by release web, deleted outside Helm'
  },
  {
    subject: 'Deployment/shop/web',
    action: 'configured',
    message: 'rendered by release web, changed outside Helm (by kubectl-patch)',
    diff: [
      '~ spec.template.spec.containers[name=app].image: (sensitive value) → (sensitive value)',
      '- metadata.labels.tier: (sensitive value) (removed)',
      '… and 3 more'
    ]
  }
]

/** A reader answering `drift`, and `ssa` for whether helm v4 applies server-side. */
function reader(
  drift: () => Promise<ChangePreview[]>,
  ssa = true
): ReleaseDriftReader & { asked: number } {
  const read = {
    asked: 0,
    drift,
    serverSide: () => {
      read.asked++
      return Promise.resolve(ssa)
    }
  }
  return read
}

const upgrades = (exec: FakeExec) =>
  exec.calls.filter((c) => c.args[0] === 'upgrade')

describe('correctAddonDrift', () => {
  it('leaves a release whose objects did not drift alone', async () => {
    const { exec, ctx } = context('v4.3.1')
    const applied = await correctAddonDrift(
      step,
      ctx,
      reader(() => Promise.resolve([]))
    )
    expect(applied).toEqual({
      changes: [
        { subject: 'helm:shop/web', action: 'unchanged', step: 'addon:web' }
      ],
      objects: [],
      release: { name: 'web', namespace: 'shop' }
    })
    expect(upgrades(exec)).toEqual([])
  })

  // A release helm v3 installed stays client-side under helm v4, which
  // refuses --force-conflicts there (and fails its rollback with it).
  it.each([
    ['v4.3.1', 'server-side', true, true, 1],
    ['v4.3.1', 'client-side', false, false, 1],
    ['v3.22.0', 'client-side', true, false, 0]
  ])(
    'upgrades a drifted release once with helm %s, %s (--force-conflicts: %s→%s), naming what it corrected',
    async (version, _how, ssa, force, asked) => {
      const { exec, ctx } = context(version)
      const read = reader(() => Promise.resolve(drifted), ssa)
      const applied = await correctAddonDrift(step, ctx, read)
      expect(read.asked).toBe(asked)
      expect(upgrades(exec)).toHaveLength(1)
      expect(upgrades(exec)[0]?.args.includes('--force-conflicts')).toBe(force)
      expect(applied.changes).toEqual([
        {
          subject: 'helm:shop/web',
          action: 'configured',
          step: 'addon:web',
          message: 'app@1.1.0, upgraded to correct drift'
        },
        {
          subject: 'Service/shop/web',
          action: 'created',
          step: 'addon:web',
          message: 'rendered by release web, deleted outside Helm'
        },
        {
          subject: 'Deployment/shop/web',
          action: 'configured',
          step: 'addon:web',
          message:
            'rendered by release web, changed outside Helm (by kubectl-patch): spec.template.spec.containers[name=app].image, metadata.labels.tier (removed), … and 3 more'
        }
      ])
    }
  )

  it('upgrades a release whose drift cannot be read, saying why', async () => {
    const { exec, ctx, logger } = context('v4.3.1')
    const unreadable = reader(() =>
      Promise.reject(
        new Error(
          'helm get manifest failed (exit 1): Error: release: not found'
        )
      )
    )
    const applied = await correctAddonDrift(step, ctx, unreadable)
    expect(upgrades(exec)).toHaveLength(1)
    expect(applied.changes.map((c) => c.action)).toEqual(['configured'])
    expect(logger.lines).toEqual([
      "warning: addon:web: the release's objects were not compared (helm get manifest failed (exit 1): Error: release: not found); upgrading it"
    ])
  })
})
