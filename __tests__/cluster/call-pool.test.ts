import {
  CallPool,
  defaultCallPoolOptions
} from '../../src/cluster/call-pool.js'
import { KubectlClient } from '../../src/cluster/kubectl.js'
import { FakeClock } from '../../__fixtures__/fakes/fake-clock.js'
import { FakeExec } from '../../__fixtures__/fakes/fake-exec.js'
import { defaultKubectlConfig } from '../../src/engine/engine-options.js'

const cm = (name: string) => ({
  apiVersion: 'v1',
  kind: 'ConfigMap',
  metadata: { name, namespace: 'x' }
})
const pooled = (exec: FakeExec, parallel = 4): KubectlClient =>
  new KubectlClient(
    exec,
    new FakeClock(),
    defaultKubectlConfig(),
    undefined,
    undefined,
    new CallPool(defaultCallPoolOptions(parallel))
  )
const list = (items: unknown[]) => JSON.stringify({ kind: 'List', items })

describe('CallPool through KubectlClient', () => {
  it('merges applies made in the same turn into one kubectl call, each answered with its own objects', async () => {
    const exec = new FakeExec().on(['apply'], (call) => ({
      stdout: list(
        (JSON.parse(call.input ?? '{}') as { items: unknown[] }).items
      )
    }))
    const kube = pooled(exec)
    const [a, b] = await Promise.all([
      kube.apply([cm('a1'), cm('a2')], { force: false }),
      kube.apply([cm('b1')], { force: false })
    ])
    expect(exec.calls).toHaveLength(1)
    expect(a.applied).toEqual([cm('a1'), cm('a2')])
    expect(b.applied).toEqual([cm('b1')])
    expect(a.result.exitCode).toBe(0)
  })

  it('never merges calls with different flags', async () => {
    const exec = new FakeExec().on(['apply'], { stdout: list([]) })
    const kube = pooled(exec)
    await Promise.all([
      kube.apply([cm('a')], { force: false }),
      kube.apply([cm('b')], { force: true })
    ])
    expect(exec.calls).toHaveLength(2)
  })

  it('re-runs each request alone when a merged apply fails, so each gets its own error', async () => {
    const exec = new FakeExec().on(['apply'], (call) => {
      const items = (JSON.parse(call.input ?? '{}') as { items: unknown[] })
        .items
      return call.input?.includes('"bad"')
        ? { exitCode: 1, stderr: 'error: bad is invalid' }
        : { stdout: list(items) }
    })
    const kube = pooled(exec)
    const [good, bad] = await Promise.all([
      kube.apply([cm('good')], { force: false }),
      kube.apply([cm('bad')], { force: false })
    ])
    expect(exec.calls).toHaveLength(3)
    expect(good.result.exitCode).toBe(0)
    expect(good.applied).toEqual([cm('good')])
    expect(bad.result.exitCode).toBe(1)
    expect(bad.result.stderr).toContain('bad is invalid')
  })

  it('merges gets and splits the answer by object', async () => {
    const exec = new FakeExec().on(['get'], { stdout: list([cm('b')]) })
    const kube = pooled(exec)
    const [a, b] = await Promise.all([
      kube.get([
        { apiVersion: 'v1', kind: 'ConfigMap', name: 'a', namespace: 'x' }
      ]),
      kube.get([
        { apiVersion: 'v1', kind: 'ConfigMap', name: 'b', namespace: 'x' }
      ])
    ])
    expect(exec.calls).toHaveLength(1)
    expect(a).toEqual([])
    expect(b).toEqual([cm('b')])
  })

  it('spreads a large merge over at most `parallel` processes, never splitting a request', async () => {
    const exec = new FakeExec().on(['apply'], (call) => ({
      stdout: list(
        (JSON.parse(call.input ?? '{}') as { items: unknown[] }).items
      )
    }))
    const kube = pooled(exec, 2)
    const batch = (p: string) =>
      Array.from({ length: 100 }, (_, i) => cm(`${p}${i}`))
    await Promise.all(
      ['a', 'b', 'c', 'd'].map((p) => kube.apply(batch(p), { force: false }))
    )
    expect(exec.calls).toHaveLength(2)
    for (const call of exec.calls) {
      const names = (
        JSON.parse(call.input ?? '{}') as {
          items: { metadata: { name: string } }[]
        }
      ).items.map((o) => o.metadata.name[0])
      expect(names).toHaveLength(200)
      expect(new Set(names).size).toBe(2)
    }
  })

  it('does not re-run requests alone when the merged call ran out of retries on a dead cluster', async () => {
    const exec = new FakeExec().on(['apply'], {
      exitCode: 1,
      stderr: 'The connection to the server 127.0.0.1:1 was refused'
    })
    const kube = new KubectlClient(
      exec,
      new FakeClock(),
      {
        ...defaultKubectlConfig(),
        retry: { attempts: 1, baseDelayMs: 1, maxDelayMs: 1 }
      },
      undefined,
      undefined,
      new CallPool(defaultCallPoolOptions(4))
    )
    const answers = await Promise.all([
      kube.apply([cm('a')], { force: false }),
      kube.apply([cm('b')], { force: false })
    ])
    expect(exec.calls).toHaveLength(1)
    for (const a of answers) expect(a.result.exitCode).toBe(1)
  })
})
