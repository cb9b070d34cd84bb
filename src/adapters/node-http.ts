/** The HttpClient port over Node's built-in fetch (undici); no extra dependency. */
import type { HttpClient } from '../ports/http.js'

/** Creates the HttpClient the CLI uses; redirects are followed, as Helm does. */
export function createNodeHttp(): HttpClient {
  return {
    getText: async (url, options = {}) => {
      const response = await fetch(url, {
        redirect: 'follow',
        ...(options.timeoutMs !== undefined
          ? { signal: AbortSignal.timeout(options.timeoutMs) }
          : {})
      })
      return { status: response.status, text: await response.text() }
    }
  }
}
