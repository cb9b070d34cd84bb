// Generates the repositories the sync benchmark runs on: an ImportCluster
// definition with `N` objects split over included stack files, with a
// Namespace manifest per stack that the other manifests name as parent, and
// three deploy waves, so the plan has both parallel branches and ordering.
// Every object carries its namespace, so the kubectl baselines can apply the
// same files without the definition.
//
//   import { generateSyncRepo } from './generate-sync-repo.js'
//   const info = generateSyncRepo('/tmp/repo-1000', { objects: 1000 })
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

/** Objects per manifest file; one manifest entry per file. */
export const objectsPerFile = 10
/** Manifest files per stack (besides its Namespace manifest). */
export const filesPerStack = 10

/**
 * The object bodies of one file: ConfigMaps, Secrets, a ServiceAccount,
 * Services and (with `workloads`) a Deployment, which needs kwok's fake node
 * to become ready. No PVCs or LoadBalancers: kwok runs no storage or cloud.
 */
function fileObjects(ns, stack, file, count, workloads, revision) {
  const docs = []
  for (let i = 0; i < count; i++) {
    const name = `${stack}-f${file}-o${i}`
    const meta = `metadata:\n  name: ${name}\n  namespace: ${ns}-${stack}\n`
    const slot = i % 10
    if (slot === 9 && workloads) {
      docs.push(
        `apiVersion: apps/v1\nkind: Deployment\n${meta}spec:\n  replicas: 1\n  selector:\n    matchLabels: {app: ${name}}\n  template:\n    metadata:\n      labels: {app: ${name}}\n    spec:\n      containers:\n        - name: app\n          image: registry.example/app:1\n`
      )
    } else if (slot === 7 || slot === 8) {
      docs.push(
        `apiVersion: v1\nkind: Service\n${meta}spec:\n  selector: {app: ${name}}\n  ports:\n    - port: 80\n`
      )
    } else if (slot === 6) {
      docs.push(`apiVersion: v1\nkind: ServiceAccount\n${meta}`)
    } else if (slot === 4 || slot === 5) {
      docs.push(
        `apiVersion: v1\nkind: Secret\n${meta}stringData:\n  token: bench-${revision}-${i}\n`
      )
    } else {
      docs.push(
        `apiVersion: v1\nkind: ConfigMap\n${meta}data:\n  revision: "${revision}"\n  index: "${i}"\n`
      )
    }
  }
  return docs.join('---\n')
}

/**
 * Writes the repository under `root` and returns what the runner needs:
 * the definition path, the manifest files in apply order (namespaces first)
 * and the file to edit for the one-file-change run.
 * Options: `objects` (total, namespaces not counted), `workloads` (add
 * Deployments), `revision` (changes every ConfigMap; use `editOneFile` to
 * change a single file instead), `namespacePrefix` (default `ns`; give each
 * repository synced to one cluster its own), `cluster` (the definition's
 * name, default `bench-<objects>`; the inventory is per name, so give each
 * run on one control plane its own).
 */
export function generateSyncRepo(root, options) {
  const { objects, workloads = false, revision = 1 } = options
  const ns = options.namespacePrefix ?? 'ns'
  const perStack = objectsPerFile * filesPerStack
  const stackCount = Math.max(1, Math.ceil(objects / perStack))
  const stackItems = []
  const files = []
  let left = objects
  mkdirSync(join(root, 'stacks'), { recursive: true })
  mkdirSync(join(root, 'manifests'), { recursive: true })
  for (let s = 0; s < stackCount; s++) {
    const stack = `s${String(s).padStart(3, '0')}`
    stackItems.push(`    - include: stacks/${stack}.yaml`)
    const nsFile = `manifests/00-${stack}-namespace.yaml`
    writeFileSync(
      join(root, nsFile),
      `apiVersion: v1\nkind: Namespace\nmetadata:\n  name: ${ns}-${stack}\n`
    )
    files.push(nsFile)
    const entries = [`  - name: ${stack}-ns\n    from_file: ../${nsFile}\n`]
    for (let f = 0; f < filesPerStack && left > 0; f++) {
      const count = Math.min(objectsPerFile, left)
      left -= count
      const file = `manifests/${stack}-f${String(f).padStart(2, '0')}.yaml`
      writeFileSync(
        join(root, file),
        fileObjects(ns, stack, f, count, workloads, revision)
      )
      files.push(file)
      entries.push(
        `  - name: ${stack}-f${f}\n    from_file: ../${file}\n    parents:\n      - manifest: ${stack}-ns\n`
      )
    }
    writeFileSync(
      join(root, 'stacks', `${stack}.yaml`),
      `name: ${stack}\ndeploy_wave: ${s % 3}\nmanifests:\n${entries.join('')}`
    )
  }
  writeFileSync(
    join(root, 'cluster.yaml'),
    `apiVersion: v1\nkind: ImportCluster\nmetadata:\n  name: ${options.cluster ?? `bench-${objects}`}\nspec:\n  stacks:\n${stackItems.join('\n')}\n`
  )
  // Namespace files sort first ("00-"), so `kubectl apply -f manifests/`
  // creates them before the objects that live in them.
  files.sort()
  return {
    definition: join(root, 'cluster.yaml'),
    files: files.map((f) => join(root, f)),
    editableFile: join(
      root,
      files.find((f) => !f.includes('namespace'))
    ),
    stacks: stackCount,
    namespacePrefix: ns,
    workloads
  }
}

/** Changes the ConfigMaps of one file (the one-file-change run). */
export function editOneFile(info, revision) {
  const name = info.editableFile.split('/').pop() ?? ''
  const match = /^(s\d{3})-f(\d{2})\.yaml$/.exec(name)
  if (!match) throw new Error(`unexpected file name ${name}`)
  writeFileSync(
    info.editableFile,
    fileObjects(
      info.namespacePrefix,
      match[1],
      Number(match[2]),
      objectsPerFile,
      info.workloads,
      revision
    )
  )
}
