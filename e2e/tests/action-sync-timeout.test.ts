/**
 * The `timeout` input ends a sync that waits too long, as a cancelled job
 * ends (action-cancel.test.ts): no more steps start, the health wait in
 * flight ends saying what it waited for and why it was not ready (before,
 * the run's end aborted the inventory write and the lock's release, and the
 * check run blamed the inventory), the end is recorded in the
 * cluster and the lock released, and the check run says the run ran out of
 * time. dist/index.js on the Action's Node, against the local control
 * plane and the GitHub API double.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { webhookExample } from '../support/action-runner.js'
import { runPlaneJob } from '../support/action-job.js'
import { kubectl, kubectlGet } from '../support/cluster.js'
import {
  startGitHubDouble,
  type GitHubDouble
} from '../support/github-double/server.js'
import {
  appAddonLines,
  removeSyncedCluster,
  stuckRepo,
  writeAddonDefinition
} from './sync-support.js'
import { leaseName, systemNamespace } from '../../src/state/cluster-names.js'

const slow = 180_000
const id = Date.now().toString(36)
const ns = `cs-timeout-${id}`
const cluster = `e2e-timeout-${id}`

describe('a sync that runs past the timeout input', () => {
  let double: GitHubDouble
  beforeAll(async () => {
    double = await startGitHubDouble()
  })
  afterEach(() => double.assertNoViolations())
  afterAll(async () => {
    await removeSyncedCluster(ns, cluster)
    await double.close()
  })

  it(
    'ends the health wait saying what it waited for and why, records the end, releases the lock',
    async () => {
      const run = await runPlaneJob({
        double,
        runId: '7101',
        sha: 'd'.repeat(40),
        eventName: 'push',
        payload: webhookExample('push'),
        workspace: stuckRepo(ns, cluster),
        inputs: { timeout: '6s' }
      })
      expect(run.exitCode).toBe(1)
      const check = double.state.checkRuns.at(-1)
      expect(check).toMatchObject({
        status: 'completed',
        conclusion: 'failure'
      })
      const said = `${check?.output.summary ?? ''}\n${check?.output.text ?? ''}`
      // The step in flight says what it was waiting for: the run's end, or
      // its own wait's (the Action gives each step the whole timeout), which
      // comes first in the steps' grace.
      expect(said).toMatch(
        /manifest:stuck: (the run ran out of time while waiting for Deployment\/\S+\/stuck to become ready|not ready after \d+s): Deployment\/\S+\/stuck: /
      )
      // And why it was not ready yet, as a step's own timeout says it.
      expect(said).toMatch(/its pods: FailedScheduling: .*didn't match/)
      // Not the bookkeeping after it.
      expect(said).not.toMatch(/inventory|aborted/i)
      // The step after it never started.
      expect(
        await kubectlGet(
          ['configmap', 'after', '-n', ns, '--ignore-not-found'],
          '{.metadata.name}'
        )
      ).toBe('')
      // The lock is free for the next sync, and the end is on record.
      expect(
        await kubectlGet(
          [
            'lease',
            leaseName(cluster),
            '-n',
            systemNamespace,
            '--ignore-not-found'
          ],
          '{.spec.holderIdentity}'
        )
      ).toBe('')
      const recorded = JSON.parse(
        await kubectlGet(
          ['configmap', `clustersync-${cluster}`, '-n', systemNamespace],
          '{.data.inventory\\.json}'
        )
      ) as {
        lastStarted?: unknown
        lastSync?: { status: string; message?: string }
      }
      expect(recorded.lastStarted).toBeUndefined()
      expect(recorded.lastSync?.status).toBe('error')
      // The step's failure, not the inventory write after it.
      expect(recorded.lastSync?.message).toMatch(/^manifest:stuck: /)
      await kubectl(['get', 'namespace', ns])
    },
    slow
  )

  it(
    'ends an add-on waiting for its pods, ends with no helm process left, and frees the lock',
    async () => {
      const addonNs = `${ns}-addon`
      const addonCluster = `${cluster}-addon`
      const workspace = mkdtempSync(
        join(tmpdir(), 'clustersync-timeout-addon-')
      )
      // kwok keeps these pods unready for a minute (kwok-stages.yaml).
      writeAddonDefinition(workspace, addonCluster, [
        ...appAddonLines('slow', addonNs),
        '          configuration:',
        '            values: |',
        '              podAnnotations:',
        '                pod-ready.stage.kwok.x-k8s.io/delay: 60s'
      ])
      try {
        const started = performance.now()
        const run = await runPlaneJob({
          double,
          runId: '7102',
          sha: 'e'.repeat(40),
          eventName: 'push',
          payload: webhookExample('push'),
          workspace,
          inputs: { timeout: '6s' }
        })
        // The timeout, the steps' grace and the end's writes; not the
        // minute the pods take, nor a helm process that outlives the run.
        expect((performance.now() - started) / 1000).toBeLessThan(40)
        expect(run.exitCode).toBe(1)
        expect(run.stdout).toMatch(
          /the run reached its timeout \(the timeout input: 6 s\): starting no more steps/
        )
        const check = double.state.checkRuns.at(-1)
        expect(check?.conclusion).toBe('failure')
        expect(`${check?.output.summary ?? ''}`).toMatch(
          /addon:slow: .*the run ran out of time while waiting for Deployment\/\S+\/slow/
        )
        expect(
          await kubectlGet(
            [
              'lease',
              leaseName(addonCluster),
              '-n',
              systemNamespace,
              '--ignore-not-found'
            ],
            '{.spec.holderIdentity}'
          )
        ).toBe('')
      } finally {
        await removeSyncedCluster(addonNs, addonCluster)
        rmSync(workspace, { recursive: true, force: true })
      }
    },
    slow
  )
})
