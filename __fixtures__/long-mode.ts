/**
 * The adversarial suites' opt-in long mode: `CLUSTERSYNC_LONG=1 npm test`.
 * The default run stays small enough for CI's time budget; the long mode
 * runs the full sizes the issues name (fuzz case counts, repository sizes,
 * fault repetitions) once before a release or an issue is resolved, and
 * RELIABILITY.md records its figures.
 */

/** True when the long mode was asked for. */
export const longMode = /^(1|true|yes)$/i.test(process.env.CLUSTERSYNC_LONG ?? '')

/** `small` in the default run, `long` in the long mode. */
export function sized<T>(small: T, long: T): T {
  return longMode ? long : small
}
