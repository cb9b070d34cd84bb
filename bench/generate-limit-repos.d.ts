// Types of generate-limit-repos.js, for the TypeScript tests that plan the
// generated repositories. Each function returns the definition's path.
export declare function generateWavesRepo(
  root: string,
  options: { waves?: number; perWave: number }
): string
export declare function generateParentsChainRepo(
  root: string,
  options: { length: number; cycle?: boolean }
): string
export declare function generateNestingRepo(
  root: string,
  options: { depth: number }
): string
export declare function generateSubstitutionBombRepo(
  root: string,
  options: { valueBytes: number; uses: number }
): string
export declare function generateStacksRepo(
  root: string,
  options: { stacks: number; objectsPerStack?: number }
): string
