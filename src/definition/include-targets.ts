/**
 * What an `include:` item names: one file, a folder (its *.yaml and *.yml
 * files, not recursive) or a glob (`*` within a name, `**` across folders).
 * Results are repository-relative paths; a folder's or a glob's files are
 * sorted in byte order so the composed definition never depends on the
 * file system's listing order.
 */
import { matchesParts } from '../wildcard.js'
import { basename, join } from 'node:path'
import { compareText } from '../diagnostics.js'
import {
  absolutePath,
  checkRealPath,
  realPathInRepo,
  reportAt,
  resolveInRepo,
  type LoaderContext,
  type Referrer
} from './repo-files.js'

const yamlFile = /\.ya?ml$/

/** True when the include path contains glob syntax. */
export function isGlob(path: string): boolean {
  return /[*?]/.test(path)
}

/**
 * Resolves an include path written in `fromFile` to the files it names.
 * Returns an empty list after reporting when nothing usable is found.
 */
export async function includeTargets(
  ctx: LoaderContext,
  fromFile: string,
  includePath: string,
  at: Referrer
): Promise<string[]> {
  if (isGlob(includePath)) return globTargets(ctx, fromFile, includePath, at)
  const path = resolveInRepo(ctx, fromFile, includePath, at, 'include')
  if (path === undefined) return []
  const real = await realPathInRepo(ctx, path, at, 'include')
  if (real === undefined) return []
  const stat = await ctx.fs.stat(real)
  if (!stat.isDirectory) return [path]
  const listing = await ctx.fs.readdir(real)
  const names = listing.filter((name) => yamlFile.test(name)).sort(compareText)
  await warnSkipped(ctx, at, path, real, listing)
  const stats = await Promise.all(
    names.map((name) => ctx.fs.stat(join(real, name)).catch(() => undefined))
  )
  const files: string[] = []
  names.forEach((name, index) => {
    const child = path === '' ? name : `${path}/${name}`
    const childStat = stats[index]
    // A symlink is kept here and checked (it must stay inside) when read; a
    // regular file in a checked folder is inside, at a known real path.
    if (childStat?.isFile) {
      ctx.listed.set(child, { real: join(real, name), stat: childStat })
      files.push(child)
    } else if (childStat?.isSymbolicLink) {
      files.push(child)
    }
  })
  if (files.length === 0) {
    reportAt(
      ctx,
      at,
      'include-empty',
      `the folder "${path}/" holds no .yaml or .yml files`,
      'Folders are not searched recursively; use a glob such as "folder/**/*.yaml" to include sub-folders.'
    )
  }
  return files
}

/**
 * A warning per entry a folder include leaves out that looks meant to be
 * read: a file ending in .yaml or .yml in other letter cases
 * (`Service.YAML`; a folder include reads only lower-case ones), and a
 * sub-folder holding .yaml or .yml files (it reads no sub-folder). Moving
 * a file into a sub-folder would otherwise drop its objects, and the next
 * sync would prune them, without a word.
 */
async function warnSkipped(
  ctx: LoaderContext,
  at: Referrer,
  folder: string,
  real: string,
  listing: readonly string[]
): Promise<void> {
  const others = listing
    .filter((name) => !yamlFile.test(name))
    .sort(compareText)
  const stats = await Promise.all(
    others.map((name) => ctx.fs.stat(join(real, name)).catch(() => undefined))
  )
  const shown = (name: string) => `${folder === '' ? '' : `${folder}/`}${name}`
  for (const [index, name] of others.entries()) {
    const stat = stats[index]
    if (stat?.isFile && /\.ya?ml$/i.test(name)) {
      const lower = name.replace(/\.ya?ml$/i, (ext) => ext.toLowerCase())
      warn(ctx, at, 'include-skipped-file', {
        message: `${shown(name)} is not read: a folder include reads files ending in .yaml or .yml, in lower case`,
        hint: `Rename it to ${lower} to include it, or move it out of the folder.`
      })
    } else if (stat?.isDirectory && (await holdsYaml(ctx, join(real, name)))) {
      warn(ctx, at, 'include-skipped-folder', {
        message: `${shown(name)}/ holds .yaml or .yml files that are not read: a folder include does not read sub-folders`,
        hint: `Include it too (- include: ${shown(name)}/), or include a glob such as "${shown('**/*.yaml')}".`
      })
    }
  }
}

