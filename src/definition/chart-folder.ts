/**
 * A local chart folder (`chart_name: ./charts/app`) as Helm will read it:
 * Helm loads every file of the folder and follows symbolic links while it
 * does, so a link in a pull request's chart (`Chart.yaml` → /etc/passwd,
 * `templates` → /etc) would hand the runner's files to Helm during a sync.
 * The whole tree is checked before Helm ever sees it, in validate and sync
 * alike: every link must stay inside the repository (a folder it names is
 * checked in turn), and only regular files and folders may be in it.
 */
import { createHash } from 'node:crypto'
import { join, relative } from 'node:path'
import { compareText } from '../diagnostics.js'
import { inGitFolder, isInside } from './guarded-read.js'
import { reportAt, type LoaderContext, type Referrer } from './repo-files.js'

/**
 * How many entries a chart folder's check looks at: far beyond a real
 * chart, and a bound on the work a hostile tree can cause.
 */
export const maxChartEntries = 10_000

const outside = 'is a symbolic link to a place outside the repository'
// Helm reads every file of a chart, and a template can print any of them
// (`.Files.Get`): `.git/` holds the checkout's data, in CI its token.
const gitData =
  "is, or links into, .git/, which holds the checkout's own data (in CI, its credentials); Helm would read it as a chart file"

/** How many refusals one chart folder reports before it says "and more". */
const maxReported = 10

/** A chart file larger than this enters the folder's digest by its size only. */
const maxHashedBytes = 32 * 1024 * 1024

/**
 * Checks every entry below the chart folder `path` (repository-relative,
 * at the real path `real`, already inside the repository); reports each
 * problem at `at` and resolves undefined when there was one. Otherwise
 * resolves with a digest of the chart's files, their paths and contents:
 * the add-on's step changes with a template, as Helm would render it, not
 * only with the chart's version. The files are read through the loader's
 * file system, so the unchanged-files check sees them too.
 */
export async function checkChartTree(
  ctx: LoaderContext,
  path: string,
  real: string,
  at: Referrer
): Promise<string | undefined> {
  const files: { shown: string; real: string }[] = []
  const problems: { entry: string; is: string }[] = []
  const seen = new Set<string>([real])
  // Breadth-first, by path: no recursion, however deep the tree.
  const folders: { shown: string; real: string }[] = [{ shown: path, real }]
  let entries = 0
  for (let next = folders.shift(); next; next = folders.shift()) {
    const names = (await ctx.fs.readdir(next.real)).sort(compareText)
    for (const name of names) {
      if (++entries > maxChartEntries) {
        reportAt(
          ctx,
          at,
          'chart-folder-invalid',
          `the chart folder "${path}" holds more than ${maxChartEntries} files and folders`,
          'Keep only the chart in its folder; Helm loads every file of it.'
        )
        return undefined
      }
      const shown = `${next.shown}/${name}`
      const entry = join(next.real, name)
      if (name.toLowerCase() === '.git') {
        problems.push({ entry: shown, is: gitData })
        continue
      }
      const stat = await ctx.fs.stat(entry)
      if (stat.kind === 'file') {
        files.push({ shown, real: entry })
        continue
      }
      if (stat.kind === 'folder') {
        folders.push({ shown, real: entry })
        continue
      }
      if (stat.kind !== 'symbolic link') {
        problems.push({
          entry: shown,
          is: `is a ${stat.kind}, not a file or folder`
        })
        continue
      }
      const target = await ctx.fs.realpath(entry).catch(() => undefined)
      if (target === undefined) {
        problems.push({ entry: shown, is: 'is a symbolic link to nothing' })
      } else if (!isInside(ctx.realRoot, target)) {
        problems.push({ entry: shown, is: outside })
      } else if (inGitFolder(relative(ctx.realRoot, target))) {
        problems.push({ entry: shown, is: gitData })
      } else if (!seen.has(target)) {
        // Helm follows the link: what it names is part of the chart.
        const linked = await ctx.fs.stat(target)
        seen.add(target)
        if (linked.kind === 'folder') folders.push({ shown, real: target })
        else if (linked.kind === 'file') files.push({ shown, real: target })
        else
          problems.push({
            entry: shown,
            is: `links to a ${linked.kind}, not a file`
          })
      }
    }
  }
  for (const { entry, is } of problems.slice(0, maxReported)) {
    reportAt(
      ctx,
      at,
      is === outside
        ? 'path-escapes-repository'
        : is === gitData
          ? 'path-in-git-folder'
          : 'chart-folder-invalid',
      `"${entry}" in the chart folder "${path}" ${is}`,
      is === gitData
        ? 'Keep the chart in a folder of its own, without .git/ and without links into it.'
        : 'Helm follows links and reads every file of a chart: copy what the chart needs into its folder, as regular files.'
    )
  }
  if (problems.length > maxReported) {
    reportAt(
      ctx,
      at,
      'chart-folder-invalid',
      `the chart folder "${path}" holds ${problems.length - maxReported} more such entries`,
      'Each is refused for the same reasons as the ones above.'
    )
  }
  return problems.length === 0 ? filesDigest(ctx, path, files) : undefined
}

/** sha256 over each file's path below the folder and its bytes, in path order. */
async function filesDigest(
  ctx: LoaderContext,
  folder: string,
  files: readonly { shown: string; real: string }[]
): Promise<string> {
  const hash = createHash('sha256')
  for (const file of [...files].sort((a, b) => compareText(a.shown, b.shown))) {
    const name = file.shown.slice(folder.length + 1)
    const bytes = await ctx.fs
      .readFile(file.real, maxHashedBytes)
      .catch(async () => {
        const stat = await ctx.fs.stat(file.real)
        return new TextEncoder().encode(`(${stat.size} bytes)`)
      })
    hash.update(`${name}\0${bytes.length}\0`).update(bytes)
  }
  return `sha256:${hash.digest('hex')}`
}
