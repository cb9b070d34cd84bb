/**
 * Live plans of SOPS-encrypted steps: with the run's age identities, an
 * add-on's encrypted values and an encrypted manifest are decrypted as a
 * sync decrypts them and compared, paths only, with no plaintext in any
 * entry (even one a tool's error quoted); without identities they are
 * listed as encrypted, not compared, saying how to give a key; with a key
 * that does not open them, as failed, naming the file.
 */
import { join } from 'node:path'
import { FakeExec } from '../../__fixtures__/fakes/fake-exec.js'
import { defaultPreviewOptions, previewPlan } from '../../src/preview/diff.js'
import type { PreviewOptions } from '../../src/preview/diff-exec.js'
import { buildPlan } from '../../src/plan/build-plan.js'
import { renderPreviewJson, renderPreviewText } from '../../src/plan/preview.js'
import type { PlanPreview } from '../../src/plan/preview.js'
import { buildDefinition } from '../plan/builders.js'
import { encrypted, identity, parseDocuments } from '../sops/sops-fixtures.js'

const values = join(import.meta.dirname, '../../e2e/repos/sops/values')
/** What web.yaml and web-changed.yaml decrypt to (__fixtures__/sops/plain/e2e-web-values*.yaml). */
const deployed = {
  replicas: 1,
  message: 'sops-message-Vd3Kw8Qa5Zr2',
  password: 'sops-values-Gh7Tn2Px4Lc9'
}
const proposed = {
  message: 'sops-message-changed-Pf6Ys1Jd8Wq4',
  password: 'sops-values-changed-Rb3Nx7Km2Ht5'
}
const dbPassword = 'correct-horse-battery-staple-7741'
const plaintexts = [
  deployed.message,
  deployed.password,
  proposed.message,
  proposed.password,
  dbPassword
]

/** The plan of an add-on whose values file is web-changed.yaml, encrypted. */
function addonPlan() {
  const [file] = parseDocuments(join(values, 'web-changed.yaml'))
  return buildPlan(
    buildDefinition('shop', {
      s: {
        addons: {
          web: {
            chart: 'app',
            namespace: 'shop',
            values: file as Record<string, unknown>
          }
        }
      }
    })
  )
}

const configMap = (message: string): string =>
  `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: web\ndata:\n  message: "${message}"\n`

/** The release as deployed with web.yaml's values; the upgrade renders `rendered`. */
function release(
  upgrade: Partial<{ stdout: string; stderr: string; exitCode: number }>
) {
  return new FakeExec()
    .on(['helm', 'list'], {
      stdout: JSON.stringify([
        { name: 'web', revision: '3', chart: 'app-1.0.0', status: 'deployed' }
      ])
    })
    .on(['helm', 'get', 'values'], { stdout: JSON.stringify(deployed) })
    .on(['helm', 'get', 'manifest'], { stdout: configMap(deployed.message) })
    .on(['helm', 'upgrade'], upgrade)
}

const withKeys = (
  exec: FakeExec,
  keys: string[],
  masked: string[] = []
): PreviewOptions => ({
  ...defaultPreviewOptions(exec),
  sops: { identities: keys, mask: (secret) => void masked.push(secret) },
  noKeyHint: 'set SOPS_AGE_KEY or SOPS_AGE_KEY_FILE'
})

const shown = (preview: PlanPreview): string =>
  renderPreviewText(preview) + renderPreviewJson(preview)

