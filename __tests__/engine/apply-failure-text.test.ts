/**
 * A refused change of an immutable field is said in one line with what to
 * do, not as the API server's dump of the whole object; the conflict hint
 * names a way out that the manifest's kind of entry allows.
 */
import {
  forceHint,
  immutableFieldText
} from '../../src/engine/apply-failure-text.js'

// As the API server answers a changed Job template (cut: the real value is
// the whole pod template in Go's syntax, thousands of characters).
const jobRefusal = `The Job "once" is invalid: spec.template: Invalid value: {"labels":{"job-name":"once"},"Spec":{"Volumes":null,"Containers":[{"Name":"c","Command":["echo","b"]}]}}: field is immutable`

describe('immutableFieldText', () => {
  it('names the field and what to do, without the dumped value', () => {
    const text = immutableFieldText(jobRefusal)
    expect(text).toBe(
      'spec.template cannot be changed on an existing object (the API server refuses: field is immutable); delete the object (`kubectl delete`) and sync again, or give it a new name'
    )
  })

  it('names every field refused, once each', () => {
    expect(
      immutableFieldText(
        'Deployment.apps "web" is invalid: spec.selector: Invalid value: v1.LabelSelector{MatchLabels:map[string]string{"app":"x"}}: field is immutable; spec.selector: Invalid value: x: field is immutable'
      )
    ).toMatch(/^spec\.selector cannot be changed/)
  })

  it('leaves other failures alone', () => {
    expect(
      immutableFieldText('spec.replicas: Invalid value: -1: must be >= 0')
    ).toBeUndefined()
  })
})

describe('forceHint', () => {
  it('says where to write force: true for an entry', () => {
    expect(
      forceHint({
        name: 'config',
        manifest: { origin: { type: 'from_file', file: 'c.yaml' } }
      } as never)
    ).toBe('set force: true on manifest config to take ownership')
  })

  it('says how to get there for a file of raw objects from an include', () => {
    expect(
      forceHint({
        name: 'manifests/10-config',
        manifest: { origin: { type: 'raw', file: 'manifests/10-config.yaml' } }
      } as never)
    ).toBe(
      'to take ownership, move manifests/10-config.yaml out of the included folder or glob and declare it as its own entry with `from_file` and `force: true` (an include item cannot carry `force`)'
    )
  })
})
