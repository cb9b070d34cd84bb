/**
 * Running a process. Implementations never go through a shell: the command
 * and its arguments are passed as an argv array (STYLE.md §5.9).
 */

export interface ExecOptions {
  /** Written to the process's standard input (manifests, values). */
  input?: string
  cwd?: string
  /** Extra environment variables, merged over the current environment. */
  env?: Record<string, string>
  /** Kill the process after this many milliseconds (SIGTERM, then SIGKILL). */
  timeoutMs?: number
  /** Aborts the process when signalled (cancelled runs). */
  signal?: AbortSignal
}

export interface ExecResult {
  exitCode: number
  stdout: string
  stderr: string
  /** True when the process was killed because of `timeoutMs`. */
  timedOut: boolean
}

/** Runs a command and resolves with its result; a non-zero exit is not a rejection. */
export interface Exec {
  run(
    command: string,
    args: readonly string[],
    options?: ExecOptions
  ): Promise<ExecResult>
}

/** The defaults every caller starts from. */
export function defaultExecOptions(): ExecOptions {
  return {}
}
