// Smoke suite for the local control plane (issue 3): proves that what the
// apply engine relies on behaves like a real cluster here: server versions,
// CRDs, Deployments becoming Available (controller-manager + scheduler +
// kwok), server-side apply idempotence and conflicts, and namespace deletion.
import {
  kubectl,
  kubectlGet,
  uniqueNamespace,
  waitFor,
  type TestNamespace
} from '../support/cluster.js'

const crd = {
  apiVersion: 'apiextensions.k8s.io/v1',
  kind: 'CustomResourceDefinition',
  metadata: { name: 'gadgets.smoke.clustersync.dev' },
  spec: {
    group: 'smoke.clustersync.dev',
    scope: 'Namespaced',
    names: { plural: 'gadgets', singular: 'gadget', kind: 'Gadget' },
    versions: [
      {
        name: 'v1',
        served: true,
        storage: true,
        schema: {
          openAPIV3Schema: {
            type: 'object',
            properties: {
              spec: {
                type: 'object',
                properties: { size: { type: 'integer' } }
              }
            }
          }
        }
      }
    ]
  }
}

function deployment(namespace: string, name: string, replicas: number) {
  const labels = { app: name }
  return {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name, namespace },
    spec: {
      replicas,
      selector: { matchLabels: labels },
      template: {
        metadata: { labels },
        spec: { containers: [{ name, image: 'registry.example/smoke:1' }] }
      }
    }
  }
}

function configMap(namespace: string, data: Record<string, string>) {
  return JSON.stringify({
    apiVersion: 'v1',
    kind: 'ConfigMap',
    metadata: { name: 'settings', namespace },
    data
  })
}

describe('the local control plane', () => {
  let ns: TestNamespace

  beforeAll(async () => {
    ns = await uniqueNamespace('smoke')
  })
  afterAll(async () => {
    await ns.cleanup()
    await kubectl([
      'delete',
      'crd',
      crd.metadata.name,
      '--ignore-not-found',
      '--wait=false'
    ])
  })

  it('serves Kubernetes v1.34.2 to a v1.34.2 kubectl', async () => {
    const { stdout } = await kubectl(['version', '-o', 'json'])
    const versions = JSON.parse(stdout) as {
      clientVersion: { gitVersion: string }
      serverVersion: { gitVersion: string }
    }
    expect(versions.serverVersion.gitVersion).toBe('v1.34.2')
    expect(versions.clientVersion.gitVersion).toBe('v1.34.2')
  })

  it('applies a Namespace, then a CRD and a resource of it once Established', async () => {
    const name = `${ns.name}-extra`
    const namespace = {
      apiVersion: 'v1',
      kind: 'Namespace',
      metadata: { name }
    }
    const applied = await kubectl(['apply', '--server-side', '-f', '-'], {
      input: JSON.stringify(namespace)
    })
    expect(applied.stdout).toContain(`namespace/${name} serverside-applied`)
    expect(await kubectlGet(['namespace', name], '{.status.phase}')).toBe(
      'Active'
    )
    await kubectl(['delete', 'namespace', name, '--wait=false'])

    await kubectl(['apply', '--server-side', '-f', '-'], {
      input: JSON.stringify(crd)
    })
    await kubectl([
      'wait',
      '--for=condition=Established',
      `crd/${crd.metadata.name}`,
      '--timeout=60s'
    ])
    const gadget = {
      apiVersion: 'smoke.clustersync.dev/v1',
      kind: 'Gadget',
      metadata: { name: 'g1', namespace: ns.name },
      spec: { size: 3 }
    }
    await kubectl(['apply', '--server-side', '-f', '-'], {
      input: JSON.stringify(gadget)
    })
    expect(
      await kubectlGet(['gadget', 'g1', '-n', ns.name], '{.spec.size}')
    ).toBe('3')
  })

  it('makes a Deployment Available with pods on the fake node', async () => {
    await kubectl(['apply', '--server-side', '-f', '-'], {
      input: JSON.stringify(deployment(ns.name, 'web', 2))
    })
    await kubectl([
      'wait',
      '--for=condition=Available',
      'deployment/web',
      '-n',
      ns.name,
      '--timeout=60s'
    ])
    const ready = await waitFor('2 ready replicas', async () => {
      const n = await kubectlGet(
        ['deployment', 'web', '-n', ns.name],
        '{.status.readyReplicas}'
      )
      return n === '2' ? n : undefined
    })
    expect(ready).toBe('2')
    const nodes = await kubectlGet(
      ['pods', '-n', ns.name, '-l', 'app=web'],
      '{.items[*].spec.nodeName}'
    )
    expect(nodes.split(' ')).toEqual([
      'clustersync-node-0',
      'clustersync-node-0'
    ])
  })

  it('leaves an object untouched when the same server-side apply repeats', async () => {
    const input = configMap(ns.name, { mode: 'fast' })
    const args = ['apply', '--server-side', '--field-manager=smoke', '-f', '-']
    const first = await kubectl(args, { input })
    expect(first.stdout).toContain('configmap/settings serverside-applied')
    const cm = ['configmap', 'settings', '-n', ns.name]
    const before = await kubectlGet(cm, '{.metadata.resourceVersion}')

    const second = await kubectl(args, { input })
    expect(second.stdout).toContain('configmap/settings serverside-applied')
    expect(await kubectlGet(cm, '{.metadata.resourceVersion}')).toBe(before)
    const diff = await kubectl(
      ['diff', '--server-side', '--field-manager=smoke', '-f', '-'],
      { input }
    )
    expect(diff.code).toBe(0)
    expect(diff.stdout).toBe('')
  })

  it('reports a conflict when another field manager changes an owned field', async () => {
    const cm = ['configmap', 'settings', '-n', ns.name]
    await kubectl(
      ['apply', '--server-side', '--field-manager=team-a', '-f', '-'],
      {
        input: configMap(ns.name, { owner: 'a' })
      }
    )
    const clash = await kubectl(
      ['apply', '--server-side', '--field-manager=team-b', '-f', '-'],
      { input: configMap(ns.name, { owner: 'b' }), allowFailure: true }
    )
    expect(clash.code).not.toBe(0)
    expect(clash.stderr).toMatch(/conflict/i)
    expect(clash.stderr).toContain('team-a')
    expect(clash.stderr).toContain('.data.owner')
    expect(await kubectlGet(cm, '{.data.owner}')).toBe('a')

    // --force-conflicts takes the field over, as the apply engine's
    // force option will.
    await kubectl(
      [
        'apply',
        '--server-side',
        '--field-manager=team-b',
        '--force-conflicts',
        '-f',
        '-'
      ],
      { input: configMap(ns.name, { owner: 'b' }) }
    )
    expect(await kubectlGet(cm, '{.data.owner}')).toBe('b')
  })

  it('finishes deleting a namespace with running pods within 60 s', async () => {
    const doomed = await uniqueNamespace('smoke-delete')
    await kubectl(['apply', '--server-side', '-f', '-'], {
      input: JSON.stringify(deployment(doomed.name, 'web', 1))
    })
    await kubectl([
      'wait',
      '--for=condition=Available',
      'deployment/web',
      '-n',
      doomed.name,
      '--timeout=60s'
    ])
    const t0 = Date.now()
    await kubectl(['delete', 'namespace', doomed.name, '--timeout=60s'])
    const gone = await kubectl(['get', 'namespace', doomed.name], {
      allowFailure: true
    })
    expect(gone.code).not.toBe(0)
    expect(gone.stderr).toContain('NotFound')
    expect(Date.now() - t0).toBeLessThan(60000)
  })
})
