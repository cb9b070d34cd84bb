/**
 * The reads the unchanged-files check makes (unchanged-inputs.ts), as
 * requests: first the cluster's Lease, then its inventory ConfigMap's
 * metadata alone (a few KB, where the whole inventory is a few hundred).
 */
import type { KubeApiRequest } from '../ports/kube-api.js'
import { inventoryName, leaseName, systemNamespace } from './cluster-names.js'

/** How long one of the check's reads may take (it reads once, with no retry). */
const readTimeoutMs = 10_000

/** The check's reads, in the order it makes them: the Lease, then the inventory's metadata. */
export function unchangedCheckReads(
  cluster: string
): [lease: KubeApiRequest, metadata: KubeApiRequest] {
  return [
    {
      method: 'GET',
      path: `/apis/coordination.k8s.io/v1/namespaces/${systemNamespace}/leases/${leaseName(cluster)}`,
      timeoutMs: readTimeoutMs
    },
    {
      method: 'GET',
      path: inventoryPath(cluster),
      // Only the metadata: the annotation, not the whole record.
      headers: {
        accept: 'application/json;as=PartialObjectMetadata;g=meta.k8s.io;v=v1'
      },
      timeoutMs: readTimeoutMs
    }
  ]
}

/** The whole inventory ConfigMap, read when the check finds a change. */
export function inventoryRead(cluster: string): KubeApiRequest {
  return {
    method: 'GET',
    path: inventoryPath(cluster),
    timeoutMs: readTimeoutMs
  }
}

function inventoryPath(cluster: string): string {
  return `/api/v1/namespaces/${systemNamespace}/configmaps/${inventoryName(cluster)}`
}
