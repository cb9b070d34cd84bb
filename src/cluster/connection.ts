/**
 * The one cluster connection of a run. The composition root (the CLI's
 * command, the Action's main) opens it once; everything that talks to the
 * cluster in that run — the unchanged-files check, the cluster side of the
 * sync, a live preview — is handed the same channel, and the root closes
 * it once at the end. Opening starts at once, so the TLS handshake overlaps
 * whatever the run does before it first needs the cluster.
 */
import { ConfigurationError, getErrorMessage } from '../errors.js'
import {
  isOpen,
  type KubeApiOpener,
  type KubeApiTarget,
  type KubeconfigDocument,
  type KubeApiUnavailable
} from '../ports/kube-api.js'

/** How kubectl reaches the cluster: the fields of a KubectlConfig that pick it. */
export interface ClusterAddress {
  binary: string
  kubeconfig?: string
  context?: string
  /** The kubeconfig at `kubeconfig`, decoded once by the root that wrote it. */
  decoded?: KubeconfigDocument
}

/** An open (or opening) connection; see the file comment. */
export interface ClusterConnection {
  /** Hands out the one channel: every `open` resolves to the same one. */
  opener: KubeApiOpener
  /** The kubeconfig's refusal (a context it lacks), once the open has settled. */
  refusal: Promise<ConfigurationError | undefined>
  /** Closes the channel; later calls do nothing. */
  close(): Promise<void>
}

/** The channel's target for a kubectl configuration. */
export function apiTarget(address: ClusterAddress): KubeApiTarget {
  return {
    kubectl: address.binary,
    ...(address.kubeconfig ? { kubeconfig: address.kubeconfig } : {}),
    ...(address.context ? { context: address.context } : {}),
    ...(address.decoded ? { decoded: address.decoded } : {})
  }
}

/** Starts opening the channel to `address`; see the file comment. */
export function openConnection(
  opener: KubeApiOpener,
  address: ClusterAddress
): ClusterConnection {
  const opening = opener
    .open(apiTarget(address))
    .catch((error: unknown): KubeApiUnavailable | ConfigurationError =>
      // A kubeconfig kubectl would refuse too is the user's to fix: kept,
      // and thrown to whoever asks for the channel.
      error instanceof ConfigurationError
        ? error
        : { unavailable: getErrorMessage(error) }
    )
  let closed = false
  const close = async (): Promise<void> => {
    if (closed) return
    closed = true
    const opened = await opening
    if (!(opened instanceof ConfigurationError) && isOpen(opened))
      await opened.close()
  }
  return {
    opener: {
      open: async () => {
        const opened = await opening
        if (opened instanceof ConfigurationError) throw opened
        // Users of the channel may close it; only the root really does.
        return isOpen(opened)
          ? {
              request: (r) => opened.request(r),
              close: async () => {},
              ...(opened.namespace !== undefined
                ? { namespace: opened.namespace }
                : {})
            }
          : opened
      }
    },
    close,
    refusal: opening.then((opened) =>
      opened instanceof ConfigurationError ? opened : undefined
    )
  }
}

/**
 * A connection that cannot be had because of the user's configuration (a
 * kubeconfig that does not decode): every use is refused with `problem`,
 * which a sync reports as ValidationFailed.
 */
export function refusedConnection(
  problem: ConfigurationError
): ClusterConnection {
  return {
    opener: { open: () => Promise.reject(problem) },
    refusal: Promise.resolve(problem),
    close: async () => {}
  }
}

/**
 * openConnection, started by the first use instead of at once. The Action
 * takes this: its start is GitHub requests (the check run, the status, the
 * deployment) that a TLS handshake on the one thread would delay, and its
 * first use of the cluster comes after them.
 */
export function openOnFirstUse(
  opener: KubeApiOpener,
  address: ClusterAddress
): ClusterConnection {
  let opened: ClusterConnection | undefined
  let closed = false
  const connection = (): ClusterConnection =>
    (opened ??= closed
      ? // A late first use after the run ended must not open a channel
        // nobody will close.
        refusedConnection(new ConfigurationError('the run has ended'))
      : openConnection(opener, address))
  return {
    opener: { open: (target) => connection().opener.open(target) },
    get refusal() {
      return connection().refusal
    },
    close: async () => {
      closed = true
      await opened?.close()
    }
  }
}
