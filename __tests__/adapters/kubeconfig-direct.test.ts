/**
 * When a sync may talk to the API server itself, read from the kubeconfig
 * alone: which file kubectl would read, the context and its namespace, paths
 * relative to the kubeconfig's folder, the server's path prefix, and every
 * setting only kubectl can honour, each answered with a reason that never
 * quotes a credential.
 */
import {
  directChannel,
  type DirectChannel
} from '../../src/adapters/kubeconfig-direct.js'

const secret = 'sEcReT-t0ken-value'
const caData = Buffer.from('-----BEGIN CERTIFICATE-----\nCA\n').toString(
  'base64'
)

/** A kubeconfig with one context `main` (current) and one `other`. */
function kubeconfig(
  parts: {
    cluster?: Record<string, unknown>
    user?: Record<string, unknown>
    namespace?: unknown
    current?: string
  } = {}
): string {
  return JSON.stringify({
    apiVersion: 'v1',
    kind: 'Config',
    'current-context': parts.current ?? 'main',
    clusters: [
      {
        name: 'prod',
        cluster: parts.cluster ?? {
          server: 'https://api.example.test:6443',
          'certificate-authority-data': caData
        }
      },
      { name: 'lab', cluster: { server: 'http://127.0.0.1:8080' } }
    ],
    users: [
      { name: 'admin', user: parts.user ?? { token: secret } },
      { name: 'lab-user', user: { token: 'lab-token' } }
    ],
    contexts: [
      {
        name: 'main',
        context: {
          cluster: 'prod',
          user: 'admin',
          ...(parts.namespace !== undefined
            ? { namespace: parts.namespace }
            : {})
        }
      },
      { name: 'other', context: { cluster: 'lab', user: 'lab-user' } }
    ]
  })
}

const file = '/home/dev/.kube/config'

function channel(text: string, context?: string): DirectChannel {
  const read = directChannel([{ file, text }], context)
  if (!('protocol' in read))
    throw new Error(`not direct: ${JSON.stringify(read)}`)
  return read
}

function reason(text: string, context?: string): string {
  const read = directChannel([{ file, text }], context)
  if (!('fallback' in read)) throw new Error('expected a fallback')
  expect(read.fallback).not.toContain(secret)
  return read.fallback
}

