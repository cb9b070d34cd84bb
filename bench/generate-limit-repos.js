// Repositories at and past ClusterSync's documented limits (docs/format.md,
// "Limits"), written to a folder: used by the unit tests in
// __tests__/plan/limits.test.ts (small sizes) and by bench/scale.bench.js
// (the sizes issue 15 names). Each function returns the definition's path.
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

const pad = (n, width = 5) => String(n).padStart(width, '0')

function write(path, text) {
  mkdirSync(join(path, '..'), { recursive: true })
  writeFileSync(path, text)
}

function configMap(name, extra = '') {
  return `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: ${name}\n${extra}`
}

/**
 * Deploy waves of one-file manifests: stack `wN` has wave N and includes the
 * folder `wN/` of `perWave` files, one ConfigMap each.
 */
export function generateWavesRepo(root, { waves = 2, perWave }) {
  const stacks = []
  for (let w = 0; w < waves; w++) {
    stacks.push(
      `    - name: w${w}\n      deploy_wave: ${w}\n      manifests:\n        - include: w${w}/\n`
    )
    for (let i = 0; i < perWave; i++) {
      write(
        join(root, `w${w}`, `m${pad(i)}.yaml`),
        configMap(`w${w}-m${pad(i)}`)
      )
    }
  }
  return definition(root, 'waves', stacks.join(''))
}

/**
 * One stack whose manifests form a chain of `parents` (each one names the
 * one before); with `cycle` the first names the last, closing the chain.
 */
export function generateParentsChainRepo(root, { length, cycle = false }) {
  const items = []
  for (let i = 0; i < length; i++) {
    const parent = i > 0 ? i - 1 : cycle ? length - 1 : undefined
    items.push(
      `        - name: m${pad(i)}\n` +
        (parent === undefined
          ? ''
          : `          parents:\n            - manifest: m${pad(parent)}\n`) +
        `          manifest: |\n            apiVersion: v1\n            kind: ConfigMap\n            metadata:\n              name: m${pad(i)}\n`
    )
  }
  return definition(
    root,
    'chain',
    `    - name: chain\n      manifests:\n${items.join('')}`
  )
}

/**
 * A raw object file (`deep.yaml`, included by the only stack) whose custom
 * object holds `depth` nested flow sequences in its spec (a ConfigMap's
 * data would have to be text).
 */
export function generateNestingRepo(root, { depth }) {
  write(
    join(root, 'deep.yaml'),
    `apiVersion: example.com/v1\nkind: Deep\nmetadata:\n  name: deep\nspec:\n  deep: ${'['.repeat(depth)}${']'.repeat(depth)}\n`
  )
  return definition(
    root,
    'deep',
    '    - name: deep\n      manifests:\n        - include: deep.yaml\n'
  )
}

/**
 * A small definition whose variable substitution expands without bound:
 * one variable of `valueBytes` bytes, referenced `uses` times in one
 * ConfigMap (`valueBytes × uses` bytes once substituted).
 */
export function generateSubstitutionBombRepo(root, { valueBytes, uses }) {
  const data = []
  for (let i = 0; i < uses; i++) data.push(`    k${i}: "\${{ ankra.big }}"\n`)
  write(join(root, 'bomb.yaml'), configMap('bomb', `data:\n${data.join('')}`))
  return definition(
    root,
    'bomb',
    `    - name: bomb\n      variables:\n        big: ${'x'.repeat(valueBytes)}\n      manifests:\n        - include: bomb.yaml\n`
  )
}

/**
 * `stacks` stack files (`stacks/`, included as a folder), in three deploy
 * waves; each includes one raw object file of `objectsPerStack` objects: a
 * Namespace, then ConfigMaps in it that use a stack variable.
 */
export function generateStacksRepo(root, { stacks, objectsPerStack = 10 }) {
  for (let s = 0; s < stacks; s++) {
    const name = `s${pad(s)}`
    write(
      join(root, 'stacks', `${name}.yaml`),
      `name: ${name}\ndeploy_wave: ${s % 3}\nvariables:\n  env: bench\nmanifests:\n  - include: ../objects/${name}.yaml\n`
    )
    const docs = [
      `apiVersion: v1\nkind: Namespace\nmetadata:\n  name: ns-${name}\n`
    ]
    for (let o = 1; o < objectsPerStack; o++) {
      docs.push(
        configMap(
          `${name}-c${o}`,
          `  namespace: ns-${name}\ndata:\n  env: "\${{ ankra.env }}"\n`
        )
      )
    }
    write(join(root, 'objects', `${name}.yaml`), docs.join('---\n'))
  }
  return definition(root, 'stacks', '    - include: stacks/\n')
}

function definition(root, name, stacks) {
  const path = join(root, 'cluster.yaml')
  write(
    path,
    `apiVersion: v1\nkind: ImportCluster\nmetadata:\n  name: ${name}\nspec:\n  stacks:\n${stacks}`
  )
  return path
}
