/** The Action's composition root (issue 5 replaces this placeholder). */
import * as core from '@actions/core'
import { getErrorMessage } from './errors.js'

/** Runs the Action; never rejects (the single failure funnel). */
export async function run(): Promise<void> {
  try {
    await Promise.resolve()
    core.setFailed('ClusterSync: the Action is not wired yet')
  } catch (error) {
    core.setFailed(getErrorMessage(error))
  }
}
