/**
 * The two error kinds of STYLE.md §5.4, plus the classifications the CLI maps
 * to exit codes: 1 = invalid definition or failed operation, 2 = usage error,
 * 3 = the cluster or another external system could not be reached.
 */

import { redactUrlCredentials } from './redact.js'

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
  readonly command: string
  readonly stderr: string
  constructor(
    message: string,
    command: string,
    readonly exitCode: number,
    stderr: string
  ) {
    // The command may name a chart repository by a URL with credentials,
    // and helm repeats that URL in its errors.
    super(redactUrlCredentials(message))
    this.command = redactUrlCredentials(command)
    this.stderr = redactUrlCredentials(stderr)
  }
}

// What kubectl, helm and Go's net/http say when the server was never
// reached at all (no answer, not a refusal by the server). Per-object and
// per-release errors never look like this. The one list every "cannot
// reach" decision reads: retries, the live preview, status, the CLI's exit
// code.
const unreachableWords =
  /connection refused|the connection to the server \S+ was refused|unable to connect to the server|no such host|i\/o timeout|tls handshake timeout|no route to host|network is unreachable|kubernetes cluster unreachable|couldn't get current server api group list/i

// Node's codes for a connection that could not be made (node:net, node:dns
// and undici, which fetch and so octokit use underneath).
const unreachableCodes = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ENOTFOUND',
  'EAI_AGAIN',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'UND_ERR_CONNECT_TIMEOUT',
  'UND_ERR_SOCKET'
])

// client-go's words when the kubeconfig's user could not give a credential
// (an exec plugin that failed or is missing, an auth provider that could
// not refresh): kubectl and helm put them after "Unable to connect to the
// server:" or "Kubernetes cluster unreachable:", but the server was never
// asked, and no retry logs the user in again.
const credentialWords = /getting credentials: /i

/** True when a tool's output or an error message says the server could not be reached. */
export function saysUnreachable(text: string): boolean {
  return unreachableWords.test(text) && !saysNoCredential(text)
}

/** True when the output says the kubeconfig's user could not give a credential. */
export function saysNoCredential(text: string): boolean {
  return credentialWords.test(text)
}

// The API server's certificate is not one the kubeconfig trusts (another
// CA, an expired certificate, another host name), in kubectl's words: it
// stays so until someone fixes the kubeconfig or the server. Only where the
// server itself was not reached: a webhook's certificate the API server
// rejects ("failed calling webhook …: x509: …") is the server's answer.
const untrustedServerWords =
  /unable to connect to the server: (x509: |tls: failed to verify certificate)/i

/** True when the output says the API server's certificate is not trusted. */
export function saysUntrustedServer(text: string): boolean {
  return untrustedServerWords.test(text)
}

/**
 * True when `error` means the cluster or another service could not be
 * reached (exit code 3): an UnreachableError, a message in the words above
 * (a ToolError's message carries the tool's stderr), or anything whose cause chain carries one of Node's
 * connection codes (a GitHub request that never got an answer).
 */
export function isUnreachableError(error: unknown): boolean {
  if (error instanceof UnreachableError) return true
  if (saysUnreachable(getErrorMessage(error))) return true
  // Bounded: a cause chain is short, and a cycle must not hang the funnel.
  let current: unknown = error
  for (let depth = 0; depth < 8 && isObject(current); depth++) {
    const code = current.code
    if (typeof code === 'string' && unreachableCodes.has(code)) return true
    current = current.cause
  }
  return false
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null
}

/** A Node system error's code (`ENOENT`, `EACCES`, …), else 'unreadable'. */
export function errorCode(error: unknown): string {
  const code = isObject(error) ? error.code : undefined
  return typeof code === 'string' ? code : 'unreadable'
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

/**
 * The last `maxLines` non-empty lines of a tool's stderr, for error
 * messages; credentials in URLs hidden (helm names a repository by the URL
 * it was given).
 */
export function trimOutput(text: string, maxLines = 8): string {
  const lines = redactUrlCredentials(text)
    .split('\n')
    .map((l) => l.trimEnd())
    .filter((l) => l.length > 0)
  return lines.slice(-maxLines).join('\n')
}

/** The user's to fix (definition, inputs, flags, kubeconfig), not ours. */
export function isUserError(error: unknown): boolean {
  return error instanceof ConfigurationError || error instanceof UsageError
}

/**
 * True for a failure of the runner's or the user's system, not of
 * ClusterSync: Node's system errors (EACCES, ENOENT, ENOSPC …) carry such a
 * code.
 */
export function isSystemError(error: unknown): boolean {
  return /^E[A-Z]+$/.test(errorCode(error))
}

/**
 * True when `error` is a failure outside ClusterSync that was said as it
 * is: a tool (kubectl, helm) that ran and failed, a system error, or an
 * HTTP service's answer (octokit's RequestError carries its `status`).
 * Such failures are never called a bug of ours.
 */
export function isOutsideFailure(error: unknown): boolean {
  return (
    error instanceof ToolError ||
    isSystemError(error) ||
    (isObject(error) && typeof error.status === 'number')
  )
}

/**
 * What to say about a failure nobody classified: a bug of ClusterSync's,
 * said as one, with what to do about it — never a stack trace, which the
 * caller shows only when asked for debug output.
 */
export function internalErrorMessage(
  error: unknown,
  debugHint: string
): string {
  return `internal error: ${getErrorMessage(error)}. This is a bug in ClusterSync, not a problem with your repository, inputs or cluster; please report it to the ClusterSync maintainers with this log (${debugHint} shows the stack)`
}
