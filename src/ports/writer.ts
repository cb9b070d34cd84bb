/**
 * Where text output goes: the CLI's standard output and error, or a test's
 * buffer. A port, so the CLI's logger adapter and the commands share it
 * without the adapter depending on the CLI.
 */
export interface Writer {
  write(text: string): void
  /** True when output goes to a terminal (colours, relative times). */
  isTTY: boolean
}
