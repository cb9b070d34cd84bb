/**
 * A live plan of a manifest step that uses a secret variable shows which
 * fields would change, not their values, as it does for an add-on whose
 * values use one (release-drift.ts, valuesHoldSecrets): the value is the
 * secret, the CLI prints plans unmasked, and the runner's masking hides a
 * value only whole, not the first characters a diff keeps of a long one.
 */
import { FakeExec } from '../../__fixtures__/fakes/fake-exec.js'
import { defaultPreviewOptions, previewPlan } from '../../src/preview/diff.js'
import { buildPlan } from '../../src/plan/build-plan.js'
import { renderPreviewJson, renderPreviewText } from '../../src/plan/preview.js'
import { buildDefinition, obj } from '../plan/builders.js'
import { refKey } from '../../src/cluster/kube-objects.js'
import type { HeldSecrets } from '../../src/state/held-secrets.js'

const token = `tok-${'Rm5Vz8Kc'.repeat(12)}`

const withToken = (value: string) =>
  obj('v1', 'ConfigMap', 'api', 'shop', {
    data: { token: value, region: 'eu' }
  })

/** The plan of one manifest step; `secretDigest` as validation sets it. */
function plan(secretDigest?: string) {
  const definition = buildDefinition('shop', {
    apps: { manifests: { api: { objects: [withToken(token)] } } }
  })
  const manifest = definition.stacks[0]?.manifests[0]
  if (manifest && secretDigest) manifest.secretDigest = secretDigest
  return buildPlan(definition)
}

/**
 * A cluster whose ConfigMap still holds the old token; `release` names the
 * Helm release that rendered it (its ownership annotations).
 */
function cluster(release?: string): FakeExec {
  const list = (o: Record<string, unknown>) =>
    JSON.stringify({ kind: 'List', items: [o] })
  const live = withToken('old-token-value')
  if (release)
    (live.metadata as Record<string, unknown>).annotations = {
      'meta.helm.sh/release-name': release,
      'meta.helm.sh/release-namespace': 'shop'
    }
  return new FakeExec()
    .on(['kubectl', 'apply'], { stdout: list(withToken(token)) })
    .on(['kubectl', 'get'], { stdout: list(live) })
}

async function shown(
  secretDigest?: string,
  heldSecrets?: HeldSecrets,
  release?: string
): Promise<string> {
  const preview = await previewPlan(plan(secretDigest), {
    ...defaultPreviewOptions(cluster(release)),
    ...(heldSecrets ? { heldSecrets: () => Promise.resolve(heldSecrets) } : {})
  })
  return renderPreviewText(preview) + renderPreviewJson(preview)
}

describe('live plan of a step using a secret variable', () => {
  it('shows the changed field without its old or new value', async () => {
    const text = await shown('sha256:0123')
    expect(text).toContain(
      '~ data.token: (sensitive value) → (sensitive value)'
    )
    expect(text).not.toContain(token.slice(0, 12))
    expect(text).not.toContain('old-token-value')
  })

  it('shows values of a step that uses none', async () => {
    const text = await shown()
    expect(text).toContain('~ data.token: "old-token-value" → "tok-')
  })

  it('hides them when the inventory says the object held secrets at the last sync (a pull request that dropped the variable)', async () => {
    const api = refKey({
      apiVersion: 'v1',
      kind: 'ConfigMap',
      name: 'api',
      namespace: 'shop'
    })
    const text = await shown(undefined, {
      object: (key) => key === api,
      release: () => false,
      ownsApplySet: () => true,
      recorded: () => true
    })
    expect(text).toContain(
      '~ data.token: (sensitive value) → (sensitive value)'
    )
    expect(text).not.toContain('old-token-value')
  })

  it('hides them for an object a release rendered when the inventory says the release held secrets (a pull request declaring that object itself)', async () => {
    const heldRelease: HeldSecrets = {
      object: () => false,
      release: (namespace, name) => namespace === 'shop' && name === 'web',
      ownsApplySet: () => true,
      recorded: () => true
    }
    const text = await shown(undefined, heldRelease, 'web')
    expect(text).toContain(
      '~ data.token: (sensitive value) → (sensitive value)'
    )
    expect(text).not.toContain('old-token-value')
    // Another release's object is shown as before.
    expect(await shown(undefined, heldRelease, 'other')).toContain(
      '"old-token-value"'
    )
  })
})
