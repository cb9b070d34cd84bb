/**
 * The few settings of a repository's own config that decide what
 * git-files.ts may answer: the format version, core.bare, core.worktree and
 * the extensions. A deliberately small parser: anything it does not fully
 * understand (includes, quotes, continued lines, duplicates) makes it unsure,
 * and the caller then asks git.
 */

/** Hex digits of an object id, by `extensions.objectFormat`. */
const hexLengths = new Map([
  ['sha1', 40],
  ['sha256', 64]
])

/** Extensions that change none of the three answers. */
const harmlessExtensions = [
  'noop',
  'preciousobjects',
  'partialclone',
  'worktreeconfig'
]

/** The object format's hex length, or undefined for any unusual setting. */
export function formatOf(settings: Map<string, string>): number | undefined {
  const version = settings.get('core.repositoryformatversion') ?? '0'
  const bare = settings.get('core.bare')?.toLowerCase() ?? 'false'
  if (!['0', '1'].includes(version) || settings.has('core.worktree'))
    return undefined
  if (!['false', 'no', 'off', '0'].includes(bare)) return undefined
  let hexLength = 40
  for (const [key, value] of settings) {
    if (!key.startsWith('extensions.')) continue
    const extension = key.slice('extensions.'.length)
    if (harmlessExtensions.includes(extension)) continue
    // objectFormat counts only in format version 1.
    const length = version === '1' ? hexLengths.get(value) : undefined
    if (extension !== 'objectformat' || length === undefined) return undefined
    hexLength = length
  }
  return hexLength
}

/**
 * The config entries that matter here (core.bare, core.worktree,
 * core.repositoryformatversion, extensions.*), keyed `section.key` in lower
 * case; undefined for includes, reftable, duplicates or any line this small
 * parser does not fully understand.
 */
export function settingsOf(file: Buffer): Map<string, string> | undefined {
  const text = textOf(file)
  if (text === undefined || /refstorage/i.test(text)) return undefined
  const settings = new Map<string, string>()
  let section = ''
  for (const raw of text.split('\n')) {
    const line = trimAscii(raw)
    if (line === '' || line.startsWith('#') || line.startsWith(';')) continue
    const header = /^\[([A-Za-z0-9.-]+)(?:[ \t]+"[^"\\]*")?\]/.exec(line)
    if (header?.[1] !== undefined) {
      section = header[1].toLowerCase()
      // An include may bring in any setting; text after `]` may be a key.
      if (section.startsWith('include') || !isComment(line, header[0]))
        return undefined
      continue
    }
    const entry = /^([A-Za-z][A-Za-z0-9-]*)[ \t]*(?:=(.*))?$/.exec(line)
    // A value continued on the next line, or a line not understood.
    if (entry?.[1] === undefined || line.endsWith('\\')) return undefined
    const key = `${section}.${entry[1].toLowerCase()}`
    if (!matters(key)) continue
    const value = valueOf(entry[2])
    if (value === undefined || settings.has(key)) return undefined
    settings.set(key, value)
  }
  return settings
}

/** True when nothing but a comment follows `head` on the line. */
function isComment(line: string, head: string): boolean {
  return /^[ \t]*(?:[#;].*)?$/.test(line.slice(head.length))
}

function matters(key: string): boolean {
  return (
    ['core.bare', 'core.worktree', 'core.repositoryformatversion'].includes(
      key
    ) || key.startsWith('extensions.')
  )
}

/** A plain config value; a bare key means true; quotes or escapes: unsure. */
function valueOf(raw: string | undefined): string | undefined {
  if (raw === undefined) return 'true'
  if (/["\\]/.test(raw)) return undefined
  return trimAscii(raw.replace(/[#;].*$/, ''))
}

/** Trimmed of the spaces git skips (JS trim() would also drop Unicode ones). */
function trimAscii(text: string): string {
  return text.replace(/^[ \t\r]+|[ \t\r]+$/g, '')
}

/** The file's text when it is valid UTF-8 (so paths built from it are its bytes). */
export function textOf(file: Buffer): string | undefined {
  const text = file.toString('utf8')
  return Buffer.from(text, 'utf8').equals(file) ? text : undefined
}
