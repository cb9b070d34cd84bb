/**
 * `${{ ankra.NAME }}` substitution has a bound: a small definition whose
 * one large variable is used thousands of times (a "substitution bomb")
 * once took `plan` to gigabytes. Past the documented limit it is an error
 * naming the variable and where it was used.
 */
import { generateSubstitutionBombRepo } from '../../bench/generate-limit-repos.js'
import { maxSubstitutedBytes } from '../../src/validate/variables.js'
import { tempRoot, validateAndPlan } from './limit-repos.js'

const temp = tempRoot('substitution')

describe('variable substitution', () => {
  it('refuses a definition whose substitution grows past the limit', async () => {
    const started = Date.now()
    const { diagnostics, plan } = await validateAndPlan(
      generateSubstitutionBombRepo(temp.path('bomb'), {
        valueBytes: 100_000,
        uses: 2_500
      })
    )
    expect(plan).toBeUndefined()
    const errors = diagnostics.filter((d) => d.severity === 'error')
    expect(errors).toEqual([
      expect.objectContaining({
        code: 'variable-expansion-limit',
        file: 'bomb.yaml',
        line: 1,
        message: expect.stringContaining('${{ ankra.big }}') as string,
        hint: expect.stringContaining('from_file') as string
      })
    ])
    expect(errors[0]?.message).toContain(String(maxSubstitutedBytes))
    expect(Date.now() - started).toBeLessThan(20_000)
  })

  it('substitutes up to the limit', async () => {
    const { diagnostics, plan } = await validateAndPlan(
      generateSubstitutionBombRepo(temp.path('fits'), {
        valueBytes: 1_000,
        uses: 100
      })
    )
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([])
    const step = plan?.steps[0]
    const data =
      step?.kind === 'manifest' ? step.objects[0]?.object.body.data : undefined
    expect((data as Record<string, string>).k99).toBe('x'.repeat(1_000))
  })
})
