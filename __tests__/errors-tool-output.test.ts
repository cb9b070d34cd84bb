// What kubectl and helm print goes into ClusterSync's messages (step
// failures, results, check runs, Deployments). helm names a chart
// repository by the URL it was given, credentials included: they must not
// travel on.
import { ToolError, trimOutput } from '../src/errors.js'

const helmSays =
  'Error: chart "app" version "9.9.9" not found in http://chartuser:s3cret-t0ken@127.0.0.1:8879 repository'

describe("a tool's output in messages", () => {
  it('keeps the URL but hides its user and password', () => {
    expect(trimOutput(helmSays)).toBe(
      'Error: chart "app" version "9.9.9" not found in http://***@127.0.0.1:8879 repository'
    )
    expect(
      trimOutput('pull oci://robot:p@ss@registry.example/charts/app failed')
    ).toBe('pull oci://***@registry.example/charts/app failed')
  })

  it('leaves URLs without credentials and e-mail addresses as they are', () => {
    const text = 'see https://helm.sh/docs?a=b@c or mail ops@example.com'
    expect(trimOutput(text)).toBe(text)
  })

  it('hides them in a ToolError: message, command and output', () => {
    const error = new ToolError(
      `helm pull failed: ${helmSays}`,
      'helm pull app --repo https://u:s3cret-t0ken@charts.example',
      1,
      helmSays
    )
    for (const text of [error.message, error.command, error.stderr])
      expect(text).not.toContain('s3cret-t0ken')
    expect(error.command).toBe(
      'helm pull app --repo https://***@charts.example'
    )
  })
})
