/**
 * A Secret's `stringData` is sent as `data`, as Flux does before its
 * server-side apply: `stringData` is write-only, so the fields ClusterSync
 * owned were `stringData.<key>`, and a key dropped from the manifest stayed
 * in `data` forever (kubernetes/kubernetes#108008), with no drift reported.
 * Owning `data.<key>` makes the server remove a dropped key.
 */
import { appliedDocument } from '../../src/cluster/kube-objects.js'
import type { PlannedObject } from '../../src/plan/plan-types.js'

const planned = (body: Record<string, unknown>): PlannedObject =>
  ({
    subject: 'Secret/shop/creds',
    group: '',
    namespace: 'shop',
    object: {
      apiVersion: String(body.apiVersion),
      kind: String(body.kind),
      name: 'creds',
      body
    }
  }) as unknown as PlannedObject

describe('appliedDocument of a Secret', () => {
  it('sends stringData as base64 data, stringData winning over data for a key', () => {
    const sent = appliedDocument(
      planned({
        apiVersion: 'v1',
        kind: 'Secret',
        metadata: { name: 'creds' },
        data: { KEPT: 'a2VwdA==', USER: 'b2xk' },
        stringData: { USER: 'admin', TOKEN: 'ключ-✓' }
      }),
      'applyset-x-v1'
    )
    expect(sent).toEqual({
      apiVersion: 'v1',
      kind: 'Secret',
      metadata: {
        name: 'creds',
        namespace: 'shop',
        labels: { 'applyset.kubernetes.io/part-of': 'applyset-x-v1' }
      },
      data: {
        KEPT: 'a2VwdA==',
        USER: Buffer.from('admin').toString('base64'),
        TOKEN: Buffer.from('ключ-✓', 'utf8').toString('base64')
      }
    })
  })

  it('leaves stringData holding a value that is not text for the server to refuse', () => {
    const body = {
      apiVersion: 'v1',
      kind: 'Secret',
      metadata: { name: 'creds' },
      stringData: { PORT: 5432 }
    }
    expect(appliedDocument(planned(body), 'a').stringData).toEqual({
      PORT: 5432
    })
  })

  it('leaves another kind named Secret alone', () => {
    const body = {
      apiVersion: 'example.com/v1',
      kind: 'Secret',
      metadata: { name: 'creds' },
      stringData: { A: 'b' }
    }
    expect(appliedDocument(planned(body), 'a').stringData).toEqual({ A: 'b' })
  })
})
