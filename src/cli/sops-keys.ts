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
 */
import { isAbsolute, join } from 'node:path'
import { ConfigurationError } from '../errors.js'
import { parseAgeIdentities } from '../sops/age-keys.js'
import type { CliContext } from './context.js'

// An identity file holds a few lines per key; a megabyte is far past any.
const maxKeyFileBytes = 1024 * 1024

type KeyContext = Pick<CliContext, 'env' | 'fs' | 'cwd'>

/**
 * The identities, in the order above. Throws ConfigurationError naming the
 * variable or file (never a key) when one given cannot be read or parsed,
 * and when `SOPS_AGE_KEY_CMD` is set but nothing else gave a key.
 */
export async function readSopsAgeKeys(
  ctx: KeyContext,
  platform: NodeJS.Platform = process.platform
): Promise<string[]> {
  const keys: string[] = []
  const inline = ctx.env.SOPS_AGE_KEY
  if (inline !== undefined && inline.trim() !== '') {
    keys.push(...parseAgeIdentities(inline, 'SOPS_AGE_KEY'))
  }
  const file = ctx.env.SOPS_AGE_KEY_FILE
  if (file !== undefined && file.trim() !== '') {
    const path = isAbsolute(file) ? file : join(ctx.cwd, file)
    const text = await readKeyFile(ctx, path, `SOPS_AGE_KEY_FILE names ${file}`)
    if (text !== undefined)
      keys.push(...parseAgeIdentities(text, `SOPS_AGE_KEY_FILE (${file})`))
    else
      throw new ConfigurationError(
        `SOPS_AGE_KEY_FILE names ${file}, which cannot be read (ENOENT)`
      )
  }
  const configDir = userConfigDir(ctx.env, platform)
  if (configDir !== undefined) {
    const path = join(configDir, 'sops', 'age', 'keys.txt')
    const text = await readKeyFile(ctx, path, `the sops key file ${path}`)
    if (text !== undefined) keys.push(...parseAgeIdentities(text, path))
  }
  const command = ctx.env.SOPS_AGE_KEY_CMD
  if (keys.length === 0 && command !== undefined && command.trim() !== '') {
    throw new ConfigurationError(
      'SOPS_AGE_KEY_CMD is set, but ClusterSync runs no command named by the environment; give the key with SOPS_AGE_KEY (its content) or SOPS_AGE_KEY_FILE (its path), e.g. SOPS_AGE_KEY="$(pass show age)"'
    )
  }
  return keys
}

/** A key file's text; undefined when it does not exist. */
async function readKeyFile(
  ctx: KeyContext,
  path: string,
  what: string
): Promise<string | undefined> {
  try {
    return Buffer.from(await ctx.fs.readFile(path, maxKeyFileBytes)).toString(
      'utf8'
    )
  } catch (error) {
    const code = (error as { code?: unknown }).code
    if (code === 'ENOENT') return undefined
    throw new ConfigurationError(
      `${what}, which cannot be read${typeof code === 'string' ? ` (${code})` : ''}`
    )
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
