/**
 * `validate` and `plan` given a folder: each cluster checked as if named
 * alone, and one answer for all. JSON wraps today's per-definition
 * document: `{"valid": <all valid>, "clusters": [{"cluster",
 * "definition", "valid", "diagnostics", …}]}`; text prints each cluster's
 * answer under its path, then a count.
 */
import { hasErrors, type Diagnostic } from '../../diagnostics.js'
import { plural } from '../../plural.js'
import { toDiagnosticsJson } from '../../report/diagnostics-format.js'
import type { CliContext } from '../context.js'
import type { FleetTarget } from '../fleet-target.js'

/** One cluster's answer; `extra` joins its JSON entry (the plan). */
export interface FleetAnswer {
  target: FleetTarget
  diagnostics: readonly Diagnostic[]
  /** Printed for the cluster in text and github formats. */
  text: string
  json?: Record<string, unknown>
}

/** Writes the answers; resolves with the exit code (1 when any is invalid). */
export function writeFleet(
  ctx: CliContext,
  format: 'text' | 'json' | 'github',
  answers: readonly FleetAnswer[]
): number {
  const invalid = answers.filter((a) => hasErrors(a.diagnostics)).length
  if (format === 'json') {
    const clusters = answers.map((a) => {
      const { valid, diagnostics } = toDiagnosticsJson(a.diagnostics)
      return {
        cluster: a.target.cluster,
        definition: a.target.file,
        valid,
        diagnostics,
        ...a.json
      }
    })
    ctx.stdout.write(
      `${JSON.stringify({ valid: invalid === 0, clusters }, null, 2)}\n`
    )
  } else {
    for (const a of answers) {
      ctx.stdout.write(`== ${a.target.file} (cluster ${a.target.cluster})\n`)
      ctx.stdout.write(a.text)
    }
    ctx.stdout.write(
      `${plural(answers.length, 'cluster')}: ${answers.length - invalid} valid, ${invalid} invalid\n`
    )
  }
  return invalid > 0 ? 1 : 0
}
