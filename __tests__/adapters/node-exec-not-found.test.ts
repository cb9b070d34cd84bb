/**
 * A tool that is not installed is named with PATH and the way to point at
 * it, not Node's `spawn helm ENOENT`, which says neither.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createNodeExec } from '../../src/adapters/node-exec.js'

describe('a program that cannot be started', () => {
  const exec = createNodeExec()

  it('names helm, PATH and the --helm flag when helm is missing', async () => {
    await expect(
      exec.run('helm-that-is-not-installed', ['version'])
    ).rejects.toMatchObject({
      code: 'ENOENT',
      message:
        "helm-that-is-not-installed was not found on PATH: install helm v3 or v4, or give its path with --helm (the Action's `helm` input)"
    })
  })

  it('names the path given for kubectl', async () => {
    await expect(exec.run('/nowhere/kubectl', [])).rejects.toThrow(
      '/nowhere/kubectl was not found: install kubectl, or give its path with --kubectl'
    )
  })

  it('says a file that is not executable cannot be run', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'clustersync-exec-'))
    try {
      const file = join(dir, 'helm')
      writeFileSync(file, '#!/bin/sh\n', { mode: 0o644 })
      await expect(exec.run(file, [])).rejects.toThrow(
        `${file} cannot be run (permission denied)`
      )
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})
