// Finds pipelines that can fail at random under `set -o pipefail`: a reader
// that quits early (`grep -q`, `grep -m`, `head`) makes the writer die of
// SIGPIPE (exit 141) when it is still writing, and pipefail then fails the
// whole pipeline although the match was found. A fresh machine's first
// `npm run demo` once failed so, after a 16-minute build.
//
//   node scripts/lint-pipes.js    checks every shell script git tracks
//
// Part of `npm run lint`; __tests__/scripts/lint-pipes.test.ts tests the rule.
import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'

/** Readers that may exit before their input ends. */
const quitsEarly = [
  /^grep\s+(?:-\S*[qm]\S*|--quiet|--silent|--max-count)\b/,
  /^grep\s+.*\s(?:-\S*[qm]\S*|--quiet|--silent|--max-count)\b/,
  /^head\b/,
  /^sed\s+(?:-n\s+)?['"]?\d*q/
]

/**
 * Whether pipefail can be on while the script runs: it turns it on
 * (`set -o pipefail`, `set -euo pipefail`), or it has no `#!` line and is
 * sourced into a script that may.
 */
export function usesPipefail(text) {
  return /^\s*set\s+[^#\n]*\bpipefail\b/m.test(text) || !text.startsWith('#!')
}

/** Lines joined across backslash continuations, comments dropped. */
function logicalLines(text) {
  const lines = []
  let pending = ''
  let start = 0
  text.split('\n').forEach((raw, i) => {
    const line = raw.replace(/(^|\s)#.*$/, '')
    if (!pending) start = i + 1
    if (line.endsWith('\\')) {
      pending += line.slice(0, -1) + ' '
      return
    }
    lines.push({ line: start, text: pending + line })
    pending = ''
  })
  return lines
}

/**
 * The lines of a script that pipe into a reader that quits early, when the
 * script uses pipefail; `[]` otherwise.
 */
export function findQuitEarlyPipes(text) {
  if (!usesPipefail(text)) return []
  const found = []
  for (const { line, text: code } of logicalLines(text)) {
    // Split on single pipes only: `||` is a list operator, not a pipeline.
    const stages = code.split(/(?<!\|)\|(?!\|)/).slice(1)
    for (const stage of stages) {
      const reader = stage.trim().replace(/^&\s*/, '')
      if (quitsEarly.some((pattern) => pattern.test(reader))) {
        found.push({ line, code: code.trim() })
        break
      }
    }
  }
  return found
}

/** Tracked files that are shell scripts: by extension or by their #! line. */
export function shellScripts(cwd = process.cwd()) {
  const files = execFileSync('git', ['ls-files', '-z'], {
    cwd,
    encoding: 'utf8'
  })
    .split('\0')
    .filter(Boolean)
  return files.filter((file) => {
    if (/\.(?:sh|bash)$/.test(file)) return true
    if (/\.[a-z]+$/i.test(file) && !file.startsWith('.ci/')) return false
    try {
      return /^#!.*\b(?:ba)?sh\b/.test(readFileSync(file, 'utf8').slice(0, 80))
    } catch {
      return false
    }
  })
}

if (import.meta.url === `file://${process.argv[1]}`) {
  let problems = 0
  for (const file of shellScripts()) {
    for (const { line, code } of findQuitEarlyPipes(
      readFileSync(file, 'utf8')
    )) {
      problems++
      console.error(
        `${file}:${line}: pipes into a reader that quits early under pipefail (SIGPIPE, exit 141 at random): ${code}\n` +
          '  take the output first, then match it (e2e/scripts/lib/prints.sh)'
      )
    }
  }
  process.exitCode = problems ? 1 : 0
}
