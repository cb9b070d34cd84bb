// Jest runs in ESM mode (the @actions/* packages are ESM-only); ts-jest
// transpiles each file on its own (isolatedModules) and `npm run typecheck`
// does the type checking, so tests stay fast.
const ts = [
  'ts-jest',
  { useESM: true, tsconfig: { isolatedModules: true, noEmit: true } }
]

/** Unit and golden tests: no control plane, no network. */
const unit = {
  displayName: 'unit',
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: { '^.+\\.ts$': ts },
  testMatch: ['<rootDir>/__tests__/**/*.test.ts']
}

/** Tests against the real local control plane (started once per run). */
const e2e = {
  ...unit,
  displayName: 'e2e',
  testMatch: ['<rootDir>/e2e/tests/**/*.test.ts'],
  globalSetup: '<rootDir>/e2e/support/global-setup.js',
  globalTeardown: '<rootDir>/e2e/support/global-teardown.js'
}

/** The GitOps page in Debian's chromium (no control plane needed). */
const browser = {
  ...unit,
  displayName: 'browser',
  testMatch: ['<rootDir>/e2e/browser/**/*.test.ts']
}

export default {
  projects: [unit, e2e, browser],
  testTimeout: 120000,
  coveragePathIgnorePatterns: ['/node_modules/', '<rootDir>/src/index.ts']
}
