/**
 * A source of age keys that gave none (a variable that names a missing file,
 * a file that is not an identity file): reported only where a key is needed,
 * as sops reads keys only when it decrypts. Validation then names it in its
 * sops rules, a decrypt that finds no key that opens the file says it too,
 * and a run that needed no key warns about it once.
 */

/** What went wrong with one key source; neither part ever quotes a key. */
export interface KeySourceProblem {
  /** The variable or file and why it gave no key, e.g. `SOPS_AGE_KEY_FILE names x, which cannot be read (ENOENT)`. */
  message: string
  /** How to fix it, in lower case to follow a colon, e.g. `point SOPS_AGE_KEY_FILE at …, or unset it`. */
  fix: string
}

/** The problems as one clause: each message with its fix, `; ` between them. */
export function describeKeyProblems(
  problems: readonly KeySourceProblem[]
): string {
  return problems.map((p) => `${p.message}: ${p.fix}`).join('; ')
}
