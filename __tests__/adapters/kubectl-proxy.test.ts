/**
 * The kubectl proxy adapter when no channel can be had: it says why, in a
 * line the sync's warning quotes, and leaves no process or folder behind.
 * (The working channel is exercised end to end by the e2e sync suites.)
 */
import { chmodSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createKubectlProxyOpener } from '../../src/adapters/kubectl-proxy.js'

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
})
