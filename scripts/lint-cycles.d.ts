/** Types of scripts/lint-cycles.js for the tests. */
export type ReferenceKind =
  | 'import'
  | 'import type'
  | 'export'
  | 'export type'
  | 'side-effect import'
  | 'dynamic import'

export interface ModuleReference {
  specifier: string
  kind: ReferenceKind
  line: number
  code: string
}

export interface CycleEdge extends ModuleReference {
  from: string
  to: string
}

export interface Cycle {
  /** The files in order, closing on the first. */
  files: string[]
  edges: CycleEdge[]
}

export declare function moduleReferences(
  text: string,
  fileName?: string
): ModuleReference[]
export declare function resolveSpecifier(
  from: string,
  specifier: string,
  files: ReadonlySet<string>
): string | undefined
export declare function moduleGraph(
  sources: Record<string, string>
): Map<string, Map<string, ModuleReference>>
export declare function stronglyConnected(
  graph: Map<string, Map<string, unknown>>
): string[][]
export declare function findCycles(sources: Record<string, string>): Cycle[]
export declare function formatCycle(cycle: Cycle): string
export declare function sourceFiles(dir?: string, cwd?: string): string[]
