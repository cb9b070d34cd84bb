// Repositories a pull request could push that are not plain files: FIFOs,
// links to devices and to places outside the repository. Built in a temp
// folder per test, with real FIFOs (mkfifo) and real symlinks.
import { execFileSync, spawn, type ChildProcess } from 'node:child_process'
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'

/** A file's text, a FIFO, or a symlink to `link` (written as given). */
export type HostileEntry = string | { fifo: true } | { link: string }

/** Creates a repository of `entries` (repository-relative paths) and returns its root. */
export function hostileRepo(entries: Record<string, HostileEntry>): string {
  const root = mkdtempSync(join(tmpdir(), 'clustersync-hostile-'))
  for (const [path, entry] of Object.entries(entries)) {
    const at = join(root, path)
    mkdirSync(dirname(at), { recursive: true })
    if (typeof entry === 'string') writeFileSync(at, entry)
    else if ('fifo' in entry) execFileSync('mkfifo', [at])
    else symlinkSync(entry.link, at)
  }
  return root
}

/**
 * A guard for code under test that might block on `fifo` (open() of a FIFO
 * waits for a writer, and a synchronous read blocks the whole test
 * process, where no test timeout can fire): after `ms`, another process
 * opens the FIFO for writing and closes it, which ends any read waiting on
 * it, so such a test fails on its timing instead of hanging. Stop it after
 * the test; it then never touches the FIFO.
 */
export function unblockFifoAfter(fifo: string, ms: number): { stop(): void } {
  const child: ChildProcess = spawn(
    process.execPath,
    [
      '-e',
      `setTimeout(() => require('fs').closeSync(require('fs').openSync(${JSON.stringify(fifo)}, 'w')), ${ms})`
    ],
    { stdio: 'ignore' }
  )
  return { stop: () => void child.kill('SIGKILL') }
}

/** A minimal valid definition: one stack with one manifest or add-on given as YAML lines. */
export function definition(stackLines: string[]): string {
  return [
    'apiVersion: v1',
    'kind: ImportCluster',
    'metadata:',
    '  name: shop',
    'spec:',
    '  stacks:',
    '    - name: base',
    ...stackLines.map((l) => `      ${l}`),
    ''
  ].join('\n')
}
