import { refusedObject } from '../../src/engine/addon-adopt.js'

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
