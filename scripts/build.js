// Bundles the Action (dist/index.js, also the post step) and the CLI
// (dist/cli/index.js) with @vercel/ncc. Deterministic: no timestamps, no
// source maps, licenses file sorted by ncc.
import { execFileSync } from 'node:child_process'
import { rmSync } from 'node:fs'

const ncc = [
  'node_modules/@vercel/ncc/dist/ncc/cli.js',
  'build',
  '--quiet',
  '--license',
  'licenses.txt'
]
rmSync('dist', { recursive: true, force: true })
execFileSync(process.execPath, [...ncc, 'src/index.ts', '-o', 'dist'], {
  stdio: 'inherit'
})
execFileSync(process.execPath, [...ncc, 'src/cli-entry.ts', '-o', 'dist/cli'], {
  stdio: 'inherit'
})
