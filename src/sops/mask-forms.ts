/**
 * The forms a decrypted value can take in what ClusterSync or the tools it
 * runs print, so each is registered with the runner's masking: the value,
 * its base64 (a Secret's `stringData` comes back as `data`), what its base64
 * decodes to (a Secret's `data` is written encoded), each line of a
 * multi-line value (the runner masks line by line), and each of those as
 * ClusterSync's own output escapes or cuts it (printed-forms.ts).
 */
import { printedForms } from '../secrets/printed-forms.js'

// The runner masks every occurrence of a registered string: a line of one
// or two characters (`}` in a JSON blob) would blank out unrelated output
// and hides nothing a reader could use.
const shortestLine = 3

const base64Text = /^[A-Za-z0-9+/]+={0,2}$/

/** Every string to mask for one decrypted value, without duplicates or empties. */
export function maskForms(value: string): string[] {
  const forms = new Set<string>()
  if (value.trim() === '') return []
  forms.add(value)
  forms.add(Buffer.from(value, 'utf8').toString('base64'))
  if (value.length % 4 === 0 && base64Text.test(value)) {
    const decoded = Buffer.from(value, 'base64').toString('utf8')
    if (!decoded.includes('\uFFFD') && decoded.trim() !== '') forms.add(decoded)
  }
  for (const form of [...forms]) {
    if (!form.includes('\n')) continue
    for (const line of form.split(/\r?\n/)) {
      if (line.trim().length >= shortestLine) forms.add(line.trim())
    }
  }
  return [...new Set([...forms].flatMap(printedForms))]
}
