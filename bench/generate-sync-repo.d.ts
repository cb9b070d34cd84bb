// Types of generate-sync-repo.js, for the TypeScript test that checks the
// generated repositories validate and plan.
export declare const objectsPerFile: number
export declare const filesPerStack: number

export interface SyncRepoOptions {
  objects: number
  workloads?: boolean
  revision?: number
  namespacePrefix?: string
  cluster?: string
}

export interface SyncRepo {
  definition: string
  files: string[]
  editableFile: string
  stacks: number
  namespacePrefix: string
  workloads: boolean
}

export declare function generateSyncRepo(
  root: string,
  options: SyncRepoOptions
): SyncRepo

export declare function editOneFile(info: SyncRepo, revision: number): void
