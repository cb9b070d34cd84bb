/**
 * The kubectl proxy adapter when no channel can be had: it says why, in a
 * line the sync's warning quotes, and leaves no process or folder behind;
 * and how it words a request that got no answer. (The working channel is
 * exercised end to end by the e2e sync suites.)
 */
import { chmodSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import {
  createKubectlProxyOpener,
  proxyFailure
} from '../../src/adapters/kubectl-proxy.js'
import { isTransient } from '../../src/cluster/retry.js'
import { ConfigurationError } from '../../src/errors.js'

const scratch = mkdtempSync(join(tmpdir(), 'clustersync-proxy-test-'))

function script(name: string, body: string): string {
  const path = join(scratch, name)
  writeFileSync(path, `#!/bin/sh\n${body}\n`)
  chmodSync(path, 0o755)
  return path
}

const channelFolders = (): string[] =>
  readdirSync(tmpdir()).filter((n) => n.startsWith('clustersync-api-'))

describe('createKubectlProxyOpener', () => {
  it('says kubectl could not be started', async () => {
    const opened = await createKubectlProxyOpener().open({
      kubectl: join(scratch, 'no-such-kubectl')
    })
    expect('unavailable' in opened && opened.unavailable).toMatch(
      /^it could not be started: .*ENOENT/
    )
  })

  it('quotes the first line kubectl wrote before it exited, and cleans up', async () => {
    const before = channelFolders()
    const kubectl = script(
      'old-kubectl',
      'echo "error: unknown flag: --unix-socket" >&2\necho "See kubectl proxy --help" >&2\nexit 1'
    )
    const opened = await createKubectlProxyOpener().open({ kubectl })
    expect(opened).toEqual({
      unavailable: 'it exited with code 1: error: unknown flag: --unix-socket'
    })
    expect(channelFolders()).toEqual(before)
  })

  it('refuses a kubeconfig kubectl cannot load as configuration to fix, quoting none of it', async () => {
    const kubectl = script(
      'kubectl-bad-config',
      'echo \'error: error loading config file "/x/kubeconfig": yaml: line 3: token s3cr3t-value\' >&2\nexit 1'
    )
    const opening = createKubectlProxyOpener().open({ kubectl })
    await expect(opening).rejects.toBeInstanceOf(ConfigurationError)
    await expect(opening).rejects.toThrow(
      /^kubectl cannot load the kubeconfig \/x\/kubeconfig: .*fix it, or name another with --kubeconfig$/
    )
    await expect(opening).rejects.not.toThrow(/s3cr3t/)
  })
})

describe('proxyFailure', () => {
  const failing = (code: string, message = `${code} on the socket`) =>
    Object.assign(new Error(message), { code })

  it('words a reset or a timeout so that it is retried', () => {
    const reset = proxyFailure(failing('ECONNRESET'))
    expect(reset).toBe(
      'the API channel (kubectl proxy) failed: connection reset by peer (ECONNRESET on the socket)'
    )
    const pipe = proxyFailure(failing('EPIPE'))
    expect(pipe).toBe(
      'the API channel (kubectl proxy) failed: broken pipe (EPIPE on the socket)'
    )
    const slow = proxyFailure(new Error('request timed out (100 ms)'))
    expect(slow).toBe(
      'the API channel (kubectl proxy) failed: i/o timeout (request timed out (100 ms))'
    )
    for (const text of [reset, pipe, slow])
      expect(isTransient({ stderr: text })).toBe(true)
  })

  it('says the proxy is gone when its socket refuses or vanished, which no retry fixes', () => {
    for (const code of ['ECONNREFUSED', 'ENOENT']) {
      const text = proxyFailure(failing(code))
      expect(text).toBe(
        `the API channel (kubectl proxy) is gone: kubectl proxy stopped (${code} on the socket)`
      )
      expect(isTransient({ stderr: text })).toBe(false)
    }
    expect(proxyFailure('odd')).toBe(
      'the API channel (kubectl proxy) failed: odd'
    )
  })
})
