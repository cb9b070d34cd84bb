/**
 * The characters a YAML stream may hold (YAML 1.2 §5.1, c-printable): no C0
 * control but tab and line breaks, no DEL, no C1 control but NEL, no lone
 * surrogate, no U+FFFE or U+FFFF. Go's YAML (kubectl, Helm, Ankra) and
 * js-yaml refuse the others too; `yaml` lets them through, so both parse
 * paths check here first.
 */
const notPrintable =
  /[^\t\n\r\x20-\x7E\x85\xA0-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u

/**
 * The same class without the `u` flag, which reads each half of a surrogate
 * pair on its own and so also matches every pair: text it does not match
 * (most files: no control character and no character beyond U+FFFF) needs
 * no look with the slower Unicode-aware pattern.
 */
const notPrintableOrPair = /[^\t\n\r\x20-\x7E\x85\xA0-\uD7FF\uE000-\uFFFD]/

/** Offset of the first character YAML does not allow in `text`, or -1. */
export function controlCharacterAt(text: string): number {
  if (!notPrintableOrPair.test(text)) return -1
  const found = notPrintable.exec(text)
  return found ? found.index : -1
}
