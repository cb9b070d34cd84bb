/**
 * Step digests are stored in the cluster's inventory, where anyone who may
 * read it could test guesses of a secret variable against them. A step that
 * uses one is digested with the reference left as written, and the secret
 * values enter only through scrypt; steps without one keep their digests.
 */
import { createHash } from 'node:crypto'
import { MemoryFs } from '../../__fixtures__/fakes/memory-fs.js'
import { checkDefinition } from '../../src/validate/check-definition.js'
import { buildPlan } from '../../src/plan/build-plan.js'
import { canonicalJson } from '../../src/plan/digest.js'

const configMap = (name: string, data: string): string =>
  Buffer.from(
    `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: ${name}\n  namespace: apps\ndata:\n${data}`
  ).toString('base64')

const definition = `apiVersion: v1
kind: ImportCluster
metadata:
  name: demo
spec:
  stacks:
    - name: apps
      manifests:
        - name: with-secret
          manifest_base64: ${configMap('secret', '  token: "${{ ankra.token }}"\n  domain: "${{ ankra.domain }}"\n')}
        - name: plain
          manifest_base64: ${configMap('plain', '  domain: "${{ ankra.domain }}"\n')}
      addons:
        - name: web
          chart_name: web
          chart_version: "1.0.0"
          repository_url: https://charts.example.com
          configuration:
            values: |
              auth:
                password: \${{ ankra.token }}
`

async function plan(
  plainValues: Record<string, string>,
  secretValues: Record<string, string>
) {
  const checked = await checkDefinition({
    fs: new MemoryFs({ '/repo/cluster.yaml': definition }),
    root: '/repo',
    file: 'cluster.yaml',
    mode: 'sync',
    variables: { ...plainValues, ...secretValues },
    secretVariableNames: new Set(Object.keys(secretValues))
  })
  if (!checked.definition) throw new Error(JSON.stringify(checked.diagnostics))
  const built = buildPlan(checked.definition)
  const digest = (id: string): string =>
    built.steps.find((s) => s.id === id)?.digest ?? ''
  const body = (id: string): Record<string, unknown> | undefined => {
    const step = built.steps.find((s) => s.id === id)
    return step?.kind === 'manifest' ? step.objects[0]?.object.body : undefined
  }
  return { digest, body }
}

/** The digest as computed before secret variables were kept out of it. */
function oldManifestDigest(body: unknown): string {
  const text = canonicalJson({
    kind: 'manifest',
    force: false,
    encryptedPaths: [],
    objects: [{ namespace: 'apps', body }]
  })
  return `sha256:${createHash('sha256').update(text).digest('hex')}`
}

describe('step digests and secret variables', () => {
  it('cannot be recomputed from the plaintext a secret variable put in the step', async () => {
    const { digest, body: bodyOf } = await plan(
      { domain: 'example.com' },
      { token: 's3cret-token' }
    )
    const body = bodyOf('manifest:with-secret')
    // The object applied holds the value; the digest must not be its hash.
    expect(body?.data).toEqual({ token: 's3cret-token', domain: 'example.com' })
    expect(oldManifestDigest(body)).not.toBe(digest('manifest:with-secret'))
    // Nor the hash of the step with the secret left out altogether.
    const without = { ...body, data: { domain: 'example.com' } }
    expect(oldManifestDigest(without)).not.toBe(digest('manifest:with-secret'))
  })

  it('change when a secret value changes, for the steps that use it only', async () => {
    const before = await plan({ domain: 'example.com' }, { token: 'one' })
    const after = await plan({ domain: 'example.com' }, { token: 'two' })
    const again = await plan({ domain: 'example.com' }, { token: 'one' })
    for (const id of ['manifest:with-secret', 'addon:web']) {
      expect(after.digest(id)).not.toBe(before.digest(id))
      expect(again.digest(id)).toBe(before.digest(id))
    }
    expect(after.digest('manifest:plain')).toBe(before.digest('manifest:plain'))
  })

  it('stay as they were for steps that use no secret variable', async () => {
    const secret = await plan({ domain: 'example.com' }, { token: 'one' })
    const plain = await plan({ domain: 'example.com', token: 'one' }, {})
    expect(secret.digest('manifest:plain')).toBe(plain.digest('manifest:plain'))
    expect(plain.digest('manifest:plain')).toBe(
      oldManifestDigest(plain.body('manifest:plain'))
    )
    // Given as a plain variable, the value is public (it shows in plans),
    // and the step keeps today's digest.
    expect(plain.digest('manifest:with-secret')).toBe(
      oldManifestDigest(plain.body('manifest:with-secret'))
    )
  })
})
