/**
 * What every validation rule shares: the loaded definition and the list of
 * diagnostics, with helpers that place a diagnostic at a pointer's source
 * position (its key for field-level problems).
 */
import type { Diagnostic, Severity, SourceLocation } from '../diagnostics.js'
import type { LoadedDefinition } from '../definition/load.js'
import type { SourceRef } from '../definition/definition-types.js'

/** The state of one `validateDefinition` run. */
export interface ValidationContext {
  loaded: LoadedDefinition
  diagnostics: Diagnostic[]
}

/** Adds a diagnostic located at `pointer` (or at an explicit location). */
export function report(
  ctx: ValidationContext,
  severity: Severity,
  pointer: string,
  code: string,
  message: string,
  hint?: string,
  location?: SourceLocation
): void {
  const where = location ?? ctx.loaded.sourceMap.locate(pointer)
  ctx.diagnostics.push({
    severity,
    code,
    message,
    file: where?.file ?? ctx.loaded.file,
    line: where?.line ?? 1,
    column: where?.column ?? 1,
    pointer,
    hint
  })
}

/** The position of the key at `pointer`, for field-level diagnostics. */
export function keyLocation(
  ctx: ValidationContext,
  pointer: string
): SourceLocation | undefined {
  return ctx.loaded.sourceMap.locateKey(pointer)
}

/** The source reference of a pointer (falls back to the definition's first line). */
export function sourceRef(ctx: ValidationContext, pointer: string): SourceRef {
  const where = ctx.loaded.sourceMap.locate(pointer)
  return {
    file: where?.file ?? ctx.loaded.file,
    line: where?.line ?? 1,
    column: where?.column ?? 1,
    pointer
  }
}

/** `file:line:column`, for messages that name a second place. */
export function formatPlace(place: SourceLocation): string {
  return `${place.file}:${place.line}:${place.column}`
}
