import { readInputs, readInputsChecked } from '../../src/inputs.js'

const saved = { ...process.env }
beforeEach(() => {
  for (const key of Object.keys(process.env)) {
    if (key.startsWith('INPUT_')) delete process.env[key]
  }
})
afterAll(() => {
  process.env = saved
})
const set = (name: string, value: string) => {
  process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value
}
const problem = (): string =>
  readInputsChecked().problems.map((p) => p.message)[0] ?? ''

describe('registry-credentials', () => {
  it('reads a mapping from credential name to username and password', () => {
    set(
      'registry-credentials',
      'private-charts:\n  username: ci\n  password: "s3cr3t-pass"\nghcr:\n  username: bot\n  password: ghp_token\n'
    )
    expect([...readInputs().registryCredentials]).toEqual([
      ['private-charts', { username: 'ci', password: 's3cr3t-pass' }],
      ['ghcr', { username: 'bot', password: 'ghp_token' }]
    ])
  })

  it('reads the host a credential is bound to, lower-cased, and refuses one that is not a host', () => {
    set(
      'registry-credentials',
      'lan:\n  username: ci\n  password: p4ss-word\n  host: Charts.LAN:8080\n'
    )
    expect([...readInputs().registryCredentials]).toEqual([
      [
        'lan',
        { username: 'ci', password: 'p4ss-word', host: 'charts.lan:8080' }
      ]
    ])
    set(
      'registry-credentials',
      'lan:\n  username: ci\n  password: p4ss-word\n  host: https://charts.lan/x\n'
    )
    expect(problem()).toMatch(
      /^input "registry-credentials": credential "lan" has a host that is not a host name/
    )
  })

  it('names the credential and field at fault, never a value', () => {
    set('registry-credentials', 'private-charts:\n  username: ci\n')
    expect(problem()).toBe(
      'input "registry-credentials": credential "private-charts" needs a non-empty password written as text (quote it if YAML reads it as a number or boolean)'
    )
    set(
      'registry-credentials',
      'x:\n  username: ci\n  password: p4ss\n  pw: z\n'
    )
    expect(problem()).toBe(
      'input "registry-credentials": credential "x" has an unknown field "pw" (only username, password and host)'
    )
    set('registry-credentials', '- s3cr3t-in-a-list\n')
    expect(problem()).toMatch(
      /^input "registry-credentials" must be a YAML mapping/
    )
    set('registry-credentials', 'a: [s3cr3t-unclosed\n')
    expect(problem()).toMatch(/^input "registry-credentials" is not valid YAML/)
    expect(problem()).not.toContain('s3cr3t')
  })
})

describe('variables and secret-variables', () => {
  it('reads both mappings; integers and booleans are text as written', () => {
    set('variables', 'domain: example.com\nreplicas: 3\nenabled: true\n')
    set('secret-variables', 'api_token: tok-123\n')
    expect(readInputs().variables).toEqual({
      plain: { domain: 'example.com', replicas: '3', enabled: 'true' },
      secret: { api_token: 'tok-123' }
    })
  })

  it('refuses a name given as both, a bad name, and a non-text value', () => {
    set('variables', 'token: a\n')
    set('secret-variables', 'token: b\n')
    expect(problem()).toBe(
      'variable "token" is given both as a variable and as a secret variable; give it once'
    )
    set('variables', 'bad name: a\n')
    expect(problem()).toMatch(/"bad name" is not a variable name/)
    set('variables', '')
    set('secret-variables', 'token: [hidden-value]\n')
    expect(problem()).toBe(
      'input "secret-variables": variable "token" must be text (quote it; lists, mappings, empty and decimal values are refused)'
    )
  })
})
