// Restores package-lock.json entries for platform-specific optional packages
// that the npm registry reachable from our build machines does not serve
// (it answers 404 for, e.g., @unrs/resolver-binding-darwin-arm64). `npm
// install` then leaves them out of the lock, and `npm ci` refuses a lock that
// lacks an optional dependency. The entries written here are exactly what npm
// records for a package of another platform: version, os/cpu and
// `optional: true`; npm ci skips them on Linux without fetching anything.
//
// Run after every `npm install` that changes the lock:
//   node scripts/lock-platform-bindings.js
// `--check` exits 1 when entries are missing (a unit test runs it).
import { readFileSync, writeFileSync } from 'node:fs'

const lockPath = new URL('../package-lock.json', import.meta.url)
const lock = JSON.parse(readFileSync(lockPath, 'utf8'))

/** os and cpu of a binding, from its name (`<os>-<cpu>[-<abi>]`). */
function platformOf(name) {
  const m =
    /-(android|darwin|freebsd|linux|openharmony|win32)-(arm64|arm|x64|ia32|loong64|ppc64|riscv64|s390x)(?:-|$)/.exec(
      name
    )
  return m ? { os: [m[1]], cpu: [m[2]] } : undefined
}

let added = 0
const missing = []
for (const [path, entry] of Object.entries(lock.packages)) {
  for (const [dep, version] of Object.entries(
    entry.optionalDependencies ?? {}
  )) {
    const base = path === '' ? 'node_modules' : `${path}/node_modules`
    const candidates = [`${base}/${dep}`, `node_modules/${dep}`]
    if (candidates.some((p) => lock.packages[p])) continue
    const platform = platformOf(dep)
    if (!platform) continue
    missing.push(dep)
    lock.packages[`node_modules/${dep}`] = {
      version,
      cpu: platform.cpu,
      license: entry.license ?? 'MIT',
      optional: true,
      os: platform.os
    }
    added++
  }
}

if (process.argv.includes('--check')) {
  if (added > 0) {
    console.error(
      `package-lock.json lacks ${added} platform packages (${missing.join(', ')}); run node scripts/lock-platform-bindings.js`
    )
    process.exit(1)
  }
} else if (added > 0) {
  lock.packages = Object.fromEntries(
    Object.entries(lock.packages).sort(([a], [b]) =>
      a === '' ? -1 : b === '' ? 1 : a < b ? -1 : a > b ? 1 : 0
    )
  )
  writeFileSync(lockPath, `${JSON.stringify(lock, null, 2)}\n`)
  console.log(`added ${added} lock entries: ${missing.join(', ')}`)
}
