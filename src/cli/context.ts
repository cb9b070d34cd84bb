/**
 * What a CLI command may touch. `cli-entry.ts` builds the real one from the
 * process; tests build one with in-memory writers, so commands run in-process
 * and their output and exit codes can be asserted exactly.
 */
import type { Exec } from '../ports/exec.js'
import type { KubeApiOpener } from '../ports/kube-api.js'
import type { FileSystem } from '../ports/fs.js'
import type { Clock } from '../ports/clock.js'
import type { CheckoutHead } from '../adapters/git-files.js'

export interface Writer {
  write(text: string): void
  /** True when output goes to a terminal (colours, relative times). */
  isTTY: boolean
}

export interface CliContext {
  stdout: Writer
  stderr: Writer
  cwd: string
  env: Readonly<Record<string, string | undefined>>
  fs: FileSystem
  exec: Exec
  clock: Clock
  /** Opens the API channel syncs apply over; absent, every call is a kubectl process. */
  kubeApi?: KubeApiOpener
  /**
   * What git would print for a folder (its top, HEAD's commit and branch)
   * read without a git process; 'none' outside any repository, undefined
   * when unsure. Absent or unsure, the commands run git (git-answers.ts).
   */
  checkout?: (folder: string) => CheckoutHead | 'none' | undefined
  /**
   * Identifies the running code for recorded inputs (sync.ts `build`);
   * absent, the sync command uses the running bundle's digest.
   */
  build?: string
}

/** One subcommand: its flags, a one-line summary, and what it runs. */
export interface Command {
  name: string
  summary: string
  usage: string
  options: readonly import('./args.js').OptionSpec[]
  /** Resolves with the exit code: 0 ok, 1 invalid/failed, 2 usage, 3 unreachable. */
  run(args: import('./args.js').ParsedArgs, ctx: CliContext): Promise<number>
}
