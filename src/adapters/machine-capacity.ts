/**
 * The machine a sync runs on, as the add-on pace needs it
 * (engine/addon-pace.ts): the cores Node may use (a container's CPU
 * affinity counted) and the memory free right now.
 */
import { availableParallelism, freemem } from 'node:os'
import type { MachineCapacity } from '../engine/addon-pace.js'

/** This machine's cores and free memory, read when called. */
export function machineCapacity(): MachineCapacity {
  return { cores: availableParallelism(), freeMemoryBytes: freemem() }
}
