/**
 * The Action's inputs as readInputs() returns them for a bare `with:` (the
 * action.yml defaults, with a 10-minute timeout and a test token), for the
 * tests that build the Action's sync runner in-process.
 */
import type { Inputs } from '../src/inputs.js'

export function actionInputs(overrides: Partial<Inputs> = {}): Inputs {
  return {
    definition: 'cluster.yaml',
    fullReconcile: false,
    prune: true,
    allowDestructivePrune: false,
    timeoutSeconds: 600,
    concurrency: 4,
    token: 'ghs_test',
    kubectl: 'kubectl',
    helm: 'helm',
    chartMirrors: [],
    sopsAgeKeys: [],
    registryCredentials: new Map(),
    variables: { plain: {}, secret: {} },
    page: { enabled: false, dir: 'clustersync-page' },
    ...overrides
  }
}
