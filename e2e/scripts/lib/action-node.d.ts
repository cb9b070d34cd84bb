/** Types of e2e/scripts/lib/action-node.js for the tests. */
export interface ActionNodeManifest {
  optionalDependencies?: Record<string, string>
}
export declare const actionNodeDir: string
export declare function actionNodeMajor(actionYaml: string): number
export declare function checkPinnedMajor(
  manifest: ActionNodeManifest,
  major: number
): void
export declare function pinnedNode(
  manifest: ActionNodeManifest,
  platform?: string,
  arch?: string
): { name: string; version: string }
export declare function ensureActionNode(): string
