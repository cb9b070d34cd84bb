import { isTransient, isUnreachable } from '../../src/apply/retry.js'

describe('transient failures', () => {
  it("treats kubectl's own wording for a dead API server as transient and unreachable", () => {
    const stderr =
      'The connection to the server 127.0.0.1:36257 was refused - did you specify the right host or port?'
    expect(isTransient({ stderr })).toBe(true)
    expect(isUnreachable({ stderr })).toBe(true)
  })
})
