/**
 * The Action's inputs, read once and validated up front (STYLE.md §5.1): the
 * only caller of core.getInput. Names are pinned by issue 5 and action.yml;
 * every error names the input and what it accepts.
 */
import { maskValue } from './adapters/masked-values.js'
import * as core from '@actions/core'
import {
  parseChartMirror,
  type ChartMirror
} from './definition/chart-mirrors.js'
import { parseDuration } from './duration.js'
import { ConfigurationError } from './errors.js'
import {
  isFleetMode,
  readFleetInputs,
  type FleetInputs
} from './fleet-inputs.js'
import { parseAgeIdentities } from './sops/age-keys.js'
import { readSecretInputs, type SecretInputs } from './secrets/secret-inputs.js'
import { readPageInputs, type PageInputs } from './page-inputs.js'

/** Input names, as in action.yml. */
export const InputNames = {
  definition: 'definition',
  kubeconfig: 'kubeconfig',
  context: 'context',
  mode: 'mode',
  fullReconcile: 'full-reconcile',
  prune: 'prune',
  allowDestructivePrune: 'allow-destructive-prune',
  timeout: 'timeout',
  concurrency: 'concurrency',
  token: 'token',
  kubectl: 'kubectl',
  helm: 'helm',
  chartMirrors: 'chart-mirrors',
  sopsAgeKey: 'sops-age-key'
} as const

export type Mode = 'sync' | 'plan' | 'validate'

export interface Inputs extends FleetInputs, SecretInputs {
  /** Repository-relative path of the cluster definition. */
  definition: string
  /** The kubeconfig's content (already decoded from base64), if given. */
  kubeconfig?: string
  context?: string
  /** Undefined = decided by the event. */
  mode?: Mode
  fullReconcile: boolean
  prune: boolean
  allowDestructivePrune: boolean
  /** Whole-run timeout in seconds: a sync, or a plan, drift check or validation (the CLI's `--timeout` bounds one step instead). */
  timeoutSeconds: number
  concurrency: number
  /** `concurrency` when the workflow set it: a cap on add-ons running helm at once (engine/addon-pace.ts). */
  concurrencyCap?: number
  token: string
  kubectl: string
  helm: string
  /** `chart-mirrors`: one `FROM=TO` per line (see definition/chart-mirrors.ts). */
  chartMirrors: ChartMirror[]
  /** `sops-age-key`: age identities for SOPS-encrypted files, masked on arrival. */
  sopsAgeKeys: string[]
  /** `mode: page` and `page-dir` (page-inputs.ts). */
  page: PageInputs
}

/** The inputs; throws ConfigurationError naming the first bad one. */
export function readInputs(): Readonly<Inputs> {
  const { inputs, problems } = readInputsChecked()
  if (problems[0]) throw problems[0]
  return inputs
}

/**
 * The inputs with every bad one reported and its default used in its place,
 * so a run with a mistake in its workflow still reports it on the commit
 * (main.ts) instead of failing before any check run exists.
 */
export function readInputsChecked(): {
  inputs: Readonly<Inputs>
  problems: ConfigurationError[]
} {
  const problems: ConfigurationError[] = []
  const checked = <T>(read: () => T, fallback: T): T => {
    try {
      return read()
    } catch (error) {
      if (!(error instanceof ConfigurationError)) throw error
      problems.push(error)
      return fallback
    }
  }
  const text = (name: string): string => core.getInput(name).trim()
  const definition = text(InputNames.definition) || 'cluster.yaml'
  const mode = checked((): Mode | undefined => {
    const modeText = text(InputNames.mode)
    if (modeText === '' || isFleetMode(modeText)) return undefined
    if (modeText === 'page') return undefined // page-inputs.ts reads it
    if (!['sync', 'plan', 'validate'].includes(modeText)) {
      throw new ConfigurationError(
        `input "mode" accepts sync, plan, validate, discover, summary or page (or empty for the event's default); got "${modeText}"`
      )
    }
    return modeText as Mode
  }, undefined)
  // core.getInput keeps multi-line values; a kubeconfig must not be trimmed
  // line by line, only at its ends.
  const rawKubeconfig = core.getInput(InputNames.kubeconfig).trim()
  const inputs = Object.freeze({
    definition,
    kubeconfig: rawKubeconfig === '' ? undefined : rawKubeconfig,
    context: text(InputNames.context) || undefined,
    mode,
    fullReconcile: checked(
      () => boolean(InputNames.fullReconcile, false),
      false
    ),
    prune: checked(() => boolean(InputNames.prune, true), true),
    allowDestructivePrune: checked(
      () => boolean(InputNames.allowDestructivePrune, false),
      false
    ),
    timeoutSeconds: checked(() => duration(text(InputNames.timeout)), 900),
    concurrency: checked(
      () =>
        positiveInteger(
          InputNames.concurrency,
          text(InputNames.concurrency),
          4
        ),
      4
    ),
    ...(text(InputNames.concurrency) === ''
      ? {}
      : { concurrencyCap: Number(text(InputNames.concurrency)) }),
    token: text(InputNames.token),
    kubectl: text(InputNames.kubectl) || 'kubectl',
    helm: text(InputNames.helm) || 'helm',
    chartMirrors: checked(mirrors, []),
    sopsAgeKeys: checked(sopsAgeKeys, []),
    ...readFleetInputs((name) => core.getInput(name), checked),
    ...readSecretInputs((name) => core.getInput(name), checked),
    page: checked(() => readPageInputs(text), {
      enabled: false,
      dir: 'clustersync-page'
    })
  })
  return { inputs, problems }
}

function mirrors(): ChartMirror[] {
  return core
    .getMultilineInput(InputNames.chartMirrors)
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'))
    .map((line, index) => {
      try {
        return parseChartMirror(line)
      } catch {
        // The line is not quoted: a mirror URL may carry a credential, and
        // this message is posted on the commit (check run, status).
        throw new ConfigurationError(
          `input "chart-mirrors" takes one FROM=TO per line, both sides http(s):// URLs or both oci:// URLs; mirror ${index + 1} is not`
        )
      }
    })
}

/** YAML 1.2 core booleans, as core.getBooleanInput, but with a default when empty. */
function boolean(name: string, fallback: boolean): boolean {
  const value = core.getInput(name).trim()
  if (value === '') return fallback
  if (['true', 'True', 'TRUE'].includes(value)) return true
  if (['false', 'False', 'FALSE'].includes(value)) return false
  throw new ConfigurationError(
    `input "${name}" accepts true or false; got "${value}"`
  )
}

function positiveInteger(
  name: string,
  value: string,
  fallback: number
): number {
  if (value === '') return fallback
  const n = Number(value)
  if (!Number.isInteger(n) || n < 1) {
    throw new ConfigurationError(
      `input "${name}" accepts a whole number of 1 or more; got "${value}"`
    )
  }
  return n
}

/** The duration grammar of duration.ts (`600`, `90s`, `1h30m`) in seconds; default 15 minutes. */
function duration(value: string): number {
  if (value === '') return 900
  const ms = parseDuration(value, 'input "timeout"', ConfigurationError)
  return ms / 1000
}

/** `sops-age-key`, every line masked before it is parsed (sops/age-keys.ts). */
function sopsAgeKeys(): string[] {
  const content = core.getInput(InputNames.sopsAgeKey)
  for (const line of content.split(/\r?\n/)) {
    if (line.trim() !== '') maskValue(line.trim())
  }
  return parseAgeIdentities(content, 'input "sops-age-key"')
}
