import { parseArgs, commonOptions, editDistance } from '../src/cli/args.js'
import { UsageError, getErrorMessage } from '../src/errors.js'

const specs = [
  ...commonOptions,
  { name: 'kubeconfig', type: 'string' as const, description: '' }
]

describe('parseArgs', () => {
  it('takes the definition as a positional or with -f/--file', () => {
    expect(parseArgs(['clusters/prod.yaml'], specs).positionals).toEqual([
      'clusters/prod.yaml'
    ])
    expect(parseArgs(['-f', 'a.yaml'], specs).options.file).toBe('a.yaml')
    expect(parseArgs(['--file=a.yaml'], specs).options.file).toBe('a.yaml')
  })

  it('rejects an unknown flag with a suggestion', () => {
    expect(() => parseArgs(['--kubeconfg', 'x'], specs)).toThrow(
      new UsageError('unknown option --kubeconfg (did you mean --kubeconfig?)')
    )
  })

  it('lists the accepted values of a choice', () => {
    expect(() => parseArgs(['--format', 'yaml'], specs)).toThrow(
      'option --format accepts text, json, github; got "yaml"'
    )
  })

  it('reports a flag without its value', () => {
    expect(() => parseArgs(['--root'], specs)).toThrow(
      'option --root needs a value'
    )
  })

  it('measures edit distance', () => {
    expect(editDistance('parent', 'parents')).toBe(1)
    expect(editDistance('chart_verison', 'chart_version')).toBe(2)
  })
})

describe('getErrorMessage', () => {
  it('keeps the message of an error from another realm', async () => {
    const { runInNewContext } = await import('node:vm')
    const foreign: unknown = runInNewContext('new Error("boom")')
    expect(foreign instanceof Error).toBe(false)
    expect(getErrorMessage(foreign)).toBe('boom')
  })

  it('describes non-Error throws', () => {
    expect(getErrorMessage('plain')).toBe('plain')
    expect(getErrorMessage({ code: 7 })).toBe('{"code":7}')
  })
})
