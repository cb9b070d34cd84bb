/**
 * SOPS at apply time: a manifest step whose file sops encrypted applies the
 * decrypted objects and masks every value first; without a usable key, or
 * with a tampered file, the step fails before any kubectl call. An add-on's
 * encrypted values reach helm decrypted.
 */
import type { HelmClient } from '../../src/cluster/helm.js'
import { KubectlClient } from '../../src/cluster/kubectl.js'
import { applyManifestStep } from '../../src/engine/manifest-step.js'
import { decryptAddonValues } from '../../src/engine/decrypt-step.js'
import { StepFailure, type ApplyContext } from '../../src/engine/step-types.js'
import type { KubeObject } from '../../src/definition/definition-types.js'
import type { AddonStep, ManifestStep } from '../../src/plan/plan-types.js'
import { FakeClock } from '../../__fixtures__/fakes/fake-clock.js'
import { FakeExec } from '../../__fixtures__/fakes/fake-exec.js'
import { RecordingLogger } from '../../__fixtures__/fakes/recording-logger.js'
import { defaultKubectlConfig } from '../../src/engine/engine-options.js'
import type { KeySourceProblem } from '../../src/sops/key-source-problem.js'
import { encrypted, identity } from '../sops/sops-fixtures.js'

const password = 'correct-horse-battery-staple-7741'

function step(documents: unknown[]): ManifestStep {
  const objects = documents.map((body, i): KubeObject => {
    const b = body as { kind: string; metadata: { name: string } }
    return {
      apiVersion: 'v1',
      kind: b.kind,
      name: b.metadata.name,
      namespace: 'shop',
      body: body as Record<string, unknown>,
      source: { file: 'secrets/db.yaml', line: 1 + i * 10, column: 1 }
    }
  })
  return {
    id: 'manifest:db',
    name: 'db',
    kind: 'manifest',
    namespaces: [],
    manifest: { force: false, objects },
    objects: objects.map((object) => ({
      subject: `Secret/shop/${object.name}`,
      group: '',
      namespace: 'shop',
      object
    }))
  } as unknown as ManifestStep
}

function context(
  exec: FakeExec,
  keys: string[],
  problems: KeySourceProblem[] = []
): ApplyContext {
  const clock = new FakeClock()
  return {
    kubectl: new KubectlClient(exec, clock, defaultKubectlConfig()),
    helm: undefined as unknown as HelmClient,
    clock,
    logger: new RecordingLogger(),
    root: '/repo',
    applySetId: 'applyset-x-v1',
    stepTimeoutMs: 60_000,
    healthIntervalMs: 1_000,
    createdNamespaces: new Set(['shop']),
    sopsIdentities: keys,
    ...(problems.length ? { sopsKeyProblems: problems } : {})
  }
}

const appliedSecret = JSON.stringify({
  kind: 'List',
  items: [
    {
      apiVersion: 'v1',
      kind: 'Secret',
      metadata: {
        name: 'db-credentials',
        namespace: 'shop',
        resourceVersion: '3'
      }
    }
  ]
})

