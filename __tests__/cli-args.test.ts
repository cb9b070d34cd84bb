import { parseArgs, editDistance } from '../src/cli/args.js'
import {
  definitionOptions,
  formatOption,
  withGlobalOptions
} from '../src/cli/shared-options.js'
import { UsageError, getErrorMessage } from '../src/errors.js'

const specs = withGlobalOptions(
  ...definitionOptions,
  formatOption(['text', 'json', 'github']),
  { name: 'kubeconfig', type: 'string' as const, description: '' },
  { name: 'prune', type: 'boolean', negatable: true, description: '' },
  { name: 'full', type: 'boolean', description: '' }
)

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

  it('takes --no-X for every boolean, as it always did', () => {
    expect(parseArgs(['--no-prune'], specs).options.prune).toBe(false)
    expect(parseArgs(['--no-color'], specs).options['no-color']).toBe(true)
    expect(parseArgs(['--full', '--no-full'], specs).options.full).toBe(false)
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
