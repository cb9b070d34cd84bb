/**
 * A chart repository's answer is read up to a cap: the URL comes from a
 * definition a pull request may write, and an endless answer would take
 * the runner's memory (`validate --check-charts`).
 */
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { createNodeHttp, maxAnswerBytes } from '../../src/adapters/node-http.js'

let server: Server
let url: string
beforeAll(async () => {
  const chunk = Buffer.alloc(1024 * 1024, 'x')
  server = createServer((request, response) => {
    response.writeHead(200)
    const more = (): void => {
      while (response.write(chunk)) {
        if (response.destroyed) return
      }
      response.once('drain', more)
    }
    if (request.url === '/endless/index.yaml') more()
    else response.end('entries: {}\n')
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})
afterAll(async () => {
  server.closeAllConnections()
  await new Promise((resolve) => server.close(resolve))
})

describe('createNodeHttp', () => {
  it('stops reading an answer larger than the cap', async () => {
    await expect(
      createNodeHttp().getText(`${url}/endless/index.yaml`)
    ).rejects.toThrow(
      `the answer is larger than ${maxAnswerBytes / 1024 / 1024} MiB`
    )
  }, 60_000)

  it('reads a small answer whole', async () => {
    expect(await createNodeHttp().getText(`${url}/index.yaml`)).toEqual({
      status: 200,
      text: 'entries: {}\n'
    })
  })
})
