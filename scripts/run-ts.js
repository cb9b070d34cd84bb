// Runs one TypeScript entry file (a script or a benchmark, never a test):
// bundles it with @vercel/ncc into a temporary folder, playwright-core left
// outside the bundle (it finds its own files at run time), and runs it.
//   node scripts/run-ts.js e2e/browser/refresh-screenshot.ts
import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'

const [entry, ...rest] = process.argv.slice(2)
if (!entry) {
  console.error('usage: node scripts/run-ts.js <file.ts> [args…]')
  process.exit(2)
}
const out = mkdtempSync(join(resolve('.'), '.run-ts-'))
try {
  execFileSync(
    process.execPath,
    [
      'node_modules/@vercel/ncc/dist/ncc/cli.js',
      'build',
      entry,
      '-o',
      out,
      '-e',
      'playwright-core',
      '-e',
      'axe-core',
      '-q'
    ],
    { stdio: 'inherit' }
  )
  writeFileSync(join(out, 'package.json'), '{"type":"module"}\n')
  execFileSync(process.execPath, [join(out, 'index.js'), ...rest], {
    stdio: 'inherit'
  })
} finally {
  rmSync(out, { recursive: true, force: true })
}
