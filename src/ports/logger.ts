/**
 * Progress and log output. The Action's adapter writes workflow commands; the
 * CLI's writes to standard error. Domain code never writes to the console.
 */

export interface Logger {
  debug(message: string): void
  info(message: string): void
  warning(message: string): void
  error(message: string): void
  /** Runs `fn` inside a collapsible group (a plain heading on the CLI). */
  group<T>(title: string, fn: () => Promise<T>): Promise<T>
  /** Registers a secret so that no later output shows it. */
  mask(secret: string): void
  /**
   * `text` with every registered secret hidden, for text bound elsewhere
   * than the log (the record a sync writes in the cluster). Without it the
   * text is kept as it is (a logger that registers nothing).
   */
  redact?: (text: string) => string
}

/** A logger that drops everything; for library callers that want silence. */
export const silentLogger: Logger = {
  debug: () => undefined,
  info: () => undefined,
  warning: () => undefined,
  error: () => undefined,
  group: (_title, fn) => fn(),
  mask: () => undefined
}
