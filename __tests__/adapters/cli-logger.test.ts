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
})
