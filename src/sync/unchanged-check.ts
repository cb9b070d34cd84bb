/**
 * The unchanged-files check as a sync runs it (state/unchanged-inputs.ts
 * has the rule): the key a run's inputs are recorded under, the check
 * started before loading, the record a Synced run leaves, and the file
 * system that stops a load no longer needed.
 */
import { createHash } from 'node:crypto'
import type { InputsRecord } from '../state/inventory.js'
import {
  checkUnchanged,
  type UnchangedCheck
} from '../state/unchanged-inputs.js'
import { peekClusterName } from '../definition/cluster-name.js'
import type { InputJournal } from '../definition/input-journal.js'
import type { Diagnostic } from '../diagnostics.js'
import type { Plan } from '../plan/plan-types.js'
import type { Clock } from '../ports/clock.js'
import { isOpen } from '../ports/kube-api.js'
import type { SyncOptions } from './sync-options.js'
import { apiTarget } from '../cluster/connection.js'
import { variablesKeyPart } from '../secrets/variables-digest.js'

/**
 * How long loading waits for the unchanged check before it starts anyway:
 * over a direct connection the check ended within 0.03–0.05 s on the local
 * plane; kubectl proxy alone needs ~0.075 s before its first answer. A slow
 * cluster must not hold validation up for long.
 */
export const checkHeadStartMs = 150

/**
 * What decides the plan besides the repository's bytes: the code, the
 * definition's path, the branch (wrong-branch check), chart mirrors and
 * the cluster-level variables (secret ones only through scrypt).
 * Undefined when the caller gave no code identity (nothing is recorded).
 */
export function inputsKey(options: SyncOptions): string | undefined {
  if (!options.build) return undefined
  return createHash('sha256')
    .update(
      JSON.stringify([
        'clustersync-inputs/1',
        options.build,
        options.file,
        options.ref ?? null,
        options.chartMirrors ?? [],
        // Appended only when given, so runs without variables keep their key.
        ...[variablesKeyPart(options.variables)].filter((v) => v !== null)
      ])
    )
    .digest('hex')
}

/**
 * Reads the lock and inventory over the API channel before loading starts
 * (loading waits for it up to checkHeadStartMs; state/unchanged-inputs.ts);
 * resolves `{}` when there is no channel, no key, `--full`, or no cluster
 * name to look under.
 */
export async function startUnchangedCheck(
  options: SyncOptions,
  key: string | undefined
): Promise<UnchangedCheck> {
  if (!options.connection || key === undefined || options.full) return {}
  const cluster = await peekClusterName(options.fs, options.root, options.file)
  if (cluster === undefined) return {}
  const opened = await options.connection.opener.open(
    apiTarget(options.kubectl)
  )
  if (!isOpen(opened)) return {}
  return checkUnchanged({
    transport: opened,
    fs: options.fs,
    root: options.root,
    cluster,
    key,
    metadata: {
      ...(options.commit ? { commit: options.commit } : {}),
      ...(options.ref ? { ref: options.ref } : {})
    }
  })
}

/**
 * The unchanged-files check running beside loading: its answer so far, the
 * head start loading gives it, and a file system that ends the load once
 * the check finds nothing changed.
 */
export class RunningCheck {
  /** The check's answer; `{}` when it failed. */
  readonly answer: Promise<UnchangedCheck>
  /** The answer so far: `{}` until the check has answered. */
  current: UnchangedCheck = {}
  private answered = false
  private readonly stop = new AbortController()

  constructor(options: SyncOptions, key: string | undefined) {
    this.answer = startUnchangedCheck(options, key)
      .catch((): UnchangedCheck => ({}))
      .then((answer) => {
        this.current = answer
        this.answered = true
        if (answer.unchanged) this.stop.abort()
        return answer
      })
  }

  /** Waits for the answer, at most checkHeadStartMs (it is I/O; loading competes for the one thread). */
  async headStart(clock: Clock): Promise<void> {
    const waited = new AbortController()
    await Promise.race([
      this.answer,
      clock.sleep(checkHeadStartMs, waited.signal)
    ])
    waited.abort()
  }

  /** `fs` for loading: stopped once the check finds nothing changed (see `stoppable`). */
  loadingFs(fs: SyncOptions['fs']): SyncOptions['fs'] {
    return stoppable(fs, this.stop.signal, () => !this.answered)
  }
}

/** This run's record of what it read (see state/inventory.ts InputsRecord). */
export async function inputsRecord(
  journal: InputJournal,
  key: string,
  plan: Plan,
  diagnostics: Diagnostic[]
): Promise<InputsRecord> {
  return {
    digest: await journal.digest(key),
    reads: journal.reads(),
    diagnostics,
    steps: plan.steps.map((step) => ({
      id: step.id,
      file: step.source.file,
      line: step.source.line
    }))
  }
}

/**
 * How often loading lets the event loop turn while the check is still
 * waiting for the cluster. The loader's reads answer at once and the rest
 * of its work is CPU, so without a turn the check's answers would wait
 * until loading ended (measured through a relay adding 60 ms round trips:
 * a no-op at 1,000 objects took 0.69 s, the check's last answer sitting
 * unread for ~0.15 s).
 */
const loadingTurnMs = 4

/**
 * `fs` until `signal` fires; after it, every call (and every answer still
 * on its way) is refused, so a load no longer needed ends at its next read.
 * While `waiting()` (the check has not answered), a call first lets the
 * event loop turn when `loadingTurnMs` have passed since the last turn.
 */
export function stoppable(
  fs: SyncOptions['fs'],
  signal: AbortSignal,
  waiting: () => boolean
): SyncOptions['fs'] {
  let lastTurn = performance.now()
  const turn = async (): Promise<void> => {
    if (!waiting() || performance.now() - lastTurn < loadingTurnMs) return
    await new Promise((resolve) => setImmediate(resolve))
    lastTurn = performance.now()
  }
  const guard = async <T>(call: () => Promise<T>): Promise<T> => {
    await turn()
    if (signal.aborted) throw stopped()
    const value = await call()
    if (signal.aborted) throw stopped()
    return value
  }
  return {
    readFile: (path, maxBytes) => guard(() => fs.readFile(path, maxBytes)),
    stat: (path) => guard(() => fs.stat(path)),
    readdir: (path) => guard(() => fs.readdir(path)),
    realpath: (path) => guard(() => fs.realpath(path))
  }
}

function stopped(): Error {
  return Object.assign(new Error('loading stopped: nothing changed'), {
    code: 'ABORT_ERR'
  })
}
