/**
 * The CLI's age identities for SOPS-encrypted files, from SOPS's own
 * variables: `SOPS_AGE_KEY` (an identity file's content) and
 * `SOPS_AGE_KEY_FILE` (its path, relative to the current folder). Both may
 * be set; their keys are tried together, as sops does.
 */
import { isAbsolute, join } from 'node:path'
import { ConfigurationError } from '../errors.js'
import { parseAgeIdentities } from '../sops/age-keys.js'
import type { CliContext } from './context.js'

// An identity file holds a few lines per key; a megabyte is far past any.
const maxKeyFileBytes = 1024 * 1024

/** The identities; throws ConfigurationError naming the variable (never a key). */
export async function readSopsAgeKeys(
  ctx: Pick<CliContext, 'env' | 'fs' | 'cwd'>
): Promise<string[]> {
  const keys: string[] = []
  const inline = ctx.env.SOPS_AGE_KEY
  if (inline !== undefined && inline.trim() !== '') {
    keys.push(...parseAgeIdentities(inline, 'SOPS_AGE_KEY'))
  }
  const file = ctx.env.SOPS_AGE_KEY_FILE
  if (file !== undefined && file.trim() !== '') {
    const path = isAbsolute(file) ? file : join(ctx.cwd, file)
    let bytes: Uint8Array
    try {
      bytes = await ctx.fs.readFile(path, maxKeyFileBytes)
    } catch (error) {
      const code = (error as { code?: unknown }).code
      throw new ConfigurationError(
        `SOPS_AGE_KEY_FILE names ${file}, which cannot be read${typeof code === 'string' ? ` (${code})` : ''}`
      )
    }
    keys.push(
      ...parseAgeIdentities(
        Buffer.from(bytes).toString('utf8'),
        `SOPS_AGE_KEY_FILE (${file})`
      )
    )
  }
  return keys
}
