import { ConfigYamlError, parseConfigYaml } from '../src/config-yaml.js'

describe('configuration files read as plain data', () => {
  it('reads a kubeconfig as data, YAML 1.2 core', () => {
    expect(
      parseConfigYaml('apiVersion: v1\nclusters: []\nport: 0x10\n')
    ).toEqual({ apiVersion: 'v1', clusters: [], port: 16 })
  })

  it('names the line of a syntax error and never quotes the text (it may hold a credential)', () => {
    const text = 'users:\n- name: u\n  user: {token: "s3cr3t\n'
    let caught: unknown
    try {
      parseConfigYaml(text)
    } catch (error) {
      caught = error
    }
    expect(caught).toBeInstanceOf(ConfigYamlError)
    expect((caught as ConfigYamlError).line).toBeGreaterThan(0)
    expect((caught as Error).message).not.toContain('s3cr3t')
  })

  it('refuses a key given twice, unless lenient (machine-written Helm indexes): then the last wins', () => {
    expect(() => parseConfigYaml('a: 1\na: 2\n')).toThrow(ConfigYamlError)
    expect(parseConfigYaml('a: 1\na: 2\n', { lenient: true })).toEqual({ a: 2 })
  })
})
