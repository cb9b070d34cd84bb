/**
 * The two error kinds of STYLE.md §5.4, plus the classifications the CLI maps
 * to exit codes: 1 = invalid definition or failed operation, 2 = usage error,
 * 3 = the cluster or another external system could not be reached.
 */

/** Something the user can fix in the definition, the inputs or the flags. */
export class ConfigurationError extends Error {
  override readonly name = 'ConfigurationError'
}

/** A command-line usage mistake (unknown flag, missing argument): exit code 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError'
}

/** A cluster, registry or API that could not be reached: exit code 3. */
export class UnreachableError extends Error {
  override readonly name = 'UnreachableError'
}

/** A tool (kubectl, helm) that ran and failed; carries what a user needs to see. */
export class ToolError extends Error {
  override readonly name = 'ToolError'
  constructor(
    message: string,
    readonly command: string,
    readonly exitCode: number,
    readonly stderr: string
  ) {
    super(message)
  }
}

/** Turns anything thrown into a one-line message; never loses non-Error throws. */
export function getErrorMessage(error: unknown): string {
  if (error instanceof Error) return error.message
  if (typeof error === 'string') return error
  // Errors from another realm (a VM context, jest's sandbox) fail instanceof
  // but still carry a message; don't print them as "{}".
  if (
    typeof error === 'object' &&
    error !== null &&
    'message' in error &&
    typeof error.message === 'string'
  ) {
    return error.message
  }
  try {
    return JSON.stringify(error) ?? String(error)
  } catch {
    return String(error)
  }
}

/** The last `maxLines` non-empty lines of a tool's stderr, for error messages. */
export function trimOutput(text: string, maxLines = 8): string {
  const lines = text
    .split('\n')
    .map((l) => l.trimEnd())
    .filter((l) => l.length > 0)
  return lines.slice(-maxLines).join('\n')
}
