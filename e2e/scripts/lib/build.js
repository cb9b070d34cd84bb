// Runs e2e/scripts/build-kube.sh, which builds the binaries when the cache
// lacks them (minutes, progress on stderr) and prints the bin folder.
import { spawn } from 'node:child_process'
import { join } from 'node:path'
import { repoRoot } from './settings.js'

let running

/**
 * Resolves the cache's bin folder (building it if missing). The build runs in
 * its own process group so `cancelBuild` can stop go and its compilers too.
 */
export function buildBinaries() {
  return new Promise((resolve, reject) => {
    const script = join(repoRoot, 'e2e', 'scripts', 'build-kube.sh')
    const child = spawn('bash', [script], {
      stdio: ['ignore', 'pipe', 'inherit'],
      detached: true
    })
    running = child
    let stdout = ''
    child.stdout.on('data', (chunk) => (stdout += chunk))
    child.on('error', reject)
    child.on('close', (code, signal) => {
      running = undefined
      const bin = stdout.trim().split('\n').pop()
      if (code === 0 && bin) resolve(bin)
      else {
        const how = signal ? `was killed by ${signal}` : `exited with ${code}`
        reject(
          new Error(`e2e/scripts/build-kube.sh ${how}; see its output above`)
        )
      }
    })
  })
}

/** Stops a build in progress (used when `up` is interrupted). */
export function cancelBuild() {
  if (running?.pid === undefined) return
  try {
    process.kill(-running.pid, 'SIGTERM')
  } catch {
    // Already finished.
  }
}