/**
 * Whether a folder holds a .yaml or .yml file at its top level that looks
 * like manifests: not a chart (its Chart.yaml would be no manifest), not a
 * hidden folder (`.github/` holds workflows).
 */
async function holdsYaml(ctx: LoaderContext, real: string): Promise<boolean> {
  if (basename(real).startsWith('.')) return false
  const names: readonly string[] = await ctx.fs.readdir(real).catch(() => [])
  if (names.includes('Chart.yaml')) return false
  return names.some((name) => yamlFile.test(name))
}

function warn(
  ctx: LoaderContext,
  at: Referrer,
  code: 'include-skipped-file' | 'include-skipped-folder',
  text: { message: string; hint: string }
): void {
  ctx.diagnostics.push({
    severity: 'warning',
    code,
    message: text.message,
    file: at.file,
    line: at.line,
    column: at.column,
    pointer: at.pointer,
    hint: text.hint
  })
}

async function globTargets(
  ctx: LoaderContext,
  fromFile: string,
  pattern: string,
  at: Referrer
): Promise<string[]> {
  const segments = pattern.split('/')
  const firstGlob = segments.findIndex((s) => isGlob(s))
  const base = resolveInRepo(
    ctx,
    fromFile,
    segments.slice(0, firstGlob).join('/') || '.',
    at,
    'include'
  )
  if (base === undefined) return []
  const rest = segments.slice(firstGlob)
  if (rest.some((s) => s === '..' || s === '.')) {
    reportAt(
      ctx,
      at,
      'include-invalid',
      `the glob "${pattern}" has "." or ".." after a wildcard`,
      'Put the folder part first, e.g. "../shared/**/*.yaml".'
    )
    return []
  }
  // Matched part by part without a regular expression (wildcard.ts says why).
  const matches = (rel: string): boolean =>
    matchesParts(rest, rel.split('/'), true)
  const recursive = rest.includes('**')
  const found: string[] = []
  // A missing base folder is reported once, as not found, not also as empty.
  if (!(await checkRealPath(ctx, base, at, 'include'))) return []
  await walk(ctx, base, '', recursive ? Infinity : rest.length, (rel) => {
    if (matches(rel)) found.push(base === '' ? rel : `${base}/${rel}`)
  })
  found.sort(compareText)
  if (found.length === 0) {
    reportAt(
      ctx,
      at,
      'include-empty',
      `the glob "${pattern}" matches no files`,
      '"*" matches within one folder name, "**" matches any number of folders.'
    )
  }
  return found
}

/**
 * Visits regular files below `base` up to `depth` folders deep. Symlinked
 * folders are not followed: a glob must not wander out of the repository
 * or loop.
 */
async function walk(
  ctx: LoaderContext,
  base: string,
  rel: string,
  depth: number,
  visit: (rel: string) => void
): Promise<void> {
  const folder = rel === '' ? base : base === '' ? rel : `${base}/${rel}`
  let names: string[]
  try {
    names = await ctx.fs.readdir(absolutePath(ctx, folder))
  } catch {
    return
  }
  for (const name of names.sort(compareText)) {
    const childRel = rel === '' ? name : `${rel}/${name}`
    const childPath = folder === '' ? name : `${folder}/${name}`
    let stat
    try {
      stat = await ctx.fs.stat(absolutePath(ctx, childPath))
    } catch {
      continue
    }
    if (stat.isDirectory) {
      if (depth > 1) await walk(ctx, base, childRel, depth - 1, visit)
    } else if (stat.isFile || stat.isSymbolicLink) {
      visit(childRel)
    }
  }
}
