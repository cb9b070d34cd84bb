import {
  displayLines,
  displayText,
  escapeControls,
  quoteValue,
  redactUrlCredentials
} from '../src/redact.js'

describe('redactUrlCredentials', () => {
  it.each([
    [
      'https://user:tok3n@charts.example.com/x',
      'https://***@charts.example.com/x'
    ],
    [
      'oci://robot@registry.example/charts',
      'oci://***@registry.example/charts'
    ],
    ['ftp://bob:p@ss@host/x', 'ftp://***@host/x'],
    ['git+ssh://git:k@host', 'git+ssh://***@host'],
    [
      'see "https://u:p@h" and http://a:b@c/d',
      'see "https://***@h" and http://***@c/d'
    ]
  ])('hides the userinfo of %s', (url, shown) => {
    expect(redactUrlCredentials(url)).toBe(shown)
  })

  it.each([
    'https://charts.example.com/path@v1',
    'https://charts.example.com/?q=a@b',
    'git@github.com:org/repo.git',
    'mail me at a@b.c'
  ])('leaves %s alone: no userinfo', (text) => {
    expect(redactUrlCredentials(text)).toBe(text)
  })

  it.each([
    ['x_https://u:p@h', 'x_https://***@h'],
    ['1.https://u:p@h', '1.https://***@h'],
    ['-://u@h and s://v@h', '-://***@h and s://***@h'],
    ['https://a@b https://c@d', 'https://***@b https://***@d'],
    ['a://://x@y', 'a://://***@y']
  ])(
    'hides userinfo after any scheme, even inside a word: %s',
    (text, shown) => {
      expect(redactUrlCredentials(text)).toBe(shown)
    }
  )

  it('reads a long run of scheme characters once (a pull request can write one)', () => {
    const run = 'a.'.repeat(200_000)
    // Quadratic before: this took minutes; a jest timeout would end it.
    expect(redactUrlCredentials(`${run}a://host/x`)).toBe(`${run}a://host/x`)
    expect(redactUrlCredentials(`${run}a://u:p@host`)).toBe(
      `${run}a://***@host`
    )
  })
})

describe('escapeControls', () => {
  it('escapes newlines, ANSI escapes, C1 controls and bidi overrides, keeps tabs', () => {
    expect(escapeControls('a\nb\r\u001b[31m\u009b\u202e\tz')).toBe(
      'a\\nb\\r\\u001b[31m\\u009b\\u202e\tz'
    )
  })

  it('indents the lines of a multi-line text so none passes for a line of ours', () => {
    expect(displayLines('first\nx.yaml:1:1: error: forged')).toBe(
      'first\n  x.yaml:1:1: error: forged'
    )
    expect(displayText('a\nb')).toBe('a\\nb')
  })
})

describe('quoteValue', () => {
  it('cuts a long value and says how long it was', () => {
    const quoted = quoteValue('k'.repeat(100_000))
    expect(quoted).toHaveLength(121 + ' (100002 characters)'.length)
    expect(quoted.endsWith('… (100002 characters)')).toBe(true)
  })

  it('never cuts a surrogate pair in half', () => {
    const quoted = quoteValue(`${'a'.repeat(118)}😀😀`)
    expect(quoted).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])/)
  })

  it('hides URL credentials in any value', () => {
    expect(quoteValue({ url: 'https://u:p@h' })).toBe('{"url":"https://***@h"}')
  })
})
