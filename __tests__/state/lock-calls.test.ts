/**
 * The cluster lock's kubectl calls, asserted on argv: a free lock is taken
 * with one `create`; a lease that exists is read and decided on as before.
 */
import { KubectlClient } from '../../src/cluster/kubectl.js'
import { acquireLock, LockWaitCancelledError } from '../../src/state/lock.js'
import type { Clock } from '../../src/ports/clock.js'
import { FakeClock, StillClock } from '../../__fixtures__/fakes/fake-clock.js'
import {
  FakeExec,
  type RecordedCall
} from '../../__fixtures__/fakes/fake-exec.js'
import { RecordingLogger } from '../../__fixtures__/fakes/recording-logger.js'
import {
  defaultKubectlConfig,
  defaultLockOptions
} from '../../src/engine/engine-options.js'

const kube = (exec: FakeExec, clock: Clock = new FakeClock()): KubectlClient =>
  new KubectlClient(exec, clock, defaultKubectlConfig())

const verbs = (calls: RecordedCall[]): string[] =>
  calls.map((c) => c.args.slice(0, 2).join(' '))

const lease = (holder: string, renewTime: string) =>
  JSON.stringify({
    kind: 'List',
    items: [
      {
        apiVersion: 'coordination.k8s.io/v1',
        kind: 'Lease',
        metadata: {
          name: 'clustersync-prod',
          namespace: 'clustersync-system',
          resourceVersion: '7'
        },
        spec: {
          holderIdentity: holder,
          leaseDurationSeconds: 60,
          renewTime
        }
      }
    ]
  })

