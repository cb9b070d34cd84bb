/**
 * `catalog check <folder>`: the contribution checker as a CI step. Exit 1
 * when any error is found; warnings and notices pass. Output uses the same
 * renderers as `validate` (src/report/diagnostics-format.ts).
 */
import { plural } from '../../plural.js'
import { resolve } from 'node:path'
import { checkRegistryFolder } from '../../catalog/check-folder.js'
import type { Severity } from '../../diagnostics.js'
import { outputFormat, type ParsedArgs } from '../args.js'
import type { CliContext } from '../context.js'
import { displayPath } from './display-path.js'
import { folderError } from './folder-error.js'
import {
  formatGithub,
  formatText,
  toDiagnosticsJson
} from '../../report/diagnostics-format.js'

/** Checks `folder` and prints the findings; resolves with the exit code. */
export async function runCatalogCheck(
  args: ParsedArgs,
  ctx: CliContext,
  folder: string
): Promise<number> {
  const display = displayPath(folder, ctx.cwd)
  const result = await checkRegistryFolder(
    ctx.fs,
    resolve(ctx.cwd, folder),
    display
  ).catch((error: unknown) => {
    throw folderError(display, error)
  })
  const count = (severity: Severity): number =>
    result.diagnostics.filter((d) => d.severity === severity).length
  const summary = {
    errors: count('error'),
    warnings: count('warning'),
    notices: count('info')
  }
  const format = outputFormat(args)
  if (format === 'json') {
    const report = {
      folder: display,
      files: result.files,
      summary,
      ...toDiagnosticsJson(result.diagnostics)
    }
    ctx.stdout.write(`${JSON.stringify(report, null, 2)}\n`)
    return summary.errors > 0 ? 1 : 0
  }
  ctx.stdout.write(
    format === 'github'
      ? formatGithub(result.diagnostics)
      : formatText(result.diagnostics, { color: ctx.color === true })
  )
  const counts = [
    plural(summary.errors, 'error'),
    plural(summary.warnings, 'warning'),
    plural(summary.notices, 'notice')
  ].join(', ')
  const line = `checked ${plural(result.files, 'registry file')} in ${display}: ${counts}\n`
  // With --format github, stdout carries workflow commands only; the
  // summary line goes to the log.
  if (format === 'github') ctx.stderr.write(line)
  else ctx.stdout.write(line)
  return summary.errors > 0 ? 1 : 0
}
