/**
 * The Action's inputs for fleets and drift, read beside inputs.ts (which
 * calls this once with core.getInput, the only reader of inputs): `mode: discover|summary`, `shard`, `fail-on-drift`,
 * and the folder `discover` searches (the `definition` input, default the
 * repository root). Errors name the input and what it accepts.
 */
import { ConfigurationError, UsageError } from './errors.js'
import { parseShard, type Shard } from './fleet/shard.js'

export const FleetInputNames = {
  shard: 'shard',
  failOnDrift: 'fail-on-drift'
} as const

/** The modes that run no sync: they list or gather the fleet. */
export type FleetMode = 'discover' | 'summary'

export interface FleetInputs {
  /** `discover` or `summary`; undefined for the one-cluster modes. */
  fleetMode?: FleetMode
  /** The folder `discover` searches, repository-relative (default `.`). */
  fleetFolder?: string
  shard?: Shard
  /** A drift check that finds drift fails its check run (else neutral). */
  failOnDrift?: boolean
}

/** True for the mode input's fleet values (inputs.ts leaves them to this module). */
export function isFleetMode(mode: string): mode is FleetMode {
  return mode === 'discover' || mode === 'summary'
}

/** Reads the fleet inputs; `checked` reports a bad one and uses its default. */
export function readFleetInputs(
  getInput: (name: string) => string,
  checked: <T>(read: () => T, fallback: T) => T
): FleetInputs {
  const mode = getInput('mode').trim()
  const shardText = getInput(FleetInputNames.shard).trim()
  const shard = checked((): Shard | undefined => {
    if (shardText === '') return undefined
    try {
      return parseShard(shardText, 'input "shard"')
    } catch (error) {
      if (error instanceof UsageError)
        throw new ConfigurationError(error.message)
      throw error
    }
  }, undefined)
  const failOnDrift = checked(() => {
    const value = getInput(FleetInputNames.failOnDrift).trim()
    if (value === '' || ['false', 'False', 'FALSE'].includes(value))
      return false
    if (['true', 'True', 'TRUE'].includes(value)) return true
    throw new ConfigurationError(
      `input "fail-on-drift" accepts true or false; got "${value}"`
    )
  }, false)
  return {
    ...(isFleetMode(mode) ? { fleetMode: mode } : {}),
    fleetFolder: folderInput(getInput('definition').trim()),
    ...(shard ? { shard } : {}),
    failOnDrift
  }
}

/**
 * `definition` names the folder discover searches; left at its default
 * (`cluster.yaml`, a file) it means the whole repository.
 */
function folderInput(value: string): string {
  return value === '' || value === 'cluster.yaml' ? '.' : value
}
