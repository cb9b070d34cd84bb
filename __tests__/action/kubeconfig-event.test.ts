import { decodeKubeconfig } from '../../src/action/kubeconfig.js'
import { readTrigger } from '../../src/action/event.js'
import { phaseLogger } from '../../src/action/sync-runner.js'
import { serverFromApi } from '../../src/cli/commands/history-run.js'
import { silentLogger } from '../../src/ports/logger.js'

const kubeconfig = `apiVersion: v1
kind: Config
clusters:
  - name: c
    cluster: { server: https://k8s.example.com, certificate-authority-data: Q0EtREFUQQ== }
users:
  - name: token-user
    user: { token: tok-123456 }
  - name: cert-user
    user: { client-certificate-data: Y2VydA==, client-key-data: ${Buffer.from('-----BEGIN KEY-----\nkeymaterial-xyz\n-----END KEY-----').toString('base64')} }
  - name: basic
    user: { username: admin, password: pa55word }
  - name: oidc
    user:
      auth-provider: { name: oidc, config: { id-token: idtok-999, refresh-token: refresh-888, client-id: kubectl } }
  - name: eks
    user:
      exec:
        apiVersion: client.authentication.k8s.io/v1beta1
        command: aws
        args: [eks, get-token, --cluster-name, prod]
        env:
          - { name: AWS_PROFILE, value: prod-profile }
          - { name: AWS_SECRET_ACCESS_KEY, value: awssecret-777 }
contexts: [{ name: x, context: { cluster: c, user: token-user } }]
current-context: x
`

describe('decodeKubeconfig', () => {
  it('finds every credential to mask, and leaves exec plugins untouched', () => {
    const { text, secrets } = decodeKubeconfig(kubeconfig)
    expect(text).toBe(kubeconfig)
    for (const s of [
      'tok-123456',
      'pa55word',
      'idtok-999',
      'refresh-888',
      'awssecret-777',
      'keymaterial-xyz'
    ]) {
      expect(secrets).toContain(s)
    }
    expect(secrets).not.toContain('prod-profile')
    expect(secrets).not.toContain('aws')
  })

  it('accepts base64 and rejects anything else without echoing it', () => {
    expect(
      decodeKubeconfig(Buffer.from(kubeconfig).toString('base64')).text
    ).toBe(kubeconfig)
    expect(() => decodeKubeconfig('hunter2-not-a-config')).toThrow(
      'input "kubeconfig" accepts the content of a kubeconfig file, plain or base64-encoded'
    )
    expect(() => decodeKubeconfig('hunter2-not-a-config')).not.toThrow(
      /hunter2/
    )
  })
})

describe('readTrigger', () => {
  const facts = {
    sha: 'a'.repeat(40),
    ref: 'refs/heads/main',
    actor: 'octocat',
    repository: 'octo/clusters'
  }
  it('syncs pushes (webhook) and dispatches (manual, by the actor)', () => {
    expect(
      readTrigger({
        ...facts,
        eventName: 'push',
        payload: { after: 'b'.repeat(40), sender: { login: 'hubot' } }
      })
    ).toMatchObject({
      mode: 'sync',
      source: 'webhook',
      sha: 'b'.repeat(40),
      triggeredBy: 'hubot',
      branch: 'main'
    })
    expect(
      readTrigger({
        ...facts,
        eventName: 'workflow_dispatch',
        payload: { inputs: { 'full-reconcile': 'true' } }
      })
    ).toMatchObject({
      mode: 'sync',
      source: 'manual',
      triggeredBy: 'octocat',
      fullReconcile: true
    })
  })

  it('never syncs a pull request, even when asked, and spots forks', () => {
    const payload = {
      pull_request: {
        number: 7,
        head: {
          sha: 'c'.repeat(40),
          repo: { full_name: 'someone/clusters', fork: true }
        },
        base: { ref: 'main' }
      }
    }
    expect(
      readTrigger({ ...facts, eventName: 'pull_request', payload }, 'sync')
    ).toMatchObject({
      mode: 'plan',
      source: 'pull_request',
      sha: 'c'.repeat(40),
      pullRequest: 7,
      fromFork: true
    })
  })

  it('plans on a schedule (drift), unless mode asks for a sync or a validation', () => {
    const schedule = { ...facts, eventName: 'schedule', payload: {} }
    expect(readTrigger(schedule)).toMatchObject({
      mode: 'plan',
      source: 'schedule'
    })
    expect(readTrigger(schedule, 'sync')).toMatchObject({
      mode: 'sync',
      source: 'schedule',
      triggeredBy: 'schedule'
    })
    expect(readTrigger(schedule, 'validate')).toMatchObject({
      mode: 'validate'
    })
  })
})

describe('phaseLogger', () => {
  it('reports each later phase once, from the engine progress lines', () => {
    const seen: string[] = []
    const lines: string[] = []
    const logger = phaseLogger(
      { ...silentLogger, info: (m) => void lines.push(m) },
      (phase, detail) =>
        void seen.push(`${phase}${detail ? ` (${detail})` : ''}`)
    )
    for (const line of [
      'Fetching: cluster.yaml',
      'Validating',
      'Applying: 2 steps',
      'applied x',
      'Completed: 2 applied'
    ]) {
      logger.info(line)
    }
    expect(seen).toEqual(['Applying (2 steps)', 'Completed (2 applied)'])
    expect(lines).toHaveLength(5)
  })
})

describe('serverFromApi', () => {
  it('derives the server URL for links from the API URL', () => {
    expect(serverFromApi('https://api.github.com')).toBe('https://github.com')
    expect(serverFromApi('https://ghe.example.com/api/v3')).toBe(
      'https://ghe.example.com'
    )
  })
})
