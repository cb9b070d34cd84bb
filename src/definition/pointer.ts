/**
 * JSON pointers (RFC 6901) name places in the composed definition; they are
 * the keys of the source map and the `pointer` of every diagnostic.
 */

/** Appends one reference token, escaping `~` and `/` as RFC 6901 requires. */
export function childPointer(parent: string, token: string | number): string {
  if (typeof token === 'number') return `${parent}/${token}`
  // Most keys need no escaping; skip the two replacements for them.
  if (!token.includes('~') && !token.includes('/')) return `${parent}/${token}`
  const text = token.replace(/~/g, '~0').replace(/\//g, '~1')
  return `${parent}/${text}`
}

/** The unescaped reference tokens of a pointer (`/a/b~1c` → `['a', 'b/c']`). */
export function pointerTokens(pointer: string): string[] {
  if (pointer === '') return []
  return pointer
    .slice(1)
    .split('/')
    .map((t) => t.replace(/~1/g, '/').replace(/~0/g, '~'))
}

/** The pointer of the containing value (`/a/b` → `/a`); `''` for the root. */
export function parentPointer(pointer: string): string {
  const cut = pointer.lastIndexOf('/')
  return cut <= 0 ? '' : pointer.slice(0, cut)
}
