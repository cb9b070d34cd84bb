import { plural } from '../src/plural.js'

describe('plural', () => {
  it.each([
    [0, '0 errors'],
    [1, '1 error'],
    [2, '2 errors']
  ])('%d error(s) reads "%s"', (n, text) => {
    expect(plural(n, 'error')).toBe(text)
  })

  it('takes an irregular plural', () => {
    expect(plural(0, 'registry', 'registries')).toBe('0 registries')
    expect(plural(1, 'registry', 'registries')).toBe('1 registry')
    expect(plural(2, 'registry', 'registries')).toBe('2 registries')
  })
})
