/**
 * Runs a child process under limits rather than timings: it is killed when
 * it runs past `timeoutMs` or when its memory (the resident set of it and
 * every process it started) passes `maxRssBytes`, and the result says which
 * limit it hit. Memory is read from /proc/<pid>/status (VmRSS), polled, so a
 * runaway read is stopped near the limit instead of taking the machine down.
 * Linux only, like the runners it stands in for.
 */
import { spawn } from 'node:child_process'
import { readdirSync, readFileSync } from 'node:fs'

export interface LimitedRun {
  /** The exit code; null when the process was killed or died by a signal. */
  code: number | null
  signal: NodeJS.Signals | null
  /** The limit the process was killed for, if any. */
  killedFor?: 'time' | 'memory'
  stdout: string
  stderr: string
  /** The highest resident set seen, in bytes (sampled). */
  peakRssBytes: number
  elapsedMs: number
}

export interface LimitedOptions {
  cwd?: string
  env?: Record<string, string>
  /** Default 30 s. */
  timeoutMs?: number
  /** Default 1 GiB. */
  maxRssBytes?: number
  /** How often memory is sampled; default 20 ms. */
  pollMs?: number
}

/** Output kept per stream: enough for any report, bounded for a flood. */
const maxOutputChars = 4 * 1024 * 1024

/** VmRSS of one process in bytes; 0 when it is gone. */
function rssOf(pid: number): number {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8')
    const kb = /^VmRSS:\s+(\d+) kB/m.exec(status)?.[1]
    return kb ? Number(kb) * 1024 : 0
  } catch {
    return 0
  }
}

/** The process and its descendants, from /proc/<pid>/task/<tid>/children. */
function processTree(pid: number): number[] {
  const all = [pid]
  for (let i = 0; i < all.length; i++) {
    const p = all[i] as number
    let tasks: string[] = []
    try {
      tasks = readdirSync(`/proc/${p}/task`)
    } catch {
      continue
    }
    for (const tid of tasks) {
      try {
        const children = readFileSync(`/proc/${p}/task/${tid}/children`, 'utf8')
        for (const c of children.split(' ').filter(Boolean)) all.push(Number(c))
      } catch {
        // The task ended between the listing and the read.
      }
    }
  }
  return all
}

/**
 * Runs `command args` and resolves when it ends or is killed; never
 * rejects for the child's own failure (a spawn error rejects).
 */
export function runLimited(
  command: string,
  args: readonly string[],
  options: LimitedOptions = {}
): Promise<LimitedRun> {
  const timeoutMs = options.timeoutMs ?? 30_000
  const maxRss = options.maxRssBytes ?? 1024 ** 3
  const started = Date.now()
  // Its own process group, so a kill reaches whatever it started too.
  const child = spawn(command, [...args], {
    cwd: options.cwd,
    env: options.env ?? {},
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true
  })
  let stdout = ''
  let stderr = ''
  let peak = 0
  let killedFor: LimitedRun['killedFor']
  child.stdout.on('data', (c: Buffer) => {
    if (stdout.length < maxOutputChars) stdout += c.toString('utf8')
  })
  child.stderr.on('data', (c: Buffer) => {
    if (stderr.length < maxOutputChars) stderr += c.toString('utf8')
  })
  const kill = (reason: 'time' | 'memory'): void => {
    killedFor ??= reason
    try {
      if (child.pid) process.kill(-child.pid, 'SIGKILL')
    } catch {
      // Already gone.
    }
  }
  const poll = setInterval(() => {
    if (!child.pid) return
    const rss = processTree(child.pid).reduce((sum, p) => sum + rssOf(p), 0)
    peak = Math.max(peak, rss)
    if (rss > maxRss) kill('memory')
  }, options.pollMs ?? 20)
  const timer = setTimeout(() => kill('time'), timeoutMs)
  return new Promise((resolve, reject) => {
    child.on('error', (error) => {
      clearInterval(poll)
      clearTimeout(timer)
      reject(error)
    })
    child.on('close', (code, signal) => {
      clearInterval(poll)
      clearTimeout(timer)
      resolve({
        code,
        signal,
        ...(killedFor ? { killedFor } : {}),
        stdout,
        stderr,
        peakRssBytes: peak,
        elapsedMs: Date.now() - started
      })
    })
  })
}
