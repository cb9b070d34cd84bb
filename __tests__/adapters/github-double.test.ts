import {
  startGitHubDouble,
  type GitHubDouble
} from '../../e2e/support/github-double/server.js'
import { loadApiDescription } from '../../e2e/support/github-double/openapi.js'

let double: GitHubDouble
beforeAll(async () => {
  double = await startGitHubDouble()
})
afterAll(() => double.close())

const post = (path: string, body: unknown) =>
  fetch(`${double.url}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body)
  })

describe('the GitHub API double', () => {
  it('answers with bodies valid against the published response schemas', async () => {
    const res = await post('/repos/o/r/check-runs', {
      name: 'n',
      head_sha: 'b'.repeat(40),
      status: 'in_progress'
    })
    expect(res.status).toBe(201)
    const validate = loadApiDescription().schema('check-run')
    validate(await res.json())
    expect(validate.errors ?? []).toEqual([])
  })

  it('records an unknown operation as a violation', async () => {
    const res = await post('/repos/o/r/check-runz', {})
    expect(res.status).toBe(404)
    expect(() => double.assertNoViolations()).toThrow(
      /\(none\) \(POST \/repos\/o\/r\/check-runz\)/
    )
    double.violations.length = 0
  })

  it('names the operation and pointer of an invalid path parameter and unknown field', async () => {
    const res = await fetch(`${double.url}/repos/o/r/check-runs/abc`, {
      method: 'PATCH',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ stauts: 'completed' })
    })
    expect(res.status).toBe(422)
    expect(double.violations.map((v) => [v.operationId, v.pointer])).toEqual([
      ['checks/update', '/path/check_run_id'],
      ['checks/update', '/body/stauts']
    ])
    double.violations.length = 0
  })
})
