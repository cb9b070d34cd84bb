/**
 * What every fuzz property of the definition pipeline checks: a repository
 * of in-memory files goes through the loader, the include resolver, the
 * validator and the planner, twice, and
 *  - nothing throws (a throw fails the property, with fast-check's seed),
 *  - every error is a diagnostic with a file and a 1-based line and column,
 *  - the two runs give the same diagnostics and the same plan, byte for byte.
 * Counts of cases run are kept per property, printed, and recorded in
 * RELIABILITY.md ("Fuzzing").
 */
import { MemoryFs } from '../../__fixtures__/fakes/memory-fs.js'
import { longMode } from '../../__fixtures__/long-mode.js'
import type { Diagnostic } from '../../src/diagnostics.js'
import { loadDefinition } from '../../src/definition/load.js'
import { buildPlan } from '../../src/plan/build-plan.js'
import { renderPlanJson, renderPlanText } from '../../src/plan/render-plan.js'
import { validateDefinition } from '../../src/validate/check-definition.js'
import { testRegistries } from './test-registries.js'

/**
 * The seed of every property: fixed in the default run so a failure in CI
 * reproduces; `CLUSTERSYNC_FUZZ_SEED` replays another (the long mode draws
 * a new one each run and prints it).
 */
export const fuzzSeed = Number(
  process.env.CLUSTERSYNC_FUZZ_SEED ??
    (longMode ? Date.now() % 2 ** 31 : 20261206)
)

/** A repository: absolute path → content; `links` are symlinks. */
export interface FuzzRepo {
  files: Record<string, string | Uint8Array>
  links?: Record<string, string>
  /** Sizes `stat` reports instead of the content's (limits, cheaply). */
  sizes?: Record<string, number>
}

/** What one run of the pipeline gave, as text, for comparison. */
export interface PipelineOutcome {
  diagnostics: Diagnostic[]
  /** The plan's text and JSON when the definition validated. */
  plan?: string
}

function memoryFs(repo: FuzzRepo): MemoryFs {
  const fs = new MemoryFs(repo.files)
  for (const [path, target] of Object.entries(repo.links ?? {}))
    fs.link(path, target)
  for (const [path, size] of Object.entries(repo.sizes ?? {}))
    fs.pretendSize(path, size)
  return fs
}

/** Loads, validates and plans `/repo/cluster.yaml` once, on a fresh fs. */
export async function runPipeline(repo: FuzzRepo): Promise<PipelineOutcome> {
  const loaded = await loadDefinition({
    fs: memoryFs(repo),
    root: '/repo',
    file: 'cluster.yaml'
  })
  const checked = validateDefinition(loaded, {
    mode: 'validate',
    registries: testRegistries()
  })
  if (!checked.definition) return { diagnostics: checked.diagnostics }
  const plan = buildPlan(checked.definition)
  return {
    diagnostics: [...checked.diagnostics, ...plan.diagnostics],
    plan: `${renderPlanText(plan)}\n${renderPlanJson(plan)}`
  }
}

/** Errors without a place in the repository: the second invariant's failures. */
export function unplacedErrors(diagnostics: readonly Diagnostic[]): string[] {
  return diagnostics
    .filter(
      (d) =>
        d.severity === 'error' &&
        !(
          typeof d.file === 'string' &&
          d.file.length > 0 &&
          Number.isInteger(d.line) &&
          (d.line ?? 0) >= 1 &&
          Number.isInteger(d.column) &&
          (d.column ?? 0) >= 1
        )
    )
    .map((d) => `${d.code}: ${d.message.slice(0, 200)}`)
}

/**
 * Runs the pipeline twice and checks the three invariants; resolves with
 * the first outcome for properties that assert more.
 */
export async function checkInvariants(
  repo: FuzzRepo
): Promise<PipelineOutcome> {
  const first = await runPipeline(repo)
  const second = await runPipeline(repo)
  expect(unplacedErrors(first.diagnostics)).toEqual([])
  expect(JSON.stringify(second)).toBe(JSON.stringify(first))
  return first
}

const counts = new Map<string, number>()

/**
 * Counts one case of `property` (printed by {@link printCounts}). A name
 * with a comma (`structural edits, planned`) counts a subset of the cases
 * named before the comma, and is left out of the total.
 */
export function countCase(property: string): void {
  counts.set(property, (counts.get(property) ?? 0) + 1)
}

/** Writes the cases run per property and the seed, for RELIABILITY.md. */
export function printCounts(suite: string): void {
  const lines = [...counts].map(([name, n]) => `  ${name}: ${n}`)
  const total = [...counts]
    .filter(([name]) => !name.includes(','))
    .reduce((sum, [, n]) => sum + n, 0)
  process.stdout.write(
    `fuzz ${suite} (seed ${fuzzSeed}${longMode ? ', long mode' : ''}): ${total} cases\n${lines.join('\n')}\n`
  )
}

/** fast-check options: the shared seed and a run count. */
export function fuzzRuns(numRuns: number): {
  seed: number
  numRuns: number
  endOnFailure: boolean
} {
  return { seed: fuzzSeed, numRuns, endOnFailure: true }
}
