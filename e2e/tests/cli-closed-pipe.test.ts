// The built CLI with its output piped to a reader that stops early, as
// `clustersync validate … | head -1` does: the run must not die of the
// closed pipe with a Node stack trace (an unhandled EPIPE), and must end
// with its own exit code (1 for an invalid definition, 0 for a plan).
import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

const repoRoot = fileURLToPath(new URL('../../', import.meta.url))

/** Many manifests, each with a name no object can have when `bad` (a diagnostic each). */
function definition(bad: boolean): string {
  const manifests = Array.from({ length: 400 }, (_, i) =>
    [
      `        - name: m${i}`,
      '          manifest: |',
      '            apiVersion: v1',
      '            kind: ConfigMap',
      `            metadata: {name: ${bad ? `bad/${i}` : `cm-${i}`}, namespace: web}`
    ].join('\n')
  )
  return `apiVersion: v1\nkind: ImportCluster\nmetadata:\n  name: piped\nspec:\n  stacks:\n    - name: s\n      manifests:\n${manifests.join('\n')}\n`
}

/**
 * Runs the CLI into `head -c 100` through a real pipe, as a shell does (a
 * Node-made pipe to the test would keep draining it): the exit code is the
 * CLI's own (`PIPESTATUS`), stderr its and head's.
 */
function intoHead(args: readonly string[]): {
  code: number | null
  stderr: string
} {
  const run = spawnSync(
    'bash',
    [
      '-c',
      '"$@" | head -c 100 > /dev/null; exit "${PIPESTATUS[0]}"',
      'bash',
      process.execPath,
      'dist/cli/index.js',
      ...args
    ],
    { cwd: repoRoot, encoding: 'utf8', timeout: 60_000 }
  )
  return { code: run.status, stderr: run.stderr }
}

describe('the CLI piped to a reader that stops early', () => {
  let dir: string
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'clustersync-pipe-'))
    writeFileSync(join(dir, 'invalid.yaml'), definition(true))
    writeFileSync(join(dir, 'valid.yaml'), definition(false))
  })
  afterAll(() => rmSync(dir, { recursive: true, force: true }))

  it('validate stops printing quietly and still exits 1 for an invalid definition', () => {
    const run = intoHead(['validate', join(dir, 'invalid.yaml')])
    expect(run.stderr).not.toContain('EPIPE')
    expect(run.stderr).not.toMatch(/\n\s+at /)
    expect(run.code).toBe(1)
  })

  it('an offline plan in JSON stops printing quietly and exits 0', () => {
    const run = intoHead([
      'plan',
      join(dir, 'valid.yaml'),
      '--no-live',
      '--format',
      'json'
    ])
    expect(run.stderr).toBe('')
    expect(run.code).toBe(0)
  })
})
