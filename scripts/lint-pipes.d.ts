/** Types of scripts/lint-pipes.js for the tests. */
export declare function usesPipefail(text: string): boolean
export declare function findQuitEarlyPipes(
  text: string
): { line: number; code: string }[]
export declare function shellScripts(cwd?: string): string[]
