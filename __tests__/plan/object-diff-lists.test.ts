import { diffObjects, sameObject } from '../../src/plan/object-diff.js'

/** A Deployment whose one container `app` has the given env list. */
const deployment = (env: unknown[]): Record<string, unknown> => ({
  apiVersion: 'apps/v1',
  kind: 'Deployment',
  metadata: { name: 'web' },
  spec: { template: { spec: { containers: [{ name: 'app', env }] } } }
})
const envAt = 'spec.template.spec.containers[name=app].env'
const v = (name: string, value = 'x'): Record<string, string> => ({
  name,
  value
})

describe('diffObjects: the order of named items', () => {
  it('says when the same items come in another order', () => {
    const live = deployment([v('HOST'), v('URL', 'http://$(HOST)')])
    const desired = deployment([v('URL', 'http://$(HOST)'), v('HOST')])
    // The object differs, so the diff must not be empty.
    expect(sameObject(live, desired)).toBe(false)
    expect(diffObjects(live, desired)).toEqual([
      `~ ${envAt}: order changed: ["HOST","URL"] → ["URL","HOST"]`
    ])
  })

  it('says so beside the item lines when an item is inserted before others', () => {
    const live = deployment([v('A'), v('B')])
    const desired = deployment([v('NEW'), v('A'), v('B')])
    expect(diffObjects(live, desired)).toEqual([
      `~ ${envAt}: order changed: ["A","B"] → ["NEW","A","B"]`,
      `+ ${envAt}[name=NEW]: {"name":"NEW","value":"x"}`
    ])
  })

  it('keeps quiet about order when items are only appended or removed', () => {
    expect(
      diffObjects(
        deployment([v('A'), v('B'), v('C')]),
        deployment([v('A'), v('C'), v('D')])
      )
    ).toEqual([
      `- ${envAt}[name=B]`,
      `+ ${envAt}[name=D]: {"name":"D","value":"x"}`
    ])
  })

  it('reports reordered containers, and hides the names under a mask', () => {
    const pod = (names: string[]): Record<string, unknown> => ({
      kind: 'X',
      values: { containers: names.map((name) => ({ name })) }
    })
    expect(diffObjects(pod(['a', 'b']), pod(['b', 'a']))).toEqual([
      '~ values.containers: order changed: ["a","b"] → ["b","a"]'
    ])
    expect(
      diffObjects(pod(['a', 'b']), pod(['b', 'a']), { mask: ['values'] })
    ).toEqual(['~ values.containers: order changed'])
  })
})

describe('diffObjects: item names in paths', () => {
  it('quotes a name that is not plain, so each change stays one line', () => {
    const name = 'A\nB`]=`'
    const lines = diffObjects(
      deployment([v(name, 'old')]),
      deployment([v(name, 'new')])
    )
    expect(lines).toEqual([
      `~ ${envAt}[name="A\\nB\`]=\`"].value: "old" → "new"`
    ])
  })

  it('cuts a long name, as values are cut, and keeps it a quoted string', () => {
    const name = 'N'.repeat(500)
    const [line] = diffObjects(deployment([]), deployment([v(name)]))
    expect(line).toBe(
      `+ ${envAt}[name="${'N'.repeat(63)}…"]: {"name":"${'N'.repeat(70)}…`
    )
  })

  it('quotes a map key that is not plain, as a name', () => {
    expect(
      diffObjects(
        { kind: 'ConfigMap', data: { 'a\n```': '1' } },
        { kind: 'ConfigMap', data: { 'a\n```': '2' } }
      )
    ).toEqual(['~ data."a\\n```": "1" → "2"'])
  })

  it('writes plain names as they are', () => {
    expect(
      diffObjects(
        deployment([v('app.kubernetes.io/name', 'a')]),
        deployment([v('app.kubernetes.io/name', 'b')])
      )
    ).toEqual([`~ ${envAt}[name=app.kubernetes.io/name].value: "a" → "b"`])
  })
})
