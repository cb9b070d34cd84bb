/** What `clustersync status` does (status.ts describes the command). */
import {
  readClusterStatus,
  type ClusterStatus
} from '../../preview/cluster-status.js'
import type { ReleaseDrift } from '../../preview/status-drift.js'
import { displayText } from '../../redact.js'
import { outputFormat, type ParsedArgs } from '../args.js'
import type { CliContext } from '../context.js'
import { resolveTarget } from '../target.js'
import { chartMirrors, clusterConfig } from './cluster-flags.js'
import { checkTarget } from './validate-command.js'
import { readWorkflowFlags } from './workflow-flags.js'
import { createCliLogger } from '../../adapters/cli-logger.js'
import { scrubStrings } from '../../secrets/scrub-strings.js'
import { readSopsAgeKeys, warnUnneededKeyProblems } from '../sops-keys.js'

export async function runStatus(
  args: ParsedArgs,
  ctx: CliContext
): Promise<number> {
  const target = await resolveTarget(args, ctx)
  const { kubectl: config, helm } = clusterConfig(args, ctx)
  const mirrors = chartMirrors(args)
  // Masks what the flags say is secret and every value decrypted below,
  // on both outputs: an object may be named after a variable, and a
  // server's refusal may quote a value.
  const logger = createCliLogger(ctx.stderr)
  await readWorkflowFlags(args, ctx, logger)
  // The keys a sync would read: encrypted manifests are compared
  // decrypted, as a live plan compares them.
  const keys = await readSopsAgeKeys(ctx)
  // Validated as `validate` and `plan` do (the bundled registry catalog
  // included, or every add-on named by registry_name would be unknown).
  const checked = await checkTarget(args, ctx, target, keys)
  if (!checked.definition) {
    ctx.stderr.write(
      `error: ${target.file} is invalid; run clustersync validate\n`
    )
    return 1
  }
  const reading = await readClusterStatus(checked.definition, ctx, config, {
    chartMirrors: mirrors,
    helm: helm.binary,
    warn: (line) => logger.warning(line),
    keys: {
      sops: {
        identities: keys.identities,
        problems: keys.problems,
        mask: (secret) => logger.mask(secret)
      },
      noKeyHint: 'set SOPS_AGE_KEY or SOPS_AGE_KEY_FILE'
    }
  })
  if ('failure' in reading) {
    ctx.stderr.write(`error: ${logger.redact(reading.failure)}\n`)
    return 1
  }
  const { status } = reading
  ctx.stdout.write(
    outputFormat(args) === 'json'
      ? `${JSON.stringify(scrubStrings(status, logger.redact), null, 2)}\n`
      : logger.redact(renderStatus(status))
  )
  warnUnneededKeyProblems(ctx.stderr, keys, checked.diagnostics)
  return status.status === 'Synced' ? 0 : 1
}

function renderStatus(s: ClusterStatus): string {
  const lines = [`${s.cluster}: ${s.status}`]
  if (s.status === 'Syncing' && s.lock) {
    lines.push(`  a sync holds the lock: ${s.lock.holder}`)
  }
  if (s.lastSynced) {
    lines.push(
      `  last synced: ${s.lastSynced.commit?.slice(0, 12) ?? '(no commit)'} at ${s.lastSynced.finishedAt}`
    )
  }
  if (s.unfinished) {
    lines.push(
      `  the sync started at ${s.unfinished.startedAt}${s.unfinished.commit ? ` (commit ${s.unfinished.commit.slice(0, 12)})` : ''} did not finish; part of it may be applied, and the next sync completes it`
    )
  }
  if (s.lastSync && s.lastSync.status === 'error') {
    lines.push(
      `  last sync failed (${s.lastSync.reason}) at ${s.lastSync.finishedAt}: ${s.lastSync.message ?? ''}`
    )
  }
  if (s.drift) {
    const d = s.drift
    if (d.error) lines.push(`  drift unknown: ${d.error}`)
    else if (d.drifted.length > 0)
      lines.push(`  drifted: ${d.drifted.join(', ')}`)
    else if (!d.releases?.some((r) => r.objects.length > 0 || r.helm))
      lines.push(
        d.notCompared ||
          d.pending.length > 0 ||
          d.releases?.some((r) => r.error)
          ? '  no drift in the live objects compared'
          : '  no drift in live objects'
      )
    for (const n of d.notCompared ?? [])
      lines.push(`  ${n.step}: ${displayText(n.reason)}`)
    for (const line of releaseLines(d.releases ?? [])) lines.push(line)
    // A normal sync skips unchanged steps, so only a full one corrects this.
    if (
      d.drifted.length > 0 ||
      d.releases?.some((r) => r.objects.length > 0 || r.helm)
    )
      lines.push(
        '  `clustersync sync --full` puts drifted objects back; a field another manager took (`kubectl edit`, `kubectl patch`) is reported as a conflict instead, unless its manifest says `force: true`'
      )
    const notApplied = new Set(d.notApplied)
    const changed = d.pending.filter((step) => !notApplied.has(step))
    if (changed.length > 0)
      lines.push(`  changed since the last sync: ${changed.join(', ')}`)
    if (notApplied.size > 0)
      lines.push(
        `  not applied by the last sync that ran them (failed or cut off), so not compared; the next sync applies them: ${[...notApplied].join(', ')}`
      )
  }
  return `${lines.join('\n')}\n`
}

/**
 * Per release, the objects changed outside Helm and their fields, indented
 * under it; fields and messages shown with control characters escaped.
 */
function releaseLines(releases: readonly ReleaseDrift[]): string[] {
  const lines: string[] = []
  for (const r of releases) {
    if (r.error) {
      lines.push(`  ${r.release}: drift unknown: ${displayText(r.error)}`)
      continue
    }
    if (r.helm?.action === 'created') {
      lines.push(
        `  ${r.release}: not found: uninstalled outside the definition`
      )
      continue
    }
    if (r.helm) {
      const why = r.helm.message ? ` (${displayText(r.helm.message)})` : ''
      lines.push(
        `  ${r.release}: changed with helm outside the definition${why}:`
      )
      for (const f of r.helm.fields ?? []) lines.push(`      ${displayText(f)}`)
    }
    if (r.objects.length === 0) continue
    lines.push(`  ${r.release}: changed outside Helm:`)
    for (const o of r.objects) {
      const what = o.action === 'created' ? 'deleted' : 'changed'
      lines.push(`    ${o.subject} (${what})`)
      for (const f of o.fields ?? []) lines.push(`      ${displayText(f)}`)
    }
  }
  return lines
}