describe('a live plan of an add-on with SOPS-encrypted values', () => {
  it('with the key, renders the decrypted values and shows the change as paths only', async () => {
    const exec = release({
      stdout: JSON.stringify({ manifest: configMap(proposed.message) })
    })
    const masked: string[] = []
    const preview = await previewPlan(
      addonPlan(),
      withKeys(exec, [identity('test-only-age-key')], masked)
    )

    const upgrade = exec.callsWith('upgrade')[0]
    expect(JSON.parse(upgrade?.input ?? '{}')).toEqual({
      replicas: 1,
      ...proposed
    })
    expect(preview.steps[0]?.changes).toEqual([
      {
        subject: 'helm:shop/web',
        action: 'configured',
        diff: [
          '~ values.message: (sensitive value) → (sensitive value)',
          '~ values.password: (sensitive value) → (sensitive value)'
        ]
      },
      {
        subject: 'ConfigMap/shop/web',
        action: 'configured',
        message: 'rendered by release web',
        diff: ['~ data.message: (sensitive value) → (sensitive value)']
      }
    ])
    expect(masked).toEqual(
      expect.arrayContaining([proposed.message, proposed.password])
    )
    for (const p of plaintexts) expect(shown(preview)).not.toContain(p)
  })

  it("with the key, does not quote a failed render's message, which may hold a decrypted value in any form", async () => {
    const exec = release({
      exitCode: 1,
      stderr: `Error: template: app/templates/secret.yaml:3: password ${proposed.password} is too weak`
    })
    const preview = await previewPlan(
      addonPlan(),
      withKeys(exec, [identity('test-only-age-key')])
    )
    const entry = preview.steps[0]?.changes[0]
    expect(entry?.message).toContain("helm's message is not shown")
    expect(entry?.message).not.toContain('is too weak')
    for (const p of plaintexts) expect(shown(preview)).not.toContain(p)
  })

  it('without a key, is encrypted, not compared, and says how to give one', async () => {
    const exec = release({})
    const preview = await previewPlan(addonPlan(), withKeys(exec, []))
    expect(preview.steps[0]?.changes).toEqual([
      {
        subject: 'helm:shop/web',
        action: 'encrypted',
        message:
          'encrypted, not compared: no age key (set SOPS_AGE_KEY or SOPS_AGE_KEY_FILE)'
      }
    ])
    expect(exec.calls).toEqual([])
    expect(preview.counts.encrypted).toBe(1)
  })

  it('with a key that does not open it, fails naming the add-on (a sync would fail too)', async () => {
    const exec = release({})
    const preview = await previewPlan(
      addonPlan(),
      withKeys(exec, [identity('test-only-unrelated-age-key')])
    )
    const entry = preview.steps[0]?.changes[0]
    expect(entry?.action).toBe('failed')
    expect(entry?.message).toMatch(
      /^cannot decrypt the values of add-on web \(.*\): none of the given age keys opens it/
    )
    expect(entry?.message).not.toContain('nothing was applied')
    expect(exec.calls).toEqual([])
  })
})

describe('a live plan of a SOPS-encrypted manifest', () => {
  function manifestPlan() {
    return buildPlan(
      buildDefinition('shop', {
        s: {
          manifests: {
            db: {
              namespace: 'shop',
              objects: encrypted('secret-regex') as Record<string, unknown>[]
            }
          }
        }
      })
    )
  }
  const secret = (password: string, user: string) =>
    JSON.stringify({
      apiVersion: 'v1',
      kind: 'Secret',
      metadata: { name: 'db-credentials', namespace: 'shop' },
      type: 'Opaque',
      data: {
        DB_PASSWORD: Buffer.from(password).toString('base64'),
        DB_USER: Buffer.from(user).toString('base64')
      }
    })

  it('with the key, dry-runs the decrypted objects and shows paths only', async () => {
    const exec = new FakeExec()
      .on(['kubectl', 'apply'], { stdout: secret(dbPassword, 'shop-app') })
      .on(['kubectl', 'get'], {
        stdout: secret('old-password-1234', 'shop-app')
      })
    const preview = await previewPlan(
      manifestPlan(),
      withKeys(exec, [identity('test-only-age-key')])
    )
    const dryRun = exec.callsWith('apply')[0]
    expect(dryRun?.args).toContain('--dry-run=server')
    // A Secret's stringData is sent as base64 data (kube-objects.ts).
    expect(dryRun?.input).toContain(Buffer.from(dbPassword).toString('base64'))
    expect(dryRun?.input).not.toContain('ENC[')
    expect(preview.steps[0]?.changes).toEqual([
      {
        subject: 'Secret/shop/db-credentials',
        action: 'configured',
        diff: ['~ data.DB_PASSWORD: (sensitive value) → (sensitive value)']
      }
    ])
    expect(shown(preview)).not.toMatch(/correct-horse|old-password/)
  })

  it('without a key, sends nothing and says how to give one', async () => {
    const exec = new FakeExec()
    const preview = await previewPlan(manifestPlan(), withKeys(exec, []))
    expect(preview.steps[0]?.changes).toEqual([
      {
        subject: 'Secret/shop/db-credentials',
        action: 'encrypted',
        message:
          'encrypted, not compared: no age key (set SOPS_AGE_KEY or SOPS_AGE_KEY_FILE)'
      }
    ])
    expect(exec.calls).toEqual([])
  })
})
