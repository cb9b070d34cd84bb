/**
 * The CLI's age identities for SOPS-encrypted files, found where sops finds
 * them (getsops/sops 3.13 age/keysource.go, loadIdentities), all read
 * together and every key tried:
 * - `SOPS_AGE_KEY`: the content of an identity file;
 * - `SOPS_AGE_KEY_FILE`: its path (relative to the current folder);
 * - the user's `sops/age/keys.txt` in the user config folder, Go's
 *   os.UserConfigDir: `$XDG_CONFIG_HOME` when absolute, else
 *   `~/.config` (macOS: `$XDG_CONFIG_HOME`, else
 *   `~/Library/Application Support`; Windows: `%AppData%`). Read whether or
 *   not the variables are set, as sops does; a missing file is no error.
 * `SOPS_AGE_KEY_CMD` (a command that prints keys) is not run: ClusterSync
 * runs no command named by the environment. The Action reads none of these
 * (main.ts): only its `sops-age-key` input.
 *
 * A source that gives no key is returned as a problem, not thrown: a shell
 * may keep SOPS_AGE_KEY_FILE for another repository, and a definition with
 * nothing encrypted needs no key. Where one is needed, validation's sops
 * rules and the decrypt step name the problem (sops fails only then too).
 */
import { isAbsolute, join } from 'node:path'
import { ConfigurationError } from '../errors.js'
import { parseAgeIdentities } from '../sops/age-keys.js'
import { hasErrors, type Diagnostic } from '../diagnostics.js'
import type { KeySourceProblem } from '../sops/key-source-problem.js'
import type { CliContext } from './context.js'

// An identity file holds a few lines per key; a megabyte is far past any.
const maxKeyFileBytes = 1024 * 1024

type KeyContext = Pick<CliContext, 'env' | 'fs' | 'cwd'>

/** The identities every readable source gave, and each source that gave none. */
export interface AgeKeys {
  identities: string[]
  problems: KeySourceProblem[]
}

/**
 * The identities, in the order above, with a problem naming the variable or
 * file (never a key) for each source that cannot be read or parsed, and
 * for `SOPS_AGE_KEY_CMD` set when nothing else gave a key. Never throws for
 * a key source: a source that fails gives no key, the others still do, as
 * sops tries every key it could read.
 */
export async function readSopsAgeKeys(
  ctx: KeyContext,
  platform: NodeJS.Platform = process.platform
): Promise<AgeKeys> {
  const keys: AgeKeys = { identities: [], problems: [] }
  const inline = ctx.env.SOPS_AGE_KEY
  if (inline !== undefined && inline.trim() !== '') {
    addKeys(keys, inline, 'SOPS_AGE_KEY', {
      fix: 'set SOPS_AGE_KEY to the content of an age identity file (age-keygen writes one), or unset it'
    })
  }
  const file = ctx.env.SOPS_AGE_KEY_FILE
  if (file !== undefined && file.trim() !== '') {
    const path = isAbsolute(file) ? file : join(ctx.cwd, file)
    const fix =
      'point SOPS_AGE_KEY_FILE at a readable age identity file, or unset it'
    const text = await readKeyFile(ctx, path)
    if (typeof text === 'string')
      addKeys(keys, text, `SOPS_AGE_KEY_FILE (${file})`, { fix })
    else
      keys.problems.push({
        message: `SOPS_AGE_KEY_FILE names ${file}, which cannot be read (${text.code})`,
        fix
      })
  }
  const configDir = userConfigDir(ctx.env, platform)
  if (configDir !== undefined) {
    const path = join(configDir, 'sops', 'age', 'keys.txt')
    const text = await readKeyFile(ctx, path)
    // A missing keys.txt is no problem: sops reads it whether or not
    // anyone meant to keep keys there.
    if (typeof text === 'string')
      addKeys(keys, text, path, { fix: `correct ${path}, or move it away` })
    else if (text.code !== 'ENOENT')
      keys.problems.push({
        message: `the sops key file ${path} cannot be read (${text.code})`,
        fix: `make ${path} readable, or move it away`
      })
  }
  const command = ctx.env.SOPS_AGE_KEY_CMD
  if (
    keys.identities.length === 0 &&
    command !== undefined &&
    command.trim() !== ''
  ) {
    keys.problems.push({
      message:
        'SOPS_AGE_KEY_CMD is set, but ClusterSync runs no command named by the environment',
      fix: 'give the key with SOPS_AGE_KEY (its content) or SOPS_AGE_KEY_FILE (its path), e.g. SOPS_AGE_KEY="$(pass show age)"'
    })
  }
  return keys
}

/**
 * After a run that checked its definition: a one-line warning per key
 * source that gave no key, when nothing needed one. Validation names them
 * at each encrypted file (`sops-key-unreadable`), so a run with one says
 * nothing more; a run with errors says nothing either, since what it read
 * may not be all there is.
 */
export function warnUnneededKeyProblems(
  stderr: Pick<CliContext['stderr'], 'write'>,
  keys: AgeKeys,
  diagnostics: readonly Diagnostic[]
): void {
  if (keys.problems.length === 0 || hasErrors(diagnostics)) return
  if (diagnostics.some((d) => d.code === 'sops-key-unreadable')) return
  for (const problem of keys.problems) {
    stderr.write(
      `warning: ${problem.message}; not needed: this run decrypted nothing\n`
    )
  }
}

/** Adds the identities in `text`, or, when one line is not one, the problem (sops, too, refuses the whole source). */
function addKeys(
  keys: AgeKeys,
  text: string,
  source: string,
  { fix }: { fix: string }
): void {
  try {
    keys.identities.push(...parseAgeIdentities(text, source))
  } catch (error) {
    if (!(error instanceof ConfigurationError)) throw error
    // The message names the source and the line number, never the line.
    keys.problems.push({ message: error.message, fix })
  }
}

/** A key file's text, or the error code that stopped its reading. */
async function readKeyFile(
  ctx: KeyContext,
  path: string
): Promise<string | { code: string }> {
  try {
    return Buffer.from(await ctx.fs.readFile(path, maxKeyFileBytes)).toString(
      'utf8'
    )
  } catch (error) {
    const code = (error as { code?: unknown }).code
    // Without a code (a file past the size limit, say) the reason is the
    // port's message, which names the path, never the content.
    return {
      code:
        typeof code === 'string'
          ? code
          : error instanceof Error
            ? error.message
            : String(error)
    }
  }
}

/**
 * Go's os.UserConfigDir as sops calls it (macOS honours XDG_CONFIG_HOME
 * first); undefined where Go reports an error (no home, a relative
 * XDG_CONFIG_HOME), which sops then passes over.
 */
export function userConfigDir(
  env: Readonly<Record<string, string | undefined>>,
  platform: NodeJS.Platform
): string | undefined {
  const xdg = env.XDG_CONFIG_HOME ?? ''
  const home = env.HOME ?? ''
  switch (platform) {
    case 'win32':
      return env.AppData || env.APPDATA || undefined
    case 'darwin':
      if (xdg !== '') return xdg
      return home === '' ? undefined : join(home, 'Library/Application Support')
    default:
      if (xdg !== '') return isAbsolute(xdg) ? xdg : undefined
      return home === '' ? undefined : join(home, '.config')
  }
}
