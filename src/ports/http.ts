/**
 * Reading from the network (chart repository indexes). Opt-in features only:
 * validation stays offline and deterministic unless a flag asks for this.
 */

export interface HttpGetOptions {
  /** Give up after this many milliseconds (the promise rejects). */
  timeoutMs?: number
  /**
   * HTTP Basic credentials, sent to the URL's own origin only (never after
   * a redirect to another host), as helm does without --pass-credentials.
   */
  basicAuth?: { username: string; password: string }
}

export interface HttpResponse {
  /** The HTTP status; any status resolves, only transport failures reject. */
  status: number
  text: string
}

/** GET a URL as text; rejects when the server cannot be reached or times out. */
export interface HttpClient {
  getText(url: string, options?: HttpGetOptions): Promise<HttpResponse>
}

/** The defaults every caller starts from: 10 s, enough for a large index.yaml. */
export function defaultHttpGetOptions(): HttpGetOptions {
  return { timeoutMs: 10_000 }
}
