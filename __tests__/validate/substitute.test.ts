/**
 * `substitute` copies only the lists and mappings on the way to a
 * reference and never modifies its input; keys are data, so a manifest key
 * named `__proto__` stays a key and never becomes the copy's prototype.
 */
import { substitute } from '../../src/validate/variables.js'

const variables = { env: 'prod' }

describe('substitute', () => {
  it('returns new values on the path to a reference and shares the rest', () => {
    const untouched = { labels: { team: 'a' } }
    const body = {
      metadata: { name: 'app-${{ ankra.env }}', extra: untouched },
      data: { plain: 'x' },
      list: ['${{ ankra.env }}', { keep: 1 }]
    }
    const before = JSON.stringify(body)
    const out = substitute(body, variables, new Set()) as typeof body
    expect(out).toEqual({
      metadata: { name: 'app-prod', extra: untouched },
      data: { plain: 'x' },
      list: ['prod', { keep: 1 }]
    })
    expect(JSON.stringify(body)).toBe(before)
    expect(out).not.toBe(body)
    expect(out.metadata).not.toBe(body.metadata)
    expect(out.metadata.extra).toBe(untouched)
    expect(out.data).toBe(body.data)
    expect(out.list[1]).toBe(body.list[1])
  })

  it('keeps a `__proto__` key as data, substituted or not', () => {
    const body = JSON.parse(
      '{"__proto__": {"polluted": "${{ ankra.env }}"}, "b": "${{ ankra.env }}", "c": {"__proto__": "x"}}'
    ) as Record<string, unknown>
    const out = substitute(body, variables, new Set()) as Record<
      string,
      unknown
    >
    expect(Object.getPrototypeOf(out)).toBe(Object.prototype)
    expect(Object.keys(out)).toEqual(['__proto__', 'b', 'c'])
    expect(Object.getOwnPropertyDescriptor(out, '__proto__')?.value).toEqual(
      JSON.parse('{"polluted": "prod"}')
    )
    expect(out.b).toBe('prod')
    expect(out.c).toBe(body.c)
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  })
})