describe('acquireLock', () => {
  it('takes a free lock with one create, no read first', async () => {
    const exec = new FakeExec()
      .on(['create'], { stdout: '{"metadata":{"resourceVersion":"1"}}' })
      .on(['delete'], {})
    const lock = await acquireLock(
      kube(exec),
      'prod',
      new StillClock(),
      new RecordingLogger(),
      defaultLockOptions('me')
    )
    expect(verbs(exec.calls)).toEqual(['create -f'])
    await lock.release()
    expect(verbs(exec.calls)).toEqual(['create -f', 'delete lease'])
  })

  it('reads the lease when the create finds one, and takes it over once expired', async () => {
    const exec = new FakeExec()
      .on(['create'], {
        exitCode: 1,
        stderr:
          'Error from server (AlreadyExists): leases.coordination.k8s.io "clustersync-prod" already exists'
      })
      .on(['get'], { stdout: lease('gone', '2024-12-31T23:00:00.000000Z') })
      .on(['replace'], { stdout: '{"metadata":{"resourceVersion":"8"}}' })
      .on(['delete'], {})
    const logger = new RecordingLogger()
    const lock = await acquireLock(
      kube(exec),
      'prod',
      new StillClock(),
      logger,
      defaultLockOptions('me')
    )
    expect(verbs(exec.calls)).toEqual(['create -f', 'get -f', 'replace -f'])
    expect(exec.calls[2]?.input).toContain('"resourceVersion":"7"')
    expect(logger.lines).toContain(
      'warning: taking over the cluster lock from gone: it expired'
    )
    await lock.release()
  })

  it('creates the namespace when it is missing, then takes the lock', async () => {
    const exec = new FakeExec()
      .on(
        ['create', '-f'],
        {
          exitCode: 1,
          stderr:
            'Error from server (NotFound): namespaces "clustersync-system" not found'
        },
        { stdout: '{"metadata":{"resourceVersion":"1"}}' }
      )
      .on(['get'], { stdout: '' })
      .on(['delete'], {})
    const lock = await acquireLock(
      kube(exec),
      'prod',
      new StillClock(),
      new RecordingLogger(),
      defaultLockOptions('me')
    )
    // lease (namespace missing), the namespace, a look, the lease again
    expect(verbs(exec.calls)).toEqual([
      'create -f',
      'create -f',
      'get -f',
      'create -f'
    ])
    expect(exec.calls[1]?.input).toContain('"kind":"Namespace"')
    expect(exec.calls[1]?.input).toContain('"name":"clustersync-system"')
    await lock.release()
  })

  it('stops waiting for a held lock as soon as the run is cancelled, and takes nothing', async () => {
    // A cancelled job waiting behind another sync: the runner kills it ten
    // seconds later, so the wait must end now, not at the wait's timeout.
    const exec = new FakeExec()
      .on(['create'], {
        exitCode: 1,
        stderr:
          'Error from server (AlreadyExists): leases.coordination.k8s.io "clustersync-prod" already exists'
      })
      .on(['get'], {
        stdout: lease('other-run', '2025-01-01T00:00:00.000000Z')
      })
    const cancel = new AbortController()
    const clock = new FakeClock()
    const sleep = clock.sleep.bind(clock)
    clock.sleep = (ms: number) => {
      if (clock.sleeps.length === 2) cancel.abort()
      return sleep(ms)
    }
    const logger = new RecordingLogger()
    const waiting = acquireLock(
      kube(exec, clock),
      'prod',
      clock,
      logger,
      defaultLockOptions('me'),
      cancel.signal
    )
    await expect(waiting).rejects.toThrow(LockWaitCancelledError)
    await expect(waiting).rejects.toThrow(
      /cancelled while waiting for the cluster lock \(held by other-run, waited \d+s\): nothing was applied/
    )
    expect(clock.sleeps).toHaveLength(3)
    expect(verbs(exec.calls)).toEqual([
      'create -f',
      'get -f',
      'get -f',
      'get -f',
      'get -f'
    ])
    expect(logger.lines).toContain(
      'waiting for the cluster lock, held by other-run'
    )
  })

  it('says the run ran out of time when its timeout ends the wait for a held lock', async () => {
    const exec = new FakeExec()
      .on(['create'], {
        exitCode: 1,
        stderr:
          'Error from server (AlreadyExists): leases.coordination.k8s.io "clustersync-prod" already exists'
      })
      .on(['get'], {
        stdout: lease('other-run', '2025-01-01T00:00:00.000000Z')
      })
    const timedOut = new AbortController()
    timedOut.abort(new DOMException('timed out', 'TimeoutError'))
    const clock = new FakeClock()
    await expect(
      acquireLock(
        kube(exec, clock),
        'prod',
        clock,
        new RecordingLogger(),
        defaultLockOptions('me'),
        timedOut.signal
      )
    ).rejects.toThrow(
      /^the run ran out of time while waiting for the cluster lock \(held by other-run, waited \d+s\): nothing was applied$/
    )
  })

  it('keeps renewing through an unreachable cluster; only a conflict loses the lock', async () => {
    // A runner that loses the API server for a moment still holds the lock
    // (nobody else could take it either); only a newer lease means lost.
    const exec = new FakeExec()
      .on(['create'], { stdout: '{"metadata":{"resourceVersion":"1"}}' })
      .on(
        ['replace'],
        {
          exitCode: 1,
          stderr:
            'The connection to the server 127.0.0.1:6443 was refused - did you specify the right host or port?'
        },
        { stdout: '{"metadata":{"resourceVersion":"3"}}' },
        {
          exitCode: 1,
          stderr:
            'Error from server (Conflict): the object has been modified; please apply your changes to the latest version'
        }
      )
    const clock = new CountedClock(3)
    const logger = new RecordingLogger()
    const lock = await acquireLock(
      kube(exec),
      'prod',
      clock,
      logger,
      defaultLockOptions('me')
    )
    // Three renewal turns run at once; give the promise chain time to run them.
    for (let i = 0; i < 100 && !lock.lost(); i++) {
      await new Promise((resolve) => setImmediate(resolve))
    }
    expect(verbs(exec.calls)).toEqual([
      'create -f',
      'replace -f',
      'replace -f',
      'replace -f'
    ])
    expect(exec.calls[3]?.input).toContain('"resourceVersion":"3"')
    expect(lock.lost()).toBe(true)
    expect(
      logger.lines.filter((l) => l.includes('lost the cluster lock'))
    ).toEqual(['warning: lost the cluster lock: another run took it over'])
    expect(logger.lines).toContainEqual(
      expect.stringContaining('could not renew the cluster lock')
    )
    await lock.release()
  }, 10_000)
})

/** Lets the first `n` sleeps return at once, then waits for the abort. */
class CountedClock implements Clock {
  private readonly inner = new FakeClock()
  private left: number
  constructor(n: number) {
    this.left = n
  }
  now(): Date {
    return this.inner.now()
  }
  sleep(_ms: number, signal?: AbortSignal): Promise<void> {
    if (this.left > 0) {
      this.left--
      return Promise.resolve()
    }
    return new Promise((resolve) => {
      if (signal?.aborted) resolve()
      signal?.addEventListener('abort', () => resolve())
    })
  }
}
