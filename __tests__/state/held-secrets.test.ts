/**
 * What the inventory records as holding secrets, and what a preview then
 * hides: a pull request that drops a file's encryption (or a secret
 * variable) must not make the plan print what the cluster still holds.
 */
import {
  heldSecrets,
  holdsSecretsLive,
  markSecretSteps,
  noneHeld
} from '../../src/state/held-secrets.js'
import { applySetId } from '../../src/state/inventory.js'
import type { Plan, PlanStep } from '../../src/plan/plan-types.js'
import type { Inventory, InventoryStep } from '../../src/state/inventory.js'
import { refKey } from '../../src/cluster/kube-objects.js'

const cm = {
  apiVersion: 'v1',
  kind: 'ConfigMap',
  name: 'app',
  namespace: 'shop'
}

/** A manifest step of one ConfigMap; `secret` gives it a secret variable. */
function manifestStep(digest: string, secret: boolean): PlanStep {
  return {
    id: 'manifest:app',
    kind: 'manifest',
    digest,
    manifest: {
      objects: [{ body: { data: { a: 'b' } } }],
      ...(secret ? { secretDigest: 'scrypt' } : {})
    }
  } as unknown as PlanStep
}

/** An add-on step whose values are SOPS-encrypted, or plain. */
function addonStep(digest: string, encrypted: boolean): PlanStep {
  return {
    id: 'addon:web',
    kind: 'addon',
    digest,
    addon: {
      values: encrypted
        ? {
            message: 'ENC[AES256_GCM,data:x,iv:y,tag:z,type:str]',
            sops: { mac: 'm' }
          }
        : { message: 'plain' }
    }
  } as unknown as PlanStep
}

function plan(...steps: PlanStep[]): Plan {
  return { cluster: 'prod', steps } as unknown as Plan
}

function record(id: string, digest: string, secrets?: true): InventoryStep {
  return {
    id,
    kind: id.startsWith('addon:') ? 'addon' : 'manifest',
    digest,
    order: 0,
    dependsOn: [],
    objects: id.startsWith('addon:') ? [] : [cm],
    ...(id.startsWith('addon:')
      ? { release: { name: 'web', namespace: 'shop' } }
      : {}),
    ...(secrets ? { secrets } : {})
  }
}

function inventory(steps: InventoryStep[], recorded = true): Inventory {
  return {
    version: 1,
    cluster: 'prod',
    ...(recorded ? { secretsRecorded: true as const } : {}),
    steps
  }
}

const flags = (steps: InventoryStep[]): Record<string, boolean> =>
  Object.fromEntries(steps.map((s) => [s.id, s.secrets === true]))

describe('markSecretSteps', () => {
  it('marks the steps whose inputs hold secrets now', () => {
    const steps = markSecretSteps(
      [record('manifest:app', 'd1'), record('addon:web', 'd2')],
      plan(manifestStep('d1', true), addonStep('d2', true)),
      undefined
    )
    expect(flags(steps)).toEqual({ 'manifest:app': true, 'addon:web': true })
  })

  it('keeps the mark of a step about to apply plain inputs until they are applied', () => {
    const previous = inventory([record('addon:web', 'old', true)])
    const next = plan(addonStep('new', false))
    // Recorded before applying: not applied yet, the cluster holds the old values.
    expect(
      flags(markSecretSteps([record('addon:web', '')], next, previous))
    ).toEqual({
      'addon:web': true
    })
    // Applied with the plain inputs: the release holds them.
    expect(
      flags(markSecretSteps([record('addon:web', 'new')], next, previous))
    ).toEqual({
      'addon:web': false
    })
  })

  it('counts every step of an inventory written before marks as holding secrets, until applied', () => {
    const previous = inventory([record('manifest:app', 'd1')], false)
    const same = plan(manifestStep('d1', false))
    expect(
      flags(markSecretSteps([record('manifest:app', 'd1')], same, previous))
    ).toEqual({
      'manifest:app': false
    })
    const changed = plan(manifestStep('d2', false))
    expect(
      flags(markSecretSteps([record('manifest:app', '')], changed, previous))
    ).toEqual({
      'manifest:app': true
    })
  })

  it('keeps the mark of a step no longer planned (left to prune)', () => {
    const previous = inventory([record('manifest:app', 'd1', true)])
    expect(
      flags(
        markSecretSteps([record('manifest:app', 'd1', true)], plan(), previous)
      )
    ).toEqual({
      'manifest:app': true
    })
  })
})

