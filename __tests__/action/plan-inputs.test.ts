/**
 * What the Action's inputs add to a validation or plan: a pull request plan
 * run with the `sops-age-key` input must not warn that no age key was given
 * (sops-no-key), as the CLI does not when it finds one.
 */
import { planInputs } from '../../src/action/modes.js'
import { noVariables } from '../../src/secrets/cluster-variables.js'
import { identity } from '../sops/sops-fixtures.js'

const inputs = (keys: string[]) => ({
  registryCredentials: new Map(),
  variables: noVariables,
  sopsAgeKeys: keys
})

describe('planInputs', () => {
  it('says whether age keys were given', () => {
    expect(planInputs(inputs([identity('test-only-age-key')])).secrets).toEqual(
      { sopsKeys: true }
    )
    expect(planInputs(inputs([])).secrets).toEqual({ sopsKeys: false })
  })
})