describe('directChannel', () => {
  it('reads a token and an inline CA for the current context', () => {
    expect(channel(kubeconfig())).toEqual({
      protocol: 'https:',
      hostname: 'api.example.test',
      port: 6443,
      address: 'api.example.test:6443',
      prefix: '',
      ca: { data: Buffer.from(caData, 'base64') },
      token: secret,
      insecure: false,
      namespace: 'default'
    })
  })

  it('uses the context asked for, and the context namespace', () => {
    expect(channel(kubeconfig(), 'other')).toMatchObject({
      protocol: 'http:',
      hostname: '127.0.0.1',
      port: 8080,
      token: 'lab-token',
      namespace: 'default'
    })
    expect(channel(kubeconfig({ namespace: 'team' })).namespace).toBe('team')
    expect(channel(kubeconfig({ namespace: '' })).namespace).toBe('default')
    expect(directChannel([{ file, text: kubeconfig() }], 'missing')).toEqual({
      problem: `context "missing" not found in kubeconfig ${file}; contexts: main, other`
    })
    expect(
      directChannel([{ file, text: kubeconfig({ current: '' }) }])
    ).toEqual({
      problem: `no context given and kubeconfig ${file} sets no current-context; contexts: main, other`
    })
    expect(
      directChannel([{ file, text: kubeconfig({ current: 'gone' }) }])
    ).toEqual({
      problem: `current-context "gone" not found in kubeconfig ${file}; contexts: main, other`
    })
    expect(reason('clusters: []')).toBe(
      'the kubeconfig names no current-context'
    )
  })

  it('keeps the server path prefix (Rancher-style), without its trailing slash', () => {
    const prefixed = (server: string): string =>
      channel(kubeconfig({ cluster: { server }, user: { token: 't' } })).prefix
    expect(prefixed('https://rancher.test/k8s/clusters/c-1')).toBe(
      '/k8s/clusters/c-1'
    )
    expect(prefixed('https://rancher.test/k8s/clusters/c-1/')).toBe(
      '/k8s/clusters/c-1'
    )
    expect(prefixed('https://rancher.test/')).toBe('')
    expect(
      channel(
        kubeconfig({
          cluster: { server: 'https://[::1]:6443' },
          user: { token: 't' }
        })
      )
    ).toMatchObject({ hostname: '::1', port: 6443, address: '[::1]:6443' })
    expect(
      channel(
        kubeconfig({
          cluster: { server: 'https://k8s.test' },
          user: { token: 't' }
        })
      )
    ).toMatchObject({ port: 443, address: 'k8s.test:443' })
  })

  it('resolves credential files against the kubeconfig folder, as kubectl does', () => {
    const read = channel(
      kubeconfig({
        cluster: {
          server: 'https://k8s.test',
          'certificate-authority': 'pki/ca.crt',
          'tls-server-name': 'kubernetes'
        },
        user: {
          'client-certificate': '../certs/me.crt',
          'client-key': '/etc/keys/me.key',
          tokenFile: 'token'
        }
      })
    )
    expect(read).toMatchObject({
      ca: { file: '/home/dev/.kube/pki/ca.crt' },
      cert: { file: '/home/dev/certs/me.crt' },
      key: { file: '/etc/keys/me.key' },
      tokenFile: '/home/dev/.kube/token',
      servername: 'kubernetes'
    })
  })

  it('takes client certificates inline and insecure-skip-tls-verify', () => {
    const pem = Buffer.from('PEM').toString('base64')
    const read = channel(
      kubeconfig({
        cluster: {
          server: 'https://k8s.test',
          'insecure-skip-tls-verify': true
        },
        user: { 'client-certificate-data': pem, 'client-key-data': pem }
      })
    )
    expect(read).toMatchObject({
      cert: { data: Buffer.from('PEM') },
      key: { data: Buffer.from('PEM') },
      insecure: true
    })
    expect(read.token).toBeUndefined()
  })

  it('treats empty settings as absent, as kubectl does', () => {
    expect(
      channel(
        kubeconfig({
          user: { token: secret, exec: null, as: '', 'as-groups': [] }
        })
      ).token
    ).toBe(secret)
  })

  it.each([
    ['exec', { apiVersion: 'client.authentication.k8s.io/v1', command: 'aws' }],
    ['auth-provider', { name: 'oidc' }],
    ['username', 'admin'],
    ['password', 'hunter2'],
    ['as', 'someone'],
    ['as-uid', '1234'],
    ['as-groups', ['system:masters']],
    ['as-user-extra', { reason: ['audit'] }],
    ['something-new', 'x']
  ])('leaves a user with %s to kubectl', (key, value) => {
    expect(reason(kubeconfig({ user: { token: secret, [key]: value } }))).toBe(
      `user "admin" has "${key}", which only kubectl can use`
    )
  })

  it.each<[string, Record<string, unknown>, Record<string, unknown>, string]>([
    [
      'a proxy-url',
      { server: 'https://k8s.test', 'proxy-url': 'socks5://p:1080' },
      { token: secret },
      'cluster "prod" has a proxy-url'
    ],
    [
      'no server',
      { 'certificate-authority-data': caData },
      { token: secret },
      'cluster "prod" has no server'
    ],
    [
      'a server that is not http(s)',
      { server: 'unix:///run/k8s.sock' },
      { token: secret },
      'cluster "prod" has a server that is not http(s)'
    ],
    [
      'a server with credentials in its URL',
      { server: `https://me:${secret}@k8s.test` },
      { token: secret },
      'cluster "prod" has a server URL with credentials, a query or a fragment'
    ],
    [
      'an unknown cluster setting',
      { server: 'https://k8s.test', 'future-thing': true },
      { token: secret },
      'cluster "prod" has "future-thing", which only kubectl reads'
    ],
    [
      'both CA forms',
      {
        server: 'https://k8s.test',
        'certificate-authority': 'ca.crt',
        'certificate-authority-data': caData
      },
      { token: secret },
      'cluster "prod" has both certificate-authority and certificate-authority-data'
    ],
    [
      'insecure with a CA',
      {
        server: 'https://k8s.test',
        'certificate-authority-data': caData,
        'insecure-skip-tls-verify': true
      },
      { token: secret },
      'cluster "prod" sets both insecure-skip-tls-verify and a certificate authority'
    ],
    [
      'a CA that is not base64',
      {
        server: 'https://k8s.test',
        'certificate-authority-data': 'not base64!'
      },
      { token: secret },
      'cluster "prod" has a certificate-authority-data that is not base64'
    ],
    [
      'no credentials',
      { server: 'https://k8s.test' },
      {},
      'user "admin" has no client certificate and no token'
    ],
    [
      'a certificate without its key',
      { server: 'https://k8s.test' },
      { 'client-certificate': 'me.crt' },
      'user "admin" has a client certificate or key without the other'
    ],
    [
      'a token that is not a string',
      { server: 'https://k8s.test' },
      { token: 12345 },
      'user "admin" has a token that is not a string'
    ]
  ])('leaves a kubeconfig with %s to kubectl', (_, cluster, user, why) => {
    expect(reason(kubeconfig({ cluster, user }))).toBe(why)
  })

  it('says a kubeconfig is not YAML by line only, never quoting it', () => {
    const broken = `users:\n- name: admin\n  user:\n    token: ${secret}\n  : [\n`
    expect(reason(broken)).toMatch(/^the kubeconfig is not valid YAML/)
    expect(reason('')).toBe('the kubeconfig is empty')
  })

  it('names a missing or doubled cluster or user', () => {
    const text = JSON.stringify({
      'current-context': 'c',
      contexts: [{ name: 'c', context: { cluster: 'k', user: 'u' } }],
      clusters: [
        { name: 'k', cluster: { server: 'https://a' } },
        { name: 'k', cluster: { server: 'https://b' } }
      ]
    })
    expect(reason(text)).toBe('cluster "k" is in the kubeconfig twice')
    const noUser = JSON.stringify({
      'current-context': 'c',
      contexts: [{ name: 'c', context: { cluster: 'k', user: 'u' } }],
      clusters: [{ name: 'k', cluster: { server: 'https://a' } }]
    })
    expect(reason(noUser)).toBe('user "u" is not in the kubeconfig')
  })

  it.each([
    ['insecure-skip-tls-verify: yes', 'the word "yes"'],
    ['insecure-skip-tls-verify: true, tls-server-name: on', 'the word "on"']
  ])(
    'leaves YAML 1.1 forms to kubectl, whose parser reads them otherwise (%s)',
    (extra, what) => {
      const text = [
        'current-context: c',
        'contexts: [{name: c, context: {cluster: k, user: u}}]',
        `clusters: [{name: k, cluster: {server: "https://a", ${extra}}}]`,
        'users: [{name: u, user: {token: t}}]'
      ].join('\n')
      expect(reason(text)).toBe(
        `the kubeconfig uses ${what}, which YAML 1.1 (kubectl's parser) reads differently`
      )
    }
  )

  it('reads "<<" merge keys as kubectl does: keys written beside them win', () => {
    const text = [
      'x-tls: &tls {insecure-skip-tls-verify: true, server: "https://b"}',
      'current-context: c',
      'contexts: [{name: c, context: {cluster: k, user: u}}]',
      'clusters: [{name: k, cluster: {<<: *tls, server: "https://a"}}]',
      'users: [{name: u, user: {token: t}}]'
    ].join('\n')
    expect(channel(text)).toMatchObject({ hostname: 'a', insecure: true })
  })

  it('reads YAML 1.2 booleans', () => {
    const text = [
      'current-context: c',
      'contexts: [{name: c, context: {cluster: k, user: u}}]',
      'clusters: [{name: k, cluster: {server: "https://a", insecure-skip-tls-verify: true}}]',
      'users: [{name: u, user: {token: t}}]'
    ].join('\n')
    expect(channel(text).insecure).toBe(true)
  })
})
