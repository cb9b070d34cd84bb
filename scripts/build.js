// Bundles the Action (dist/index.js, also the post step) and the CLI
// (dist/cli/index.js) with @vercel/ncc. Deterministic: no timestamps, no
// source maps, licenses file sorted by ncc. Beside each bundle it writes
// `build-id`: a sha256 of every chunk and of the schema, which the bundle
// reads as its code identity (src/adapters/code-identity.ts) instead of
// hashing itself on every sync.
import { execFileSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import {
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync
} from 'node:fs'
import { join } from 'node:path'

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
// The CLI as CommonJS (scripts/cli-entry.cjs says why). ncc names it
// index.cjs; it keeps the name users run, index.js, with a package.json that
// makes the folder's .js files CommonJS (its chunks are NNN.index.cjs.js).
execFileSync(
  process.execPath,
  [...ncc, 'scripts/cli-entry.cjs', '-o', 'dist/cli'],
  { stdio: 'inherit' }
)
renameSync('dist/cli/index.cjs', 'dist/cli/index.js')
writeFileSync('dist/cli/package.json', '{ "type": "commonjs" }\n')

for (const folder of ['dist', 'dist/cli']) {
  const hash = createHash('sha256')
  const chunks = readdirSync(folder)
    .filter((name) => name.endsWith('.js'))
    .sort()
  for (const name of chunks) {
    hash.update(`${name}\n`).update(readFileSync(join(folder, name)))
  }
  hash
    .update('schema\n')
    .update(readFileSync('schemas/cluster-definition.v1.schema.json'))
  writeFileSync(join(folder, 'build-id'), `${hash.digest('hex')}\n`)
}
