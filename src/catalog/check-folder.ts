/**
 * `clustersync catalog check <folder>`: the contribution rules for a registry
 * folder, as data. Errors fail the check (and a pull request's CI);
 * warnings and notices are shown but pass. Rules and their codes:
 *
 * - registry-invalid-yaml, registry-schema: each file on its own;
 * - registry-kind-mismatch: `kind` must match the URL scheme;
 * - registry-duplicate-name, registry-duplicate-url: across files;
 * - registry-missing-final-newline: text files end with a newline;
 * - registry-name-differs-from-file (notice): `spec.name` ≠ file stem;
 * - registry-unexpected-file (warning): something else in the folder;
 * - registry-exception-malformed, registry-exception-unused: README.md.
 *
 * duplicate-url and missing-final-newline can be waived per file in README.md
 * (see readme-exceptions.ts); a waived finding is still listed, as a notice.
 */
import { sortDiagnostics, type Diagnostic } from '../diagnostics.js'
import { checkDuplicateNames, checkDuplicateUrls } from './check-duplicates.js'
import { loadRegistryFolder, type FolderReader } from './load-catalog.js'
import {
  parseReadmeExceptions,
  type RecordedException
} from './readme-exceptions.js'
import type { ParsedRegistryFile } from './registry-file.js'
import { hasKindMismatch, registryKindForUrl } from './registry-kind.js'
import { locate, locateOffsets } from './yaml-locate.js'

/** The outcome of checking a folder. */
export interface FolderCheck {
  /** Sorted by file, line, column (sortDiagnostics). */
  diagnostics: Diagnostic[]
  /** Registry files examined. */
  files: number
}

/** Stable codes of the per-file rules (the others live beside their checks). */
export const checkCodes = {
  kindMismatch: 'registry-kind-mismatch',
  finalNewline: 'registry-missing-final-newline',
  nameDiffers: 'registry-name-differs-from-file',
  unexpectedFile: 'registry-unexpected-file',
  unusedException: 'registry-exception-unused'
} as const

/**
 * Checks every file of `folder` (diagnostics say `<displayFolder>/<file>`).
 * Rejects only when the folder cannot be read.
 */
export async function checkRegistryFolder(
  reader: FolderReader,
  folder: string,
  displayFolder = folder
): Promise<FolderCheck> {
  const loaded = await loadRegistryFolder(reader, folder, displayFolder)
  const readmeFile = loaded.readme?.name ?? `${displayFolder}/README.md`
  const readme = loaded.readme
    ? parseReadmeExceptions(loaded.readme.name, loaded.readme.text)
    : { exceptions: [], diagnostics: [] }
  const used = new Set<RecordedException>()
  const diagnostics: Diagnostic[] = [...readme.diagnostics]
  const valid = loaded.files.flatMap((f) =>
    f.entry ? [{ ...f, entry: f.entry }] : []
  )

  for (const file of loaded.files) {
    diagnostics.push(...file.diagnostics)
    const waiver = readme.exceptions.find(
      (e) => e.code === 'missing-final-newline' && e.files.includes(file.name)
    )
    const newline = checkFinalNewline(file, waiver, readmeFile)
    if (newline) {
      diagnostics.push(newline)
      if (waiver) used.add(waiver)
    }
  }
  for (const file of valid) diagnostics.push(...checkEntry(file))
  diagnostics.push(...checkDuplicateNames(valid))
  const urls = checkDuplicateUrls(valid, readme.exceptions, readmeFile)
  diagnostics.push(...urls.diagnostics)
  urls.used.forEach((e) => used.add(e))
  for (const exception of readme.exceptions) {
    if (used.has(exception)) continue
    diagnostics.push({
      severity: 'warning',
      code: checkCodes.unusedException,
      message: `the recorded ${exception.code} exception for ${exception.files.join(' ')} no longer matches any file; remove it`,
      file: readmeFile,
      line: exception.line,
      column: 1
    })
  }
  for (const other of loaded.others) {
    diagnostics.push({
      severity: 'warning',
      code: checkCodes.unexpectedFile,
      message: `${other} is not a registry file; registries are *.yaml files and only README.md may sit beside them`,
      file: `${displayFolder}/${other}`,
      line: 1,
      column: 1
    })
  }
  return {
    diagnostics: sortDiagnostics(diagnostics),
    files: loaded.files.length
  }
}

function checkFinalNewline(
  file: ParsedRegistryFile,
  waiver: RecordedException | undefined,
  readmeFile: string
): Diagnostic | undefined {
  const { text } = file.yaml
  if (text === '' || text.endsWith('\n')) return undefined
  return {
    severity: waiver ? 'info' : 'error',
    code: checkCodes.finalNewline,
    message: waiver
      ? `no newline at the end of the file, as recorded in ${readmeFile}:${waiver.line}: ${waiver.reason}`
      : 'no newline at the end of the file',
    ...(waiver
      ? {}
      : {
          hint: 'end the last line with a newline (most editors have a setting for it)'
        }),
    ...locateOffsets(file.yaml, text.length, text.length)
  }
}

function checkEntry(
  file: ParsedRegistryFile & { entry: NonNullable<ParsedRegistryFile['entry']> }
): Diagnostic[] {
  const { entry } = file
  const out: Diagnostic[] = []
  if (hasKindMismatch(entry)) {
    const implied = registryKindForUrl(entry.url)
    out.push({
      severity: 'error',
      code: checkCodes.kindMismatch,
      message: `kind ${entry.kind} does not match the URL ${entry.url}: ${entry.url.startsWith('oci://') ? 'oci:// URLs are OCIRegistry' : 'http(s):// URLs are HTTPRegistry'}`,
      hint: `write kind: ${implied ?? entry.kind}, or fix the URL's scheme`,
      ...locate(file.yaml, ['kind'])
    })
  }
  const stem = file.name.replace(/\.ya?ml$/, '')
  if (entry.name !== stem) {
    // Allowed (Ankra's own folder has four), but worth a look in review:
    // users type the name, not the file name.
    out.push({
      severity: 'info',
      code: checkCodes.nameDiffers,
      message: `spec.name "${entry.name}" differs from the file name ${file.name}; add-ons name this registry ${JSON.stringify(entry.name)}`,
      ...locate(file.yaml, ['spec', 'name'])
    })
  }
  return out
}
