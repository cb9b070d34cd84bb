import {
  addEdge,
  createGraph,
  findCycle,
  findPath,
  hasEdge,
  layerNodes,
  topologicalSort
} from '../../src/plan/graph.js'
import {
  diffObjects,
  normalizeObject,
  sameObject
} from '../../src/plan/object-diff.js'
import {
  apiGroup,
  formatSubject,
  isClusterScoped,
  kindRank
} from '../../src/plan/kind-order.js'

describe('graph', () => {
  it('ignores self-loops and unknown ids', () => {
    const g = createGraph(['a', 'b'])
    addEdge(g, 'a', 'a')
    addEdge(g, 'a', 'ghost')
    addEdge(g, 'ghost', 'b')
    expect(hasEdge(g, 'a', 'a')).toBe(false)
    expect(topologicalSort(g)).toEqual({ order: ['a', 'b'], blocked: [] })
  })

  it('finds the shortest path, or none', () => {
    const g = createGraph(['a', 'b', 'c', 'd'])
    addEdge(g, 'a', 'b')
    addEdge(g, 'b', 'c')
    addEdge(g, 'a', 'c')
    expect(findPath(g, 'a', 'c')).toEqual(['a', 'c'])
    expect(findPath(g, 'c', 'a')).toBeUndefined()
    expect(findPath(g, 'd', 'd')).toEqual(['d'])
  })

  it('names a cycle starting at the step written first, and what waits behind it', () => {
    const g = createGraph(['x', 'a', 'b', 'c', 'after'])
    addEdge(g, 'c', 'a')
    addEdge(g, 'a', 'b')
    addEdge(g, 'b', 'c')
    addEdge(g, 'c', 'after')
    const { order, blocked } = topologicalSort(g)
    expect(order).toEqual(['x'])
    expect(blocked).toEqual(['a', 'b', 'c', 'after'])
    expect(findCycle(g, blocked)).toEqual(['a', 'b', 'c', 'a'])
    expect(findCycle(g, [])).toBeUndefined()
  })

  it('layers by the longest path', () => {
    const g = createGraph(['a', 'b', 'c'])
    addEdge(g, 'a', 'b')
    addEdge(g, 'b', 'c')
    addEdge(g, 'a', 'c')
    expect([...layerNodes(g, ['a', 'b', 'c'])]).toEqual([
      ['a', 0],
      ['b', 1],
      ['c', 2]
    ])
  })
})

describe('object diff', () => {
  const live = {
    apiVersion: 'v1',
    kind: 'ConfigMap',
    metadata: {
      name: 'a',
      uid: '1',
      annotations: {
        'kubectl.kubernetes.io/last-applied-configuration': '{}'
      }
    },
    data: { gone: 'x', same: 'y' },
    status: {}
  }
  const desired = {
    apiVersion: 'v1',
    kind: 'ConfigMap',
    metadata: { name: 'a', uid: '2', annotations: { team: 'shop' } },
    data: { same: 'y', added: 'z'.repeat(100) }
  }

  it('drops server-owned metadata, status and the last-applied annotation', () => {
    expect(normalizeObject(live)).toEqual({
      apiVersion: 'v1',
      kind: 'ConfigMap',
      metadata: { name: 'a' },
      data: { gone: 'x', same: 'y' }
    })
    expect(normalizeObject({ kind: 'X' })).toEqual({ kind: 'X' })
    expect(sameObject(live, { ...live, status: { x: 1 } })).toBe(true)
  })

  it('lists added, removed and changed paths, cutting long values', () => {
    expect(diffObjects(live, desired)).toEqual([
      `+ data.added: "${'z'.repeat(78)}…`,
      '- data.gone',
      '+ metadata.annotations: {"team":"shop"}'
    ])
  })

  it('compares lists of named items item by item, so a change deep in one is seen', () => {
    const pod = (containers: unknown[]) => ({
      apiVersion: 'v1',
      kind: 'Pod',
      metadata: { name: 'p' },
      spec: { containers }
    })
    const env = [{ name: 'MODE', value: 'prod' }]
    const long =
      'registry.example/a-long-path/of-an-image-name-that-fills-80-characters'
    expect(
      diffObjects(
        pod([
          { name: 'app', image: `${long}:1`, env },
          { name: 'old-sidecar', image: 's:1' }
        ]),
        pod([
          { name: 'app', image: `${long}:2`, env },
          { name: 'sidecar', image: 's:2' }
        ])
      )
    ).toEqual([
      `~ spec.containers[name=app].image: "${long}:1" → "${long}:2"`,
      '- spec.containers[name=old-sidecar]',
      '+ spec.containers[name=sidecar]: {"image":"s:2","name":"sidecar"}'
    ])
    // Lists without a name on every item keep being compared whole.
    expect(
      diffObjects(
        { kind: 'X', args: ['a', 'b'] },
        { kind: 'X', args: ['a', 'c'] }
      )
    ).toEqual(['~ args: ["a","b"] → ["a","c"]'])
    // A masked key keeps masking inside its named items.
    expect(
      diffObjects(
        { kind: 'X', items: [{ name: 'a', value: 'old-secret' }] },
        { kind: 'X', items: [{ name: 'a', value: 'new-secret' }] },
        { mask: ['items'] }
      )
    ).toEqual(['~ items[name=a].value: (sensitive value) → (sensitive value)'])
  })
})

describe('kind order helpers', () => {
  it('knows groups, subjects and scopes', () => {
    expect(apiGroup('v1')).toBe('')
    expect(apiGroup('networking.k8s.io/v1')).toBe('networking.k8s.io')
    expect(formatSubject('Namespace', 'shop')).toBe('Namespace/shop')
    expect(formatSubject('Service', 'web', 'shop')).toBe('Service/shop/web')
    expect(isClusterScoped('rbac.authorization.k8s.io', 'ClusterRole')).toBe(
      true
    )
    expect(isClusterScoped('example.com', 'ClusterRole')).toBe(false)
    expect(kindRank('', 'Namespace')).toBeLessThan(kindRank('', 'Deployment'))
    expect(kindRank('example.com', 'Widget')).toBeLessThan(
      kindRank('admissionregistration.k8s.io', 'MutatingWebhookConfiguration')
    )
  })
})
