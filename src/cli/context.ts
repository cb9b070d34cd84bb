/**
 * What a CLI command may touch. `cli-entry.ts` builds the real one from the
 * process; tests build one with in-memory writers, so commands run in-process
 * and their output and exit codes can be asserted exactly.
 */
import type { Exec } from '../ports/exec.js'
import type { KubeApiOpener } from '../ports/kube-api.js'
import type { FileSystem } from '../ports/fs.js'
import type { Clock } from '../ports/clock.js'
import type { Writer } from '../ports/writer.js'

/** A worked example in a command's `--help`: what it does, then the command line. */
export interface CommandExample {
  description: string
  /** The whole command line, `clustersync …`; words are separated by single spaces. */
  command: string
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
   * Identifies the running code for recorded inputs (sync/run-sync.ts `build`);
   * absent, the sync command uses the running bundle's digest.
   */
  build?: string
  /**
   * Whether standard output may be coloured, decided once by runCli from
   * the terminal, NO_COLOR and --no-color (cli/color.ts); absent, no colour.
   */
  color?: boolean
  /**
   * Aborted when the process is asked to stop (SIGTERM, SIGINT: a cancelled
   * CI job, Ctrl-C): a sync then starts no more steps, lets the ones in
   * flight finish, records what it did and releases the lock.
   */
  signal?: AbortSignal
}

/** One subcommand: its flags, a one-line summary, examples, and what it runs. */
export interface Command {
  name: string
  summary: string
  /** The synopsis, `clustersync <name> [definition] [flags]`; flags are described by `options`. */
  usage: string
  /** Every flag the command accepts: its parser, help and completion all read this. */
  options: readonly import('./args.js').OptionSpec[]
  examples: readonly CommandExample[]
  /** The words its first argument may be (catalog's `list`, `search`, …), for completion. */
  actions?: readonly string[]
  /** Resolves with the exit code: 0 ok, 1 invalid/failed, 2 usage, 3 unreachable. */
  run(args: import('./args.js').ParsedArgs, ctx: CliContext): Promise<number>
}
