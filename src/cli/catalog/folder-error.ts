/** The user-facing error for a registry folder that cannot be read. */
import { ConfigurationError, getErrorMessage } from '../../errors.js'

/**
 * A ConfigurationError (exit 1) naming the folder and the reason in words.
 * Reads `code`/`message` by shape, not with instanceof, because fs errors can
 * come from another realm (jest's VM) where instanceof Error is false.
 */
export function folderError(
  display: string,
  error: unknown
): ConfigurationError {
  const code =
    typeof error === 'object' && error !== null && 'code' in error
      ? error.code
      : undefined
  const message =
    typeof error === 'object' && error !== null && 'message' in error
      ? String(error.message)
      : getErrorMessage(error)
  const reason =
    code === 'ENOENT'
      ? 'no such folder'
      : code === 'ENOTDIR'
        ? 'not a folder'
        : message
  return new ConfigurationError(
    `cannot read the registry folder ${display}: ${reason}`
  )
}
