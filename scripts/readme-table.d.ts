/** Types of scripts/readme-table.js for the tests. */
export declare const startMarker: string
export declare const endMarker: string
export declare function renderActionTable(actionYaml: string): string
export declare function updateReadme(readme: string, actionYaml: string): string
