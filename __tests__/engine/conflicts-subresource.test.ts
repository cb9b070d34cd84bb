// A field taken through a subresource (`kubectl scale` writes .spec.replicas
// through `scale`, an HPA too) is reported by the API server as
// `conflict with "kubectl" with subresource "scale" using apps/v1: …`: it
// was not parsed, so the conflict was never matched to its object and the
// message fell back to kubectl's raw text (found by a day-2 tester).
import {
  describeConflict,
  matchConflict,
  parseConflicts
} from '../../src/engine/conflicts.js'

const stderr =
  'Error from server (Conflict): Apply failed with 1 conflict: conflict with "kubectl" with subresource "scale" using apps/v1: .spec.replicas'

describe('a conflict through a subresource', () => {
  it('is parsed with its manager, subresource and field', () => {
    expect(parseConflicts(stderr)).toEqual([
      {
        manager: 'kubectl',
        subresource: 'scale',
        apiVersion: 'apps/v1',
        fields: ['.spec.replicas']
      }
    ])
  })

  it('is matched to the object whose scale entry owns the field, and says how it was taken', () => {
    const [conflict] = parseConflicts(stderr)
    if (!conflict) throw new Error('not parsed')
    const deployment = (name: string, subresource?: string) => ({
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      metadata: {
        name,
        managedFields: [
          {
            manager: 'kubectl',
            operation: 'Update',
            ...(subresource ? { subresource } : {}),
            fieldsV1: { 'f:spec': { 'f:replicas': {} } }
          }
        ]
      }
    })
    expect(
      matchConflict(
        conflict,
        [deployment('edited'), deployment('scaled', 'scale')],
        new Set()
      )
    ).toBe(1)
    expect(describeConflict(conflict)).toBe(
      'field manager "kubectl" (through the scale subresource) owns .spec.replicas'
    )
  })
})