describe('heldSecrets', () => {
  it('names the objects and releases of marked steps only', () => {
    const held = heldSecrets(
      inventory([record('manifest:app', 'd1', true), record('addon:web', 'd2')])
    )
    expect(held.object(refKey(cm))).toBe(true)
    expect(held.release('shop', 'web')).toBe(false)
    expect(held.object(refKey({ ...cm, name: 'other' }))).toBe(false)
  })

  it("counts a release the record does not name (another definition's, or one installed by hand)", () => {
    const held = heldSecrets(inventory([record('addon:web', 'd2')]))
    expect(held.release('shop', 'web')).toBe(false)
    expect(held.release('shop', 'vault')).toBe(true)
    expect(held.release('other', 'web')).toBe(true)
  })

  it('counts every step of an unmarked inventory, and everything without one (a renamed definition)', () => {
    const old = heldSecrets(inventory([record('addon:web', 'd2')], false))
    expect(old.release('shop', 'web')).toBe(true)
    expect(old.object(refKey({ ...cm, name: 'other' }))).toBe(false)
    const none = heldSecrets(undefined)
    expect(none.object(refKey(cm))).toBe(true)
    expect(none.release('shop', 'web')).toBe(true)
  })
})

describe('holdsSecretsLive', () => {
  const held = heldSecrets(
    inventory([record('manifest:app', 'd1'), record('addon:web', 'd2')])
  )
  const live = (metadata: Record<string, unknown>) => ({
    apiVersion: 'v1',
    kind: 'ConfigMap',
    metadata: { name: 'app', namespace: 'shop', ...metadata }
  })
  const key = refKey(cm)

  it('shows an object this record applied without secrets', () => {
    const own = { 'applyset.kubernetes.io/part-of': applySetId('prod') }
    expect(holdsSecretsLive(held, key, live({ labels: own }))).toBe(false)
    expect(holdsSecretsLive(held, key, live({}))).toBe(false)
  })

  it('hides an object the record does not list (made by hand: a pull request may declare it to read it)', () => {
    const other = refKey({ ...cm, name: 'by-hand' })
    expect(
      holdsSecretsLive(held, other, {
        apiVersion: 'v1',
        kind: 'ConfigMap',
        metadata: { name: 'by-hand', namespace: 'shop' }
      })
    ).toBe(true)
  })

  it('hides an object another definition applied: its record, not this one, says what it holds', () => {
    const other = { 'applyset.kubernetes.io/part-of': applySetId('payments') }
    expect(holdsSecretsLive(held, key, live({ labels: other }))).toBe(true)
    expect(holdsSecretsLive(noneHeld, key, live({ labels: other }))).toBe(false)
  })

  it('hides a Helm hook, which no release annotation names', () => {
    const hook = { 'helm.sh/hook': 'pre-install' }
    expect(holdsSecretsLive(held, key, live({ annotations: hook }))).toBe(true)
  })

  it('hides an object rendered by a release the record does not name, shows one of a recorded plain release', () => {
    const by = (name: string) => ({
      annotations: {
        'meta.helm.sh/release-name': name,
        'meta.helm.sh/release-namespace': 'shop'
      }
    })
    expect(holdsSecretsLive(held, key, live(by('web')))).toBe(false)
    expect(holdsSecretsLive(held, key, live(by('vault')))).toBe(true)
  })

  it('finds a held cluster-scoped object declared with a namespace by its live identity', () => {
    const role = {
      apiVersion: 'rbac.authorization.k8s.io/v1',
      kind: 'ClusterRole',
      name: 'reader'
    }
    const marked = heldSecrets(
      inventory([{ ...record('manifest:app', 'd1', true), objects: [role] }])
    )
    const declared = refKey({ ...role, namespace: 'shop' })
    const found = {
      apiVersion: role.apiVersion,
      kind: role.kind,
      metadata: { name: 'reader' }
    }
    expect(marked.object(declared)).toBe(false)
    expect(holdsSecretsLive(marked, declared, found)).toBe(true)
  })
})
