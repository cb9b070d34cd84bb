/**
 * Item names from the cluster reach drift lines, the check run and the
 * change set's messages: one that is not plain must stay inside its
 * `[name=…]` and on its line.
 */
import { correctedEntry } from '../../src/engine/addon-drift-step.js'
import { fieldLine } from '../../src/preview/release-drift.js'
import { renderedDrift } from '../../src/preview/rendered-fields.js'
import type { KubeJson } from '../../src/cluster/kube-objects.js'
import { maskForms } from '../../src/sops/mask-forms.js'

const deployment = (name: string, image: string, managers: unknown[] = []) =>
  ({
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: {
      name: 'web',
      namespace: 'shop',
      ...(managers.length > 0 ? { managedFields: managers } : {})
    },
    spec: { template: { spec: { containers: [{ name, image }] } } }
  }) as KubeJson

describe('drift of a named item whose name is not plain', () => {
  const name = 'app\n```: (sensitive value)'
  const edited = [
    {
      manager: 'kubectl-edit',
      fieldsV1: {
        'f:spec': {
          'f:template': {
            'f:spec': {
              'f:containers': {
                [`k:${JSON.stringify({ name })}`]: { 'f:image': {} }
              }
            }
          }
        }
      }
    }
  ]
  const quoted = '[name="app\\n```: (sensitive value)"]'

  it('writes the name JSON-quoted in the path', () => {
    const [field] = renderedDrift(
      deployment(name, 'app:1'),
      deployment(name, 'app:2', edited)
    )
    expect(field?.path).toBe(`spec.template.spec.containers${quoted}.image`)
  })

  it('names the whole path when the values are hidden', () => {
    const path = `spec.template.spec.containers${quoted}.image`
    const line = fieldLine({ path, rendered: 'a', live: 'b' }, false, true)
    const entry = correctedEntry(
      { subject: 'Deployment/shop/web', action: 'configured', diff: [line] },
      'addon:app'
    )
    expect(entry.message).toBe(`changed outside Helm: ${path}`)
  })

  it('quotes map keys that are not identifiers, escaping what is not plain', () => {
    const cm = (data: Record<string, string>, managers: unknown[] = []) =>
      ({
        apiVersion: 'v1',
        kind: 'ConfigMap',
        metadata: {
          name: 'c',
          ...(managers.length > 0 ? { managedFields: managers } : {})
        },
        data
      }) as KubeJson
    const keys = ['app.kubernetes.io/name', 'a\n```']
    const took = [
      {
        manager: 'kubectl-edit',
        fieldsV1: {
          'f:data': Object.fromEntries(keys.map((k) => [`f:${k}`, {}]))
        }
      }
    ]
    const paths = renderedDrift(
      cm({ [keys[0] ?? '']: '1', [keys[1] ?? '']: '1' }),
      cm({ [keys[0] ?? '']: '2', [keys[1] ?? '']: '2' }, took)
    ).map((f) => f.path)
    expect(paths).toEqual(['data["app.kubernetes.io/name"]', 'data["a\\n```"]'])
  })
})

describe('drift of a set item that is a secret', () => {
  // A chart rendered a decrypted value as an item of a set (a finalizer,
  // a CRD's listType=set), and someone removed it by hand: the item has
  // no name, so its path names it by its value, which the plan's masking
  // must recognise as it is printed (pathName's quoting and cut).
  const secret = `set-${'Jw5Xn2Qe'.repeat(10)}`
  const object = (finalizers: string[], managers: unknown[] = []) =>
    ({
      apiVersion: 'example.com/v1',
      kind: 'Widget',
      metadata: {
        name: 'w',
        finalizers,
        ...(managers.length > 0 ? { managedFields: managers } : {})
      }
    }) as KubeJson
  const helm = [
    {
      manager: 'helm',
      fieldsV1: { 'f:metadata': { 'f:finalizers': { 'v:"keep"': {} } } }
    }
  ]

  it('names it in a form the masking of the value hides', () => {
    const [field] = renderedDrift(
      object(['keep', secret]),
      object(['keep'], helm)
    )
    expect(field?.path).toMatch(/^metadata\.finalizers\[/)
    let path = field?.path ?? ''
    const forms = maskForms(secret).sort((a, b) => b.length - a.length)
    for (const form of forms) path = path.split(form).join('***')
    expect(path).not.toContain(secret.slice(0, 12))
  })
})
