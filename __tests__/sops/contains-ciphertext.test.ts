import { containsCiphertext } from '../../src/sops/sops-metadata.js'

const enc = 'ENC[AES256_GCM,data:abc,iv:x,tag:y,type:str]'

describe('containsCiphertext', () => {
  it('finds a SOPS value at any depth, in mappings and lists', () => {
    expect(containsCiphertext({ a: [{ b: 'x' }, { c: [1, enc] }] })).toBe(true)
    expect(containsCiphertext([null, 2, { d: enc }])).toBe(true)
    expect(containsCiphertext(enc)).toBe(true)
  })

  it('finds one under a `__proto__` key that YAML made an own property', () => {
    const value = {}
    Object.defineProperty(value, '__proto__', {
      value: { secret: enc },
      enumerable: true
    })
    expect(containsCiphertext(value)).toBe(true)
  })

  it('reads plain text, prefixes alone and inherited members as plain', () => {
    expect(containsCiphertext({ a: 'ENC[', b: ['x', 1, true, null] })).toBe(
      false
    )
    const inherited = Object.create({ secret: enc }) as object
    expect(containsCiphertext(inherited)).toBe(false)
  })

  it('stops at the nesting guard, as before', () => {
    let deep: unknown = enc
    for (let i = 0; i < 205; i++) deep = [deep]
    expect(containsCiphertext(deep)).toBe(false)
  })
})
