// Command lines of the control plane's components. Every listener is pinned to
// 127.0.0.1; every path is inside the state directory, which is also how
// `down` recognises the processes as ours (see processes.js).
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { nodeName, repoRoot } from './settings.js'

/** True when the machine has a default IPv4 route (see `apiserverArgv`). */
function hasDefaultRoute() {
  try {
    return readFileSync('/proc/net/route', 'utf8')
      .split('\n')
      .slice(1)
      .some((line) => line.split(/\s+/)[1] === '00000000')
  } catch {
    return false
  }
}

export function etcdArgv(bin, paths, ports) {
  const client = `http://127.0.0.1:${ports.etcd}`
  const peer = `http://127.0.0.1:${ports.etcdPeer}`
  return [
    join(bin, 'etcd'),
    '--name=clustersync',
    `--data-dir=${paths.etcdData}`,
    `--listen-client-urls=${client}`,
    `--advertise-client-urls=${client}`,
    `--listen-peer-urls=${peer}`,
    `--initial-advertise-peer-urls=${peer}`,
    `--initial-cluster=clustersync=${peer}`,
    // Throwaway test data: skipping fsync is what k8s's own test etcd does.
    '--unsafe-no-fsync',
    '--log-level=warn'
  ]
}

export function apiserverArgv(bin, paths, ports) {
  const argv = [
    join(bin, 'kube-apiserver'),
    `--etcd-servers=http://127.0.0.1:${ports.etcd}`,
    '--bind-address=127.0.0.1',
    `--secure-port=${ports.apiserver}`,
    // No --tls-cert-file: the apiserver writes a self-signed CA and serving
    // cert (SAN 127.0.0.1) here, and the kubeconfig embeds it.
    `--cert-dir=${paths.pki}`,
    `--token-auth-file=${paths.tokens}`,
    '--authorization-mode=RBAC',
    '--service-account-issuer=https://kubernetes.default.svc.cluster.local',
    `--service-account-key-file=${paths.saKey}`,
    `--service-account-signing-key-file=${paths.saKey}`,
    '--service-cluster-ip-range=10.96.0.0/16',
    '--allow-privileged=true',
    '--profiling=false'
  ]
  // Without a default route the apiserver cannot derive an advertise address
  // from a loopback bind and exits; loopback then only costs a log warning.
  if (!hasDefaultRoute()) argv.push('--advertise-address=127.0.0.1')
  return argv
}

export function controllerManagerArgv(bin, paths, ports) {
  return [
    join(bin, 'kube-controller-manager'),
    `--kubeconfig=${paths.kubeconfig}`,
    '--bind-address=127.0.0.1',
    `--secure-port=${ports.controllerManager}`,
    '--leader-elect=false',
    `--service-account-private-key-file=${paths.saKey}`,
    `--root-ca-file=${join(paths.pki, 'apiserver.crt')}`,
    '--cluster-name=clustersync-local',
    '--profiling=false'
  ]
}

export function schedulerArgv(bin, paths, ports) {
  return [
    join(bin, 'kube-scheduler'),
    `--kubeconfig=${paths.kubeconfig}`,
    '--bind-address=127.0.0.1',
    `--secure-port=${ports.scheduler}`,
    '--leader-elect=false',
    '--profiling=false'
  ]
}

export function kwokArgv(bin, paths) {
  return [
    join(bin, 'kwok'),
    `--kubeconfig=${paths.kubeconfig}`,
    // Also keeps a stray ~/.kwok/kwok.yaml from being picked up.
    `--config=${join(repoRoot, 'e2e', 'scripts', 'kwok-stages.yaml')}`,
    '--manage-all-nodes=false',
    '--manage-nodes-with-annotation-selector=kwok.x-k8s.io/node=fake',
    '--node-lease-duration-seconds=40'
  ]
}

/** The Node object kwok simulates; no NoSchedule taint, so charts schedule. */
export function fakeNode() {
  return {
    apiVersion: 'v1',
    kind: 'Node',
    metadata: {
      name: nodeName,
      annotations: { 'kwok.x-k8s.io/node': 'fake' },
      labels: {
        'kubernetes.io/hostname': nodeName,
        'kubernetes.io/os': 'linux',
        'kubernetes.io/arch': 'amd64',
        type: 'kwok'
      }
    }
  }
}

export function chartServerArgv(paths, ports) {
  return [
    process.execPath,
    join(repoRoot, 'e2e', 'scripts', 'chart-server.js'),
    paths.charts,
    String(ports.chartServer)
  ]
}

/**
 * Writes the OCI registry's config into the state directory and returns its
 * command line. Plain HTTP on loopback: helm then needs `--plain-http`.
 */
export function registryArgv(bin, paths, ports) {
  const config = join(paths.dir, 'registry.yml')
  const text = [
    'version: 0.1',
    'log:',
    '  level: warn',
    'storage:',
    '  filesystem:',
    `    rootdirectory: ${paths.registryData}`,
    'http:',
    `  addr: 127.0.0.1:${ports.registry}`,
    ''
  ].join('\n')
  writeFileSync(config, text)
  return [join(bin, 'registry'), 'serve', config]
}