describe('a SOPS-encrypted manifest step', () => {
  it('applies the decrypted object, without its sops block', async () => {
    const exec = new FakeExec().on(['apply'], { stdout: appliedSecret })
    const ctx = context(exec, [identity('test-only-age-key')])
    await applyManifestStep(step(encrypted('secret-regex')), ctx)
    const [apply] = exec.callsWith('apply')
    const sent = JSON.parse(apply?.input ?? '{}') as {
      items: Record<string, Record<string, unknown>>[]
    }
    const secret = sent.items[0]
    // Sent as data (kube-objects.ts, secretAsData), base64 of the plaintext.
    expect(secret?.data?.DB_PASSWORD).toBe(
      Buffer.from(password).toString('base64')
    )
    expect(secret).not.toHaveProperty('sops')
    expect(apply?.input).not.toContain('ENC[')
  })

  it('masks each value, its base64 and each line before applying', async () => {
    const exec = new FakeExec().on(['apply'], { stdout: appliedSecret })
    const ctx = context(exec, [identity('test-only-age-key')])
    await applyManifestStep(step(encrypted('secret-regex')), ctx)
    const masked = (ctx.logger as RecordingLogger).masked
    expect(masked).toEqual(
      expect.arrayContaining([
        password,
        Buffer.from(password).toString('base64'),
        '-----BEGIN FAKE TEST CERT-----',
        'bm90LWEtcmVhbC1jZXJ0aWZpY2F0ZQ=='
      ])
    )
  })

  it.each([
    ['no key', [], /no age key was given/],
    [
      'a wrong key',
      [identity('test-only-unrelated-age-key')],
      /none of the given age keys opens it/
    ]
  ])(
    'with %s fails naming the file and applies nothing',
    async (_, keys, why) => {
      const exec = new FakeExec()
      const failure = await applyManifestStep(
        step(encrypted('secret-regex')),
        context(exec, keys)
      ).catch((e: unknown) => e)
      expect(failure).toBeInstanceOf(StepFailure)
      expect(String(failure)).toMatch(why)
      expect(String(failure)).toContain('manifest db (secrets/db.yaml:1)')
      expect(String(failure)).toContain('nothing was applied for this step')
      expect(exec.calls).toHaveLength(0)
    }
  )

  it('names a key source that could not be read when no key opens the file, and how to fix it', async () => {
    const exec = new FakeExec()
    const failure = await applyManifestStep(
      step(encrypted('secret-regex')),
      context(
        exec,
        [identity('test-only-unrelated-age-key')],
        [
          {
            message:
              'SOPS_AGE_KEY_FILE names /nonexistent, which cannot be read (ENOENT)',
            fix: 'point SOPS_AGE_KEY_FILE at a readable age identity file, or unset it'
          }
        ]
      )
    ).catch((e: unknown) => e)
    expect(failure).toBeInstanceOf(StepFailure)
    expect(String(failure)).toMatch(
      /none of the given age keys opens it \(encrypted for age recipients [^)]*\); SOPS_AGE_KEY_FILE names \/nonexistent, which cannot be read \(ENOENT\): point SOPS_AGE_KEY_FILE at a readable age identity file, or unset it; nothing was applied for this step/
    )
    expect(exec.calls).toHaveLength(0)
  })

  it('tampered, fails naming file, line and path, and applies nothing', async () => {
    const docs = structuredClone(encrypted('multi-doc')) as {
      stringData: Record<string, string>
    }[]
    docs[1]!.stringData.PASSWORD = docs[1]!.stringData.PASSWORD!.replace(
      /data:(.)/,
      (_, c: string) => (c === 'A' ? 'data:B' : 'data:A')
    )
    const exec = new FakeExec()
    const failure = await applyManifestStep(
      step(docs),
      context(exec, [identity('test-only-age-key')])
    ).catch((e: unknown) => e)
    expect(String(failure)).toMatch(
      /manifest db \(secrets\/db\.yaml:1, at stringData\.PASSWORD\): the encrypted value does not authenticate/
    )
    expect(exec.calls).toHaveLength(0)
  })

  it('with ENC[ values but no sops block is refused, not applied as ciphertext', async () => {
    const [doc] = structuredClone(encrypted('secret-regex')) as Record<
      string,
      unknown
    >[]
    delete doc!.sops
    const exec = new FakeExec()
    await expect(
      applyManifestStep(
        step([doc]),
        context(exec, [identity('test-only-age-key')])
      )
    ).rejects.toThrow(/holds ENC\[…\] values but no sops block/)
    expect(exec.calls).toHaveLength(0)
  })
})

describe('decryptAddonValues', () => {
  const addonStep = (values: unknown): AddonStep =>
    ({
      id: 'addon:web',
      kind: 'addon',
      source: { file: 'cluster.yaml', line: 9, column: 7 },
      addon: {
        name: 'web',
        values,
        valuesOrigin: { type: 'from_file', file: 'values/web.yaml' }
      }
    }) as unknown as AddonStep

  it('gives helm the decrypted values and masks them', async () => {
    const ctx = context(new FakeExec(), [identity('test-only-age-key')])
    const [values] = encrypted('default-suffix')
    const out = await decryptAddonValues(addonStep(values), ctx)
    expect(out).toMatchObject({ auth: { password: 'hunter2-default-suffix' } })
    expect(out).not.toHaveProperty('sops')
    expect((ctx.logger as RecordingLogger).masked).toContain(
      'hunter2-default-suffix'
    )
  })

  it('fails naming the values file without a key', async () => {
    const [values] = encrypted('default-suffix')
    await expect(
      decryptAddonValues(addonStep(values), context(new FakeExec(), []))
    ).rejects.toThrow(
      /cannot decrypt the values of add-on web \(values\/web\.yaml:1\): the file is SOPS-encrypted and no age key was given/
    )
  })

  it('passes values that are not encrypted through unchanged', async () => {
    const values = { replicas: 1 }
    const out = await decryptAddonValues(
      addonStep(values),
      context(new FakeExec(), [])
    )
    expect(out).toBe(values)
  })
})
