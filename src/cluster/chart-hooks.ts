/**
 * Whether a chart may declare Helm hooks that run after helm's wait, read
 * from its archive or folder before it is installed.
 *
 * Why: helm runs a chart's post-install and post-upgrade hooks after its
 * own `--wait`. ClusterSync waits for a release itself only where that
 * order cannot matter (addon-wait.ts), so it must know beforehand. Other
 * hooks keep their order either way: pre-install and pre-upgrade hooks
 * run before the release's objects are sent, test hooks only under `helm
 * test` (every `helm create` chart has one), delete and rollback hooks
 * never during an install or upgrade. The answer errs on the safe side:
 * any `helm.sh/hook` annotation in any file (a template, a nested chart
 * archive's file, a README) whose line does not name only such events (a
 * template expression, a value on the next line) counts, and so does
 * anything that cannot be read or is past the bounds below; helm then
 * waits as it always did. Not seen: a hook annotation spelt so that the
 * text `helm.sh/hook` never appears (built by a template function, or a
 * YAML escape); docs/sync.md says so.
 */
import { gunzipSync } from 'node:zlib'
import { join } from 'node:path'
import type { FileSystem } from '../ports/fs.js'

const hookMark = Buffer.from('helm.sh/hook')
/** Hook events whose order helm's wait does not change (see the file comment). */
const unorderedEvents = new Set([
  'pre-install',
  'pre-upgrade',
  'pre-delete',
  'post-delete',
  'pre-rollback',
  'post-rollback',
  'test',
  'test-success',
  'test-failure'
])
/** A chart archive larger than this is not read (helm's own limit is far lower in practice). */
const maxArchiveBytes = 64 * 1024 * 1024
/** What one archive may unpack to; a gzip bomb stops here. */
const maxUnpackedBytes = 64 * 1024 * 1024
/** Charts nest subcharts; deeper than this is not read. */
const maxDepth = 4
/** Files and folders one chart folder may hold before the walk gives up. */
const maxFolderEntries = 5_000

/**
 * True unless the chart at `path` (an archive, `.tgz`, or a chart folder)
 * surely declares no hook; see the file comment.
 */
export async function chartMayDeclareHooks(
  fs: FileSystem,
  path: string
): Promise<boolean> {
  try {
    const stat = await fs.stat(path)
    if (stat.isFile)
      return bytesMayDeclareHooks(await fs.readFile(path, maxArchiveBytes), 0)
    if (stat.isDirectory) return await folderMayDeclareHooks(fs, path)
    return true
  } catch {
    return true
  }
}

/**
 * One run's answers, one scan per chart: an archive pulled once for the
 * run (chart-pulls.ts) may be installed by many add-ons, and a chart folder
 * does not change while a sync runs.
 */
export class ChartHookScans {
  private readonly answers = new Map<string, Promise<boolean>>()

  constructor(private readonly fs: FileSystem) {}

  /** {@link chartMayDeclareHooks} for `path`, scanned once. */
  mayDeclareHooks(path: string): Promise<boolean> {
    let answer = this.answers.get(path)
    if (answer === undefined) {
      answer = chartMayDeclareHooks(this.fs, path)
      this.answers.set(path, answer)
    }
    return answer
  }
}

/**
 * True unless the bytes (a gzip'd tar, a tar, or a plain file) surely name
 * no hook. A nested archive (a subchart's `.tgz`, known by gzip's magic
 * bytes whatever its name) is read the same way.
 */
export function bytesMayDeclareHooks(
  bytes: Uint8Array,
  depth: number
): boolean {
  const data = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  if (!isGzip(data)) return namesOrderedHook(data)
  if (depth >= maxDepth) return true
  let tar: Buffer
  try {
    tar = gunzipSync(data, { maxOutputLength: maxUnpackedBytes })
  } catch {
    return true
  }
  // Plain files of the tar are searched in place; only gzip'd entries
  // need unpacking (the tar's own headers cannot hide the mark: it is
  // searched too, names and all).
  if (namesOrderedHook(tar)) return true
  for (const entry of tarEntries(tar)) {
    if (entry === undefined) return true
    if (isGzip(entry) && bytesMayDeclareHooks(entry, depth + 1)) return true
  }
  return false
}

async function folderMayDeclareHooks(
  fs: FileSystem,
  root: string
): Promise<boolean> {
  const folders = [root]
  let seen = 0
  for (
    let folder = folders.pop();
    folder !== undefined;
    folder = folders.pop()
  ) {
    for (const name of await fs.readdir(folder)) {
      if (++seen > maxFolderEntries) return true
      const path = join(folder, name)
      const stat = await fs.stat(path)
      if (stat.isDirectory) folders.push(path)
      else if (!stat.isFile) return true
      else if (
        bytesMayDeclareHooks(await fs.readFile(path, maxArchiveBytes), 0)
      )
        return true
    }
  }
  return false
}

/**
 * Whether the text has a `helm.sh/hook` annotation whose line does not
 * name only unordered events (`helm.sh/hook-weight` and the like are other
 * annotations, and skipped).
 */
function namesOrderedHook(data: Buffer): boolean {
  for (
    let at = data.indexOf(hookMark);
    at >= 0;
    at = data.indexOf(hookMark, at + hookMark.length)
  ) {
    const after = at + hookMark.length
    if (data[after] === 0x2d /* - */) continue
    const end = data.indexOf(0x0a, after)
    const line = data.toString('latin1', after, end < 0 ? data.length : end)
    const value = line.replace(/^["']?\s*:/, '').replace(/\s+#.*$/, '')
    const events = value
      .split(',')
      .map((e) => e.trim().replace(/^["']|["']$/g, ''))
    if (!events.every((e) => unorderedEvents.has(e.toLowerCase()))) return true
  }
  return false
}

const isGzip = (data: Buffer): boolean =>
  data.length >= 2 && data[0] === 0x1f && data[1] === 0x8b

/**
 * The contents of a tar's regular files; `undefined` for a header it
 * cannot read (the caller then errs on the safe side).
 */
function* tarEntries(tar: Buffer): Generator<Buffer | undefined> {
  const block = 512
  for (let at = 0; at + block <= tar.length;) {
    const header = tar.subarray(at, at + block)
    if (header.every((b) => b === 0)) return
    const size = parseInt(
      header
        .subarray(124, 136)
        .toString('latin1')
        .replace(/\0.*$/s, '')
        .trim() || '0',
      8
    )
    if (!Number.isFinite(size) || size < 0) {
      yield undefined
      return
    }
    const start = at + block
    const type = String.fromCharCode(header[156] ?? 0)
    if (type === '0' || type === '\0') yield tar.subarray(start, start + size)
    at = start + Math.ceil(size / block) * block
  }
}
