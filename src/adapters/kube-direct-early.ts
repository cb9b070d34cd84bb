/**
 * A direct channel opened before the CLI has loaded, with the reads its
 * command will make first already sent. cli/early-channel.ts starts it from
 * the raw command line of a `sync`, then loads the rest of the CLI, so the
 * TLS handshake and those reads can overlap the loading. The first read
 * doubles as the channel's check, instead of `GET /version`: one round
 * trip less on every sync. On the local plane the overlap measured within
 * the noise (the handshake needs Node's one thread, busy loading until
 * ~95 ms); on a distant cluster the reads travel while the CLI loads.
 *
 * The command parses its flags properly later and asks createKubeApiOpener
 * for a channel to its kubeconfig and context; it gets this one only when
 * both are exactly the ones it was opened for, and otherwise a new one. Its
 * requests get the waiting answers only while they are the same reads in
 * the same order; the first other request drops the rest. A channel no
 * command took is closed when the CLI ends, once its reads are answered. A
 * run that stops on an error the glance cannot see (`--concurrency 0`, a
 * definition outside the root) may therefore have sent those reads, which
 * change nothing.
 */
import type {
  KubeApiRequest,
  KubeApiResponse,
  KubeApiTarget,
  KubeApiTransport
} from '../ports/kube-api.js'
import { openChecked, openDirect } from './kube-direct.js'
import type { KubeconfigProblem, NoDirectChannel } from './kubeconfig-direct.js'

/** A channel being opened for one kubeconfig and context. */
export interface EarlyChannel {
  /** Its opening, handed out once, when `target` names the same kubeconfig and context. */
  take(
    target: KubeApiTarget
  ): Promise<KubeApiTransport | NoDirectChannel | KubeconfigProblem> | undefined
  /** Closes it when no command took it, once the reads it sent are answered. */
  discard(): Promise<void>
}

/** A read sent early, and its answer (or why it failed). */
interface Waiting {
  read: KubeApiRequest
  answer: Promise<KubeApiResponse>
}

/**
 * Starts the direct channel to `target`'s kubeconfig and context and sends
 * `reads` on it, one after the other (the first as the check).
 */
export function openEarlyChannel(
  target: { kubeconfig?: string; context?: string },
  env: NodeJS.ProcessEnv,
  reads: readonly KubeApiRequest[]
): EarlyChannel {
  const { kubeconfig, context } = target
  const opening = openWithReads(
    {
      kubectl: 'kubectl',
      ...(kubeconfig ? { kubeconfig } : {}),
      ...(context ? { context } : {})
    },
    env,
    reads
  )
  let taken = false
  return {
    take: (wanted) => {
      if (
        taken ||
        (wanted.kubeconfig || undefined) !== (kubeconfig || undefined) ||
        (wanted.context || undefined) !== (context || undefined)
      ) {
        return undefined
      }
      taken = true
      return opening.then((opened) =>
        'transport' in opened ? answering(opened) : opened
      )
    },
    discard: async () => {
      if (taken) return
      taken = true
      const opened = await opening
      if (!('transport' in opened)) return
      // Not cut off mid-answer: the server sees each read through.
      await Promise.allSettled(opened.waiting.map((w) => w.answer))
      await opened.transport.close()
    }
  }
}

async function openWithReads(
  target: KubeApiTarget,
  env: NodeJS.ProcessEnv,
  reads: readonly KubeApiRequest[]
): Promise<
  | { transport: KubeApiTransport; waiting: Waiting[] }
  | NoDirectChannel
  | KubeconfigProblem
> {
  const [first, ...rest] = reads
  if (first === undefined) {
    const transport = await openDirect(target, env)
    return 'request' in transport ? { transport, waiting: [] } : transport
  }
  const opened = await openChecked(target, env, first)
  if (!('transport' in opened)) return opened
  const { transport } = opened
  const checked = Promise.resolve(opened.answer)
  const waiting: Waiting[] = [{ read: first, answer: checked }]
  // One after the other, as the command would send them (the check reads
  // the lock before the inventory: the order is part of its safety).
  let previous: Promise<unknown> = checked
  for (const read of rest) {
    const answer = previous.then(() => transport.request(read))
    // A failure is the command's to see, when it asks; never unhandled.
    answer.catch(() => undefined)
    waiting.push({ read, answer })
    previous = answer
  }
  return { transport, waiting }
}

/** The transport, answering the waiting reads while they come in order. */
function answering({
  transport,
  waiting
}: {
  transport: KubeApiTransport
  waiting: Waiting[]
}): KubeApiTransport {
  return {
    ...transport,
    request: (r) => {
      const next = waiting.shift()
      if (next && sameRead(next.read, r)) return next.answer
      waiting.length = 0
      return transport.request(r)
    }
  }
}

/** The same GET of the same thing (the timeout may differ). */
function sameRead(a: KubeApiRequest, b: KubeApiRequest): boolean {
  return (
    a.method === b.method &&
    a.path === b.path &&
    a.body === b.body &&
    b.signal === undefined &&
    JSON.stringify(a.headers ?? {}) === JSON.stringify(b.headers ?? {})
  )
}
