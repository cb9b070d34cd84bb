/**
 * The CLI logger hides every registered secret before writing. Secrets may
 * overlap (a password and a token that starts with it; a secret and the
 * first characters a plan's path keeps of it), so the longest is hidden
 * first: hiding the shorter one first would leave the rest of the longer.
 */
import { createCliLogger } from '../../src/adapters/cli-logger.js'

function logger() {
  const written: string[] = []
  const log = createCliLogger({
    write: (text) => written.push(text),
    isTTY: false
  })
  return { log, written }
}

describe('createCliLogger', () => {
  it('hides a secret that holds another, registered first, whole', () => {
    const { log, written } = logger()
    log.mask('hunter22')
    log.mask('hunter22-and-the-rest-Vq8Lz3')
    log.info('token hunter22-and-the-rest-Vq8Lz3, password hunter22')
    expect(written).toEqual(['token ***, password ***\n'])
  })

  it('does not hide strings too short to be a secret', () => {
    const { log, written } = logger()
    log.mask('abc')
    log.warning('abc stays')
    expect(written).toEqual(['warning: abc stays\n'])
  })

  it('hides the start a cut left of a secret, where the cut is marked', () => {
    const { log, written } = logger()
    const secret = 'sv-cut-Hn4Rw8Tq2Lx6-Zp9Kd3'
    log.mask(secret)
    log.warning(`retrying: value "${secret.slice(0, 14)}…`)
    log.info('deployed to sv-cut-Hn4Rw8 and more')
    expect(written).toEqual([
      'warning: retrying: value "***…\n',
      'deployed to sv-cut-Hn4Rw8 and more\n'
    ])
  })
})
