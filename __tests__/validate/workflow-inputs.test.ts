/**
 * What the workflow gives a validation besides the repository: cluster-level
 * variables (a stack's own value wins, as in Ankra) and the names of the
 * registry credentials the run holds (a chart whose credential is missing is
 * an error naming the add-on and its place).
 */
import { MemoryFs } from '../../__fixtures__/fakes/memory-fs.js'
import {
  checkDefinition,
  type ValidateOptions
} from '../../src/validate/check-definition.js'

const definition = `apiVersion: v1
kind: ImportCluster
metadata:
  name: demo
spec:
  helm_registries:
    - name: private
      url: https://charts.internal.example
      credential_name: internal-login
  stacks:
    - name: apps
      variables:
        domain: stack.example
      manifests:
        - name: settings
          manifest_base64: ${Buffer.from(
            'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: settings\n  namespace: apps\ndata:\n  domain: ${{ ankra.domain }}\n  region: ${{ ankra.region }}\n'
          ).toString('base64')}
      addons:
        - name: web
          chart_name: web
          chart_version: "1.0.0"
          registry_name: private
        - name: api
          chart_name: api
          chart_version: "2.0.0"
          repository_url: https://charts.other.example
          registry_credential_name: other-login
`

async function check(options: Partial<ValidateOptions>) {
  return checkDefinition({
    fs: new MemoryFs({ '/repo/cluster.yaml': definition }),
    root: '/repo',
    file: 'cluster.yaml',
    mode: 'validate',
    ...options
  })
}

const configMap = (
  result: Awaited<ReturnType<typeof check>>
): Record<string, unknown> | undefined =>
  result.definition?.stacks[0]?.manifests[0]?.objects[0]?.body.data as
    Record<string, unknown> | undefined

describe('cluster-level variables', () => {
  it("fill references the stack leaves open; the stack's own value wins", async () => {
    const result = await check({
      variables: { domain: 'cluster.example', region: 'eu-west-1' }
    })
    expect(result.diagnostics.filter((d) => d.severity !== 'info')).toEqual([])
    expect(configMap(result)).toEqual({
      domain: 'stack.example',
      region: 'eu-west-1'
    })
    // The stack's variables are still its own, not the merged set.
    expect(result.definition?.stacks[0]?.variables).toEqual({
      domain: 'stack.example'
    })
  })

  it('without them, an open reference warns and is left as written', async () => {
    const result = await check({})
    expect(result.diagnostics.map((d) => d.code)).toContain('unknown-variable')
    expect(configMap(result)?.region).toBe('${{ ankra.region }}')
  })
})

describe('registry credential names', () => {
  it('are not checked when the run was given no credentials (validate)', async () => {
    const result = await check({})
    expect(
      result.diagnostics.filter((d) => d.code === 'missing-registry-credential')
    ).toEqual([])
  })

  it('name each add-on whose credential the run lacks, at its place', async () => {
    const result = await check({ credentialNames: new Set(['other-login']) })
    const missing = result.diagnostics.filter(
      (d) => d.code === 'missing-registry-credential'
    )
    expect(missing).toEqual([
      expect.objectContaining({
        severity: 'error',
        file: 'cluster.yaml',
        line: 21,
        message:
          'add-on "web" in stack "apps" (cluster.yaml:18) needs the registry credential "internal-login" (the credential_name of registry "private"), which the run was not given',
        hint: 'Add "internal-login" with its username and password to the registry-credentials input (Action) or the --registry-credentials file (CLI); given: other-login.'
      })
    ])
    expect(result.definition).toBeUndefined()
  })

  it("carry the registry's credential to its add-ons, and an add-on's own", async () => {
    const result = await check({
      credentialNames: new Set(['internal-login', 'other-login'])
    })
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([])
    const addons = result.definition?.stacks[0]?.addons ?? []
    expect(addons.map((a) => [a.name, a.chart.credentialName])).toEqual([
      ['web', 'internal-login'],
      ['api', 'other-login']
    ])
  })
})
