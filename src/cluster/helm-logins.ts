/**
 * Helm's access to charts that need a login, private to one run. A
 * credential never goes in a process's arguments (anyone on the machine
 * can read them in /proc): OCI logins use `helm registry login
 * --password-stdin`, HTTP repositories `helm repo add --password-stdin`.
 * What helm then stores (its registry config, its repositories.yaml and
 * index cache) lives in a folder of this run's own (mode 0700), never the
 * user's helm config, and is removed when the run ends.
 *
 * HTTP credentials go only to the repository's own host: the chart is
 * installed as `<alias>/<chart>` from that repository entry, and helm sends
 * the entry's credentials to a chart URL on another host only with
 * `--pass-credentials`, which is never given. The repository's URL comes
 * from the definition, which a pull request writes: a credential bound to
 * a host (`host:` in the credentials) goes to that host only, and one not
 * bound never goes over plain HTTP except to a loopback address.
 */
import { createHash } from 'node:crypto'
import { mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { ChartSource } from '../definition/definition-types.js'
import type { ExecResult } from '../ports/exec.js'
import { redactUrlCredentials } from '../redact.js'
import type { RegistryCredentials } from '../secrets/registry-credentials.js'

/** Runs helm with flags, positionals and stdin (HelmClient's own runner). */
export type HelmRun = (
  args: readonly string[],
  positionals: readonly string[],
  input?: string
) => Promise<ExecResult>

/** Creates, lists and removes the run's private folders; tests replace it. */
export interface PrivateFolder {
  create(): string
  /** The names of the files in a folder `create` made. */
  list(path: string): string[]
  remove(path: string): void
}

/** A folder under the system's temporary folder, mode 0700 (mkdtemp's). */
export const systemPrivateFolder: PrivateFolder = {
  create: () => mkdtempSync(join(tmpdir(), 'clustersync-helm-')),
  list: (path) => readdirSync(path),
  remove: (path) => rmSync(path, { recursive: true, force: true })
}

/** How helm reaches a chart that needs a login. */
export type ChartAccess =
  /**
   * Install with these extra flags; `repository` (HTTP only) is the
   * repository entry the chart is installed from, as `<repository>/<chart>`.
   */
  | { flags: string[]; repository?: string }
  /** The login failed or no credential was given: said for people. */
  | { failure: string }

/** Whether a registry refused a login (HTTP 401 or 403), from helm's output. */
export function saysRefused(stderr: string): boolean {
  return /\b(401|403)\b|unauthorized|forbidden|authentication required/i.test(
    stderr
  )
}

/**
 * Loopback OCI registries are spoken to over plain HTTP, as Docker treats
 * 127.0.0.0/8 as an insecure registry by default; any other host needs TLS.
 */
export function isLoopbackHost(host: string): boolean {
  const name = host.replace(/:\d+$/, '').replace(/^\[|\]$/g, '')
  return name === 'localhost' || name === '::1' || /^127\./.test(name)
}

/** The host (and port) of an `oci://host[:port]/path` reference. */
export function ociHost(location: string): string {
  return location.replace(/^oci:\/\//, '').split('/')[0] ?? ''
}

/** The logins of one run; `close()` removes everything helm stored. */
export class HelmLogins {
  private folder: string | undefined
  private readonly done = new Map<string, Promise<ChartAccess>>()

  constructor(
    private readonly credentials: RegistryCredentials,
    private readonly folders: PrivateFolder = systemPrivateFolder
  ) {}

  /**
   * Logs in once per registry and credential, and says how to install the
   * chart from there: `major` decides the helm v4-only cache flag.
   * Never rejects for a refused login; that is a `failure`.
   */
  access(chart: ChartSource, major: 3 | 4, run: HelmRun): Promise<ChartAccess> {
    const name = chart.credentialName ?? ''
    const credential = this.credentials.get(name)
    if (!credential) {
      return Promise.resolve({
        failure: `chart registry ${redactUrlCredentials(chart.location)} needs the credential "${name}", which the run was not given (registry-credentials input, --registry-credentials file)`
      })
    }
    const refused = sendRefused(chart, name, credential.host)
    if (refused !== undefined) return Promise.resolve({ failure: refused })
    const alias = `clustersync-${createHash('sha256')
      .update(`${chart.type}\0${chart.location}\0${name}`)
      .digest('hex')
      .slice(0, 12)}`
    let login = this.done.get(alias)
    if (!login) {
      login = this.login(chart, alias, credential, major, run)
      this.done.set(alias, login)
    }
    return login
  }

  /** Removes the run's folder and what helm stored in it. */
  close(): void {
    if (this.folder !== undefined) this.folders.remove(this.folder)
    this.folder = undefined
    this.done.clear()
  }

  private async login(
    chart: ChartSource,
    alias: string,
    credential: { username: string; password: string },
    major: 3 | 4,
    run: HelmRun
  ): Promise<ChartAccess> {
    this.folder ??= this.folders.create()
    const dir = this.folder
    const name = chart.credentialName ?? ''
    const where = redactUrlCredentials(chart.location)
    // One registry config per login: two credentials for one OCI host
    // would otherwise overwrite each other.
    const registryConfig = join(dir, `${alias}-registry.json`)
    const repositoryConfig = join(dir, 'repositories.yaml')
    const cache = join(dir, 'cache')
    const flags = [
      `--registry-config=${registryConfig}`,
      `--repository-config=${repositoryConfig}`,
      `--repository-cache=${cache}`,
      ...(major === 4 ? [`--content-cache=${join(dir, 'content')}`] : [])
    ]
    let result: ExecResult
    if (chart.type === 'oci') {
      const host = ociHost(chart.location)
      const plain = isLoopbackHost(host) ? ['--plain-http'] : []
      result = await run(
        [
          'registry',
          'login',
          '--username',
          credential.username,
          '--password-stdin',
          ...plain,
          ...flags
        ],
        [host],
        credential.password
      )
    } else {
      result = await run(
        [
          'repo',
          'add',
          '--username',
          credential.username,
          '--password-stdin',
          '--force-update',
          ...flags
        ],
        [alias, chart.location],
        credential.password
      )
    }
    if (result.exitCode === 0)
      return chart.type === 'http' ? { flags, repository: alias } : { flags }
    const why = saysRefused(result.stderr)
      ? 'refused the login'
      : result.timedOut
        ? 'did not answer the login in time'
        : `could not be logged in to (helm exit code ${result.exitCode})`
    return {
      failure: `chart registry ${where} ${why} with credential "${name}"${saysRefused(result.stderr) ? ` (${statusOf(result.stderr)})` : ''}`
    }
  }
}

/**
 * Why `credential` must not go to the chart's registry, or undefined: it
 * is bound to another host, or the registry speaks plain HTTP to a host
 * that is not a loopback address and the binding (if any) does not allow
 * it (`host: http://…`).
 */
export function sendRefused(
  chart: ChartSource,
  name: string,
  bound: string | undefined
): string | undefined {
  const where = redactUrlCredentials(chart.location)
  const host = registryHost(chart)
  const plain =
    chart.type === 'http' &&
    /^http:/i.test(chart.location) &&
    !isLoopbackHost(host)
  if (bound !== undefined) {
    const allowsPlain = bound.startsWith('http://')
    const only = withoutDefaultPort(bound.replace(/^https?:\/\//, ''))
    if (host !== only)
      return `chart registry ${where}: the credential "${name}" is for ${only} only, so it is not sent to ${host}`
    return plain && !allowsPlain
      ? `chart registry ${where}: the credential "${name}" is bound to ${only} over TLS, so it is not sent over plain HTTP (write host: http://${only} to allow it)`
      : undefined
  }
  return plain
    ? `chart registry ${where}: the credential "${name}" is not sent over plain HTTP; use https://, or bind the credential to this host (host: http://${host})`
    : undefined
}

/** The registry's host and port, lower-cased, as a credential's `host` names it. */
function registryHost(chart: ChartSource): string {
  if (chart.type === 'oci')
    return withoutDefaultPort(ociHost(chart.location).toLowerCase())
  try {
    return new URL(chart.location).host.toLowerCase()
  } catch {
    return ''
  }
}

/** `host:443` and `host:80` as `host`, as URLs write them. */
function withoutDefaultPort(host: string): string {
  return host.replace(/:(443|80)$/, '')
}

function statusOf(stderr: string): string {
  return /\b403\b|forbidden/i.test(stderr)
    ? '403 Forbidden'
    : '401 Unauthorized'
}
