import { ConfigYamlError, parseConfigYaml } from '../src/config-yaml.js'
import { clusterNameIn } from '../src/definition/cluster-name.js'

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

  it('honours merge keys as kubectl does, in kubeconfigs and in the early name peek', () => {
    const kubeconfig = [
      'x-cluster: &base {server: https://127.0.0.1:6443, insecure-skip-tls-verify: false}',
      'clusters:',
      '- name: a',
      '  cluster:',
      '    <<: *base',
      '    insecure-skip-tls-verify: true',
      ''
    ].join('\n')
    expect(parseConfigYaml(kubeconfig)).toMatchObject({
      clusters: [
        {
          name: 'a',
          cluster: {
            server: 'https://127.0.0.1:6443',
            'insecure-skip-tls-verify': true
          }
        }
      ]
    })
    expect(
      clusterNameIn(
        'x: &meta {name: shop}\napiVersion: v1\nkind: ImportCluster\nmetadata:\n  <<: *meta\n'
      )
    ).toBe('shop')
  })

  it('refuses tags and control characters', () => {
    for (const text of [
      'a: 1\nb: !Ref x\n',
      'a: 1\nb: x\u0000\n',
      'b: \u001b\n'
    ]) {
      expect(() => parseConfigYaml(text)).toThrow(ConfigYamlError)
    }
  })
})
