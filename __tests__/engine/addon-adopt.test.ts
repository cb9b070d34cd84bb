import {
  handOverToRelease,
  refusedObject
} from '../../src/engine/addon-adopt.js'
import type { ClusterClient } from '../../src/cluster/cluster-client.js'

describe('refusedObject', () => {
  it("reads the object of helm's ownership refusal", () => {
    const stderr =
      'Error: Unable to continue with install: ConfigMap "web" in namespace "shop" exists and cannot be imported into the current release: invalid ownership metadata; label validation error: missing key "app.kubernetes.io/managed-by": must be set to "Helm"'
    expect(refusedObject(stderr)).toEqual({
      kind: 'ConfigMap',
      name: 'web',
      namespace: 'shop'
    })
  })

  it('reads a cluster-scoped object (helm names an empty namespace)', () => {
    const stderr =
      'Error: UPGRADE FAILED: Unable to continue with update: ClusterRole "reader" in namespace "" exists and cannot be imported into the current release: invalid ownership metadata'
    expect(refusedObject(stderr)).toEqual({
      kind: 'ClusterRole',
      name: 'reader',
      namespace: ''
    })
  })

  it('finds nothing in other failures', () => {
    expect(
      refusedObject('Error: timed out waiting for the condition')
    ).toBeUndefined()
  })
})

describe('handOverToRelease', () => {
  const release = { name: 'web', namespace: 'shop' }
  const ours = 'applyset-ours-v1'
  const live = (labels: Record<string, string>, namespace = 'shop') => ({
    apiVersion: 'v1',
    kind: 'ConfigMap',
    metadata: { name: 'web', namespace, labels, resourceVersion: '7' }
  })
  function client(object: object | undefined) {
    const written: object[] = []
    const asked: object[] = []
    const kubectl = {
      get: (refs: object[]) => {
        asked.push(...refs)
        return Promise.resolve(object ? [object] : [])
      },
      writeOnce: (_verb: string, body: object) => {
        written.push(body)
        return Promise.resolve({
          exitCode: 0,
          stdout: '',
          stderr: '',
          timedOut: false
        })
      },
      toolError: () => new Error('refused')
    } as unknown as ClusterClient
    return { kubectl, written, asked }
  }
  const refused = { kind: 'ConfigMap', name: 'web', namespace: 'shop' }
  const leaving = [
    { apiVersion: 'v1', kind: 'ConfigMap', name: 'web', namespace: 'shop' }
  ]

  it("hands over an object this definition applied: Helm's marks on, its ApplySet label off", async () => {
    const { kubectl, written } = client(
      live({ 'applyset.kubernetes.io/part-of': ours, keep: 'me' })
    )
    expect(
      await handOverToRelease(kubectl, refused, leaving, ours, release)
    ).toEqual(leaving[0])
    expect(written).toEqual([
      {
        apiVersion: 'v1',
        kind: 'ConfigMap',
        metadata: {
          name: 'web',
          namespace: 'shop',
          resourceVersion: '7',
          labels: { keep: 'me', 'app.kubernetes.io/managed-by': 'Helm' },
          annotations: {
            'meta.helm.sh/release-name': 'web',
            'meta.helm.sh/release-namespace': 'shop'
          }
        }
      }
    ])
  })

  it("never hands over another definition's object, or one without the label", async () => {
    const unlabelled: Record<string, string> = {}
    for (const labels of [
      { 'applyset.kubernetes.io/part-of': 'applyset-theirs-v1' },
      unlabelled
    ]) {
      const { kubectl, written } = client(live(labels))
      expect(
        await handOverToRelease(kubectl, refused, leaving, ours, release)
      ).toBeUndefined()
      expect(written).toEqual([])
    }
  })

  it('never hands over an object the definition still declares (not leaving)', async () => {
    const { kubectl, written } = client(
      live({ 'applyset.kubernetes.io/part-of': ours })
    )
    expect(
      await handOverToRelease(kubectl, refused, [], ours, release)
    ).toBeUndefined()
    expect(written).toEqual([])
  })

  it('finds one declared without a namespace in the namespace helm names', async () => {
    const { kubectl, asked } = client(
      live({ 'applyset.kubernetes.io/part-of': ours }, 'default')
    )
    const handed = await handOverToRelease(
      kubectl,
      { ...refused, namespace: 'default' },
      [{ apiVersion: 'v1', kind: 'ConfigMap', name: 'web' }],
      ours,
      release
    )
    expect(handed).toEqual({
      apiVersion: 'v1',
      kind: 'ConfigMap',
      name: 'web',
      namespace: 'default'
    })
    expect(asked).toEqual([handed])
  })
})
