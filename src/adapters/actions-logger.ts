/**
 * The Logger port as workflow commands (@actions/core): info lines, warnings,
 * errors, collapsible groups, and masking through core.setSecret so the
 * runner hides a secret in every later line of the log, whole; what a cut
 * left of one is scrubbed here.
 */
import * as core from '@actions/core'
import type { Logger } from '../ports/logger.js'
import type { WorkflowAnnotation } from '../report/annotations.js'
import { displayLines, displayText } from '../redact.js'
import { maskValue, scrubMasked } from './masked-values.js'

/** Creates the Action's logger. */
export function createActionsLogger(): Logger {
  return {
    // core.info writes the line as it is: a newline in a name could start a
    // workflow command (`::add-mask::…`), so controls are escaped. Warnings
    // and errors are workflow commands whose data core escapes; their lines
    // are kept, each escaped.
    // Each line is also scrubbed here: the runner hides registered secrets
    // only whole, and a line may quote one cut short (masked-values.ts).
    debug: (m) => core.debug(scrubMasked(displayLines(m))),
    info: (m) => core.info(scrubMasked(displayText(m))),
    warning: (m) => core.warning(scrubMasked(displayLines(m))),
    error: (m) => core.error(scrubMasked(displayLines(m))),
    group: (title, fn) => core.group(scrubMasked(displayText(title)), fn),
    mask: (secret) => maskValue(secret),
    redact: scrubMasked
  }
}

/** Emits workflow-command annotations (already capped by the report layer). */
export function emitAnnotations(
  annotations: readonly WorkflowAnnotation[]
): void {
  for (const a of annotations) {
    const props: core.AnnotationProperties = {
      title: a.title,
      file: a.file,
      startLine: a.startLine,
      endLine: a.endLine,
      // GitHub ignores columns on multi-line ranges; only send them on one line.
      ...(a.endLine === undefined || a.endLine === a.startLine
        ? { startColumn: a.startColumn, endColumn: a.endColumn }
        : {})
    }
    if (a.level === 'error') core.error(a.message, props)
    else if (a.level === 'warning') core.warning(a.message, props)
    else core.notice(a.message, props)
  }
}
