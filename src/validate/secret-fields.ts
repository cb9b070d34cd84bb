/**
 * The fields of a definition that can hold secrets: a message about them
 * says what is wrong (the type, the field) but never quotes what they hold.
 * A Secret written under `manifest:`, Helm values with passwords, stack
 * variables with tokens would otherwise reach logs and pull request
 * annotations. Objects read through `from_file` or an include are not part
 * of the composed document, so no schema message can quote them.
 */
import { pointerTokens } from '../definition/pointer.js'

const entryFields: Record<string, readonly string[]> = {
  manifests: ['manifest', 'manifest_base64'],
  // Everything under `configuration`: values, values_base64, from_file.
  addons: ['configuration']
}

/** True when the value at `pointer` is, or is inside, a field that can hold secrets. */
export function holdsSecrets(pointer: string): boolean {
  const tokens = pointerTokens(pointer)
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as string
    // Stack variables feed manifests and values, tokens included.
    if (token === 'variables' && tokens[i - 2] === 'stacks') return true
    const fields = Object.hasOwn(entryFields, token)
      ? entryFields[token]
      : undefined
    const field = tokens[i + 2]
    if (fields && field !== undefined && fields.includes(field)) return true
    // A Secret's data, wherever an object is spelled out.
    if (token === 'data' || token === 'stringData') return true
  }
  return false
}
