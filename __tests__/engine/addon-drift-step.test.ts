/**
 * A full reconcile's add-on step when its inputs are unchanged: a clean
 * release is not upgraded; a drifted one is upgraded once (helm v4 with
 * --force-conflicts, v3 without: its three-way merge takes fields back by
 * itself), naming the release and each corrected object with its field
 * paths, never values; a release whose drift cannot be read is upgraded.
 * Before the objects, the release itself is compared as the drift check
 * compares it (chart, version, values, status): a release changed by hand
 * with helm renders objects that match live, yet is upgraded back.
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
import {
  answerHelmPulls,
  FakeExec
} from '../../__fixtures__/fakes/fake-exec.js'
import { RecordingLogger } from '../../__fixtures__/fakes/recording-logger.js'
import { encrypted, identity } from '../sops/sops-fixtures.js'

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
  const exec = answerHelmPulls(new FakeExec())
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

const cleanRelease: ChangePreview = {
  subject: 'helm:shop/web',
  action: 'unchanged'
}

/**
 * A reader answering `drift`, `release` (the release against the
 * definition; unchanged unless given), and `ssa` for whether helm v4
 * applies server-side.
 */
function reader(
  drift: () => Promise<ChangePreview[]>,
  ssa = true,
  release: () => Promise<ChangePreview> = () => Promise.resolve(cleanRelease)
): ReleaseDriftReader & { asked: number } {
  const read = {
    asked: 0,
    drift,
    release,
    serverSide: () => {
      read.asked++
      return Promise.resolve(ssa)
    }
  }
  return read
}

/** A reader of a release whose chart and values match, left pending-upgrade. */
const pendingReader = () =>
  reader(
    () => Promise.resolve([]),
    false,
    () =>
      Promise.resolve({
        subject: 'helm:shop/web',
        action: 'configured',
        message: 'release is pending-upgrade'
      })
  )

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

  // The revision the last sync saw ready is what a failed upgrade goes back
  // to (addon-wait.ts): a full reconcile that finds nothing to correct, or
  // leaves a pending release alone, keeps it on record.
  it('keeps the revision last seen ready on the record of a release it leaves alone', async () => {
    const { ctx } = context('v3.22.0')
    const seen = { ...ctx, readyRevision: 3 }
    const clean = await correctAddonDrift(
      step,
      seen,
      reader(() => Promise.resolve([]))
    )
    expect(clean.release).toEqual({ name: 'web', namespace: 'shop', ready: 3 })
    const pending = await correctAddonDrift(step, seen, pendingReader())
    expect(pending.release).toEqual({
      name: 'web',
      namespace: 'shop',
      ready: 3
    })
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

  // `helm upgrade web --reuse-values --set message=x`, `helm rollback web 1`,
  // a failed release: its objects match what it rendered, but not the
  // definition. The drift check reports it; --full must put it back.
  it.each([
    [
      'values changed with helm',
      {
        action: 'configured',
        diff: ['~ values.message: (sensitive value) → (sensitive value)']
      },
      'values differ from the definition (changed outside ClusterSync)'
    ],
    [
      'another chart version rolled back to',
      { action: 'configured', diff: ['~ chart: app-1.0.0 → app-1.1.0'] },
      'chart app-1.0.0 deployed, not app-1.1.0 (changed outside ClusterSync)'
    ],
    [
      'a failed release',
      { action: 'configured', message: 'release is failed' },
      'release is failed'
    ],
    [
      'an uninstalled release',
      { action: 'created', message: 'chart app-1.1.0' },
      'release not found (uninstalled outside ClusterSync)'
    ]
  ] as [string, Omit<ChangePreview, 'subject'>, string][])(
    'upgrades a release whose objects match but %s, saying why without values',
    async (_what, found, why) => {
      const { exec, ctx } = context('v3.22.0')
      let compared = 0
      const objects = () => {
        compared++
        return Promise.resolve([])
      }
      const read = reader(objects, false, () =>
        Promise.resolve({ subject: 'helm:shop/web', ...found })
      )
      const applied = await correctAddonDrift(step, ctx, read)
      expect(upgrades(exec)).toHaveLength(1)
      expect(compared).toBe(0)
      expect(applied.changes).toEqual([
        {
          subject: 'helm:shop/web',
          action: 'configured',
          step: 'addon:web',
          message: `app@1.1.0, upgraded: ${why}`
        }
      ])
    }
  )

  // Someone's `helm upgrade` in flight (outside the cluster lock): an
  // upgrade now would roll it back.
  it('leaves a release that is only pending alone, with a warning', async () => {
    const { exec, ctx, logger } = context('v3.22.0')
    const read = pendingReader()
    const applied = await correctAddonDrift(step, ctx, read)
    expect(upgrades(exec)).toHaveLength(0)
    expect(applied.changes).toEqual([
      {
        subject: 'helm:shop/web',
        action: 'unchanged',
        step: 'addon:web',
        message: 'release is pending-upgrade, left alone'
      }
    ])
    expect(
      logger.lines.filter((l) => l.startsWith('warning: ')).join('\n')
    ).toContain('pending-upgrade')
  })

  it('names what failed when a release cannot be compared, in one line', async () => {
    const { ctx, logger } = context('v3.22.0')
    const read = reader(
      () => Promise.resolve([]),
      false,
      () =>
        Promise.reject(
          new Error(
            `helm list failed (exit 1): ${'x'.repeat(400)}\nError: Kubernetes cluster unreachable`
          )
        )
    )
    await correctAddonDrift(step, ctx, read)
    const warning = logger.lines
      .filter((l) => l.startsWith('warning: '))
      .join('\n')
    expect(warning).toContain('helm list failed (exit 1)')
    expect(warning.length).toBeLessThan(400)
  })

  it('compares the release with the decrypted values the upgrade gives helm', async () => {
    const { ctx } = context('v3.22.0')
    ctx.sopsIdentities = [identity('test-only-age-key')]
    const seen: unknown[] = []
    const read = reader(() => Promise.resolve([]), false)
    read.release = (_step, values) => {
      seen.push(values)
      return Promise.resolve(cleanRelease)
    }
    const [values] = encrypted('default-suffix')
    const sealed = {
      ...step,
      addon: { ...step.addon, values }
    } as AddonStep
    await correctAddonDrift(sealed, ctx, read)
    expect(seen).toHaveLength(1)
    expect(seen[0]).toMatchObject({
      auth: { password: 'hunter2-default-suffix' }
    })
    expect(seen[0]).not.toHaveProperty('sops')
  })

  it('upgrades a release that cannot be compared, saying why', async () => {
    const { exec, ctx, logger } = context('v3.22.0')
    const read = reader(
      () => Promise.resolve([]),
      false,
      () =>
        Promise.reject(
          new Error('helm list failed (exit 1): Error: Kubernetes cluster down')
        )
    )
    const applied = await correctAddonDrift(step, ctx, read)
    expect(upgrades(exec)).toHaveLength(1)
    expect(applied.changes.map((c) => c.action)).toEqual(['configured'])
    expect(logger.lines).toEqual([
      'warning: addon:web: the release was not compared (helm list failed (exit 1): Error: Kubernetes cluster down); upgrading it'
    ])
  })
})
