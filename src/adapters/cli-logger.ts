/**
 * The Logger port for the CLI: progress on standard error (standard output is
 * for results, so `--format json` stays parseable), with registered secrets
 * replaced by `***` before anything is written.
 */
import type { Logger } from '../ports/logger.js'
import type { Writer } from '../ports/writer.js'
import { displayLines, displayText } from '../redact.js'
import { hideSecrets } from '../secrets/cut-starts.js'

/**
 * The CLI's logger, and its masking for what a command prints on standard
 * output (a plan or a sync result may quote a value a tool's error named).
 */
export interface CliLogger extends Logger {
  /** `text` with every registered secret replaced by `***`. */
  redact: (text: string) => string
}

/** Creates a logger writing to `stderr`; `verbose` shows debug lines. */
export function createCliLogger(stderr: Writer, verbose = false): CliLogger {
  const secrets = new Set<string>()
  // Longest first: a secret may hold another (a password inside a token, a
  // long value and the start of it a plan's path shows), and hiding the
  // shorter first would leave the rest of the longer in clear.
  let longestFirst: string[] | undefined
  const redact = (text: string): string => {
    longestFirst ??= [...secrets].sort((a, b) => b.length - a.length)
    return hideSecrets(text, longestFirst)
  }
  // Progress lines are one line each; warnings and errors may carry a
  // tool's output over several, indented so none passes for a line of ours.
  const line = (prefix: string, message: string, many = false): void =>
    stderr.write(
      `${prefix}${(many ? displayLines : displayText)(redact(message))}\n`
    )
  return {
    debug: (m) => {
      if (verbose) line('debug: ', m, true)
    },
    info: (m) => line('', m),
    warning: (m) => line('warning: ', m, true),
    error: (m) => line('error: ', m, true),
    group: async (title, fn) => {
      line('', `── ${title}`)
      return fn()
    },
    redact,
    mask: (secret) => {
      // Very short strings would redact ordinary words; tokens and keys are long.
      if (secret.length >= 4 && !secrets.has(secret)) {
        secrets.add(secret)
        longestFirst = undefined
      }
    }
  }
}
