/** Types of the parts of settings.js the tests use. */
export declare function stateDir(env?: NodeJS.ProcessEnv): string
export declare function testStateDir(env?: NodeJS.ProcessEnv): string
