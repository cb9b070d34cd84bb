import { durationForms, parseDuration } from '../src/duration.js'
import { ConfigurationError, UsageError } from '../src/errors.js'

const ms = (text: string): number =>
  parseDuration(text, 'option --timeout', UsageError)

describe('parseDuration', () => {
  it.each([
    ['600', 600_000],
    ['2.5', 2_500],
    ['500ms', 500],
    ['90s', 90_000],
    ['15m', 900_000],
    ['1h', 3_600_000],
    ['1.5h', 5_400_000],
    ['1h30m', 5_400_000],
    ['2m30s', 150_000],
    ['1h2m3s4ms', 3_723_004],
    ['90 s', 90_000],
    ['1h 30m', 5_400_000],
    ['  10m  ', 600_000]
  ])('reads %s as %d ms', (text, expected) => {
    expect(ms(text)).toBe(expected)
  })

  it('refuses a duration longer than a timer can wait, instead of firing at once', () => {
    expect(ms('500h')).toBe(1_800_000_000)
    for (const text of ['600h', '2160000', '500h1s']) {
      expect(() => ms(text)).toThrow(
        `option --timeout must be at most 500h (a timer cannot wait longer); got "${text}"`
      )
    }
  })

  it.each([
    '',
    'soon',
    '5x',
    '-5s',
    '1h30',
    'm',
    '1.5.2s',
    '5 minutes',
    '1e3',
    '30m1h',
    '1m30m',
    '10us'
  ])('refuses %j, naming the flag and every accepted form', (text) => {
    expect(() => ms(text)).toThrow(
      new UsageError(
        `option --timeout accepts a duration: seconds (600), or a number and a unit ms, s, m or h (500ms, 90s, 15m, 1h), or several of them, largest first (1h30m, 2m30s); got "${text}"`
      )
    )
  })

  it('throws the error kind the caller asks for', () => {
    expect(() =>
      parseDuration('soon', 'input "timeout"', ConfigurationError)
    ).toThrow(
      new ConfigurationError(
        `input "timeout" accepts ${durationForms}; got "soon"`
      )
    )
  })

  it('refuses zero unless the caller allows it', () => {
    expect(() => ms('0s')).toThrow(
      'option --timeout must be longer than 0; got "0s"'
    )
    expect(
      parseDuration('0', 'option --lock-timeout', UsageError, {
        allowZero: true
      })
    ).toBe(0)
  })
})
