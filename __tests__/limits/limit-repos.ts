/**
 * Validates and plans the repositories of bench/generate-limit-repos.js in
 * a temporary folder, as `clustersync plan --no-live` does.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { createNodeFs } from '../../src/adapters/node-fs.js'
import type { Diagnostic } from '../../src/diagnostics.js'
import { buildPlan } from '../../src/plan/build-plan.js'
import type { Plan } from '../../src/plan/plan-types.js'
import { checkDefinition } from '../../src/validate/check-definition.js'

/** A temporary folder per test file, removed after all its tests. */
export function tempRoot(prefix: string): { path: (name: string) => string } {
  const root = mkdtempSync(join(tmpdir(), `clustersync-${prefix}-`))
  afterAll(() => rmSync(root, { recursive: true, force: true }))
  return { path: (name) => join(root, name) }
}

/** The diagnostics of validation, and the plan when validation passed. */
export async function validateAndPlan(
  definition: string
): Promise<{ diagnostics: Diagnostic[]; plan?: Plan }> {
  const result = await checkDefinition({
    fs: createNodeFs(),
    root: dirname(definition),
    file: 'cluster.yaml',
    mode: 'validate'
  })
  const errors = result.diagnostics.filter((d) => d.severity === 'error')
  if (!result.definition || errors.length > 0) {
    return { diagnostics: result.diagnostics }
  }
  return {
    diagnostics: result.diagnostics,
    plan: buildPlan(result.definition)
  }
}

/** `file:line code: message` of each error, for readable failures. */
export function errorsOf(diagnostics: readonly Diagnostic[]): string[] {
  return diagnostics
    .filter((d) => d.severity === 'error')
    .map((d) => `${d.file}:${d.line} ${d.code}: ${d.message}`)
}
