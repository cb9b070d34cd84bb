/**
 * Reads the composed document into the ClusterDefinition model. It is
 * tolerant (missing names become `''`) so the rules can run and report every
 * problem at once; validateDefinition only returns the model when nothing
 * was an error, and by then the schema has vouched for every shape read here.
 */
import { childPointer } from '../definition/pointer.js'
import {
  isRecord,
  listField,
  recordField,
  stringField
} from '../definition/plain-data.js'
import type { RegistryLookup } from '../definition/registry-lookup.js'
import type {
  ClusterDefinition,
  ClusterHelmRegistry,
  GitRepository,
  Stack
} from '../definition/definition-types.js'
import { buildAddon } from './addons.js'
import { sourceRef, type ValidationContext } from './validation-context.js'
import { buildManifest } from './manifests.js'
import { withClusterRegistries } from './registries.js'
import { readVariables } from './variables.js'

/** The model of the definition; fields the schema rejected are left empty. */
export function buildDefinition(
  ctx: ValidationContext,
  registries: RegistryLookup | undefined,
  clusterVariables: Readonly<Record<string, string>> = {},
  secretNames: ReadonlySet<string> = new Set()
): ClusterDefinition {
  const doc = isRecord(ctx.loaded.document) ? ctx.loaded.document : {}
  const metadata = recordField(doc, 'metadata') ?? {}
  const spec = recordField(doc, 'spec') ?? {}
  const helmRegistries = readRegistries(ctx, spec)
  const lookup = withClusterRegistries(registries, helmRegistries)
  const stacks = listField(spec, 'stacks').map((stack, index) =>
    readStack(
      ctx,
      stack,
      childPointer('/spec/stacks', index),
      lookup,
      clusterVariables,
      secretNames
    )
  )
  return {
    apiVersion: stringField(doc, 'apiVersion') ?? '',
    name: stringField(metadata, 'name') ?? '',
    description: stringField(metadata, 'description'),
    file: ctx.loaded.file,
    gitRepository: readGitRepository(ctx, spec),
    stacks,
    helmRegistries,
    files: ctx.loaded.files,
    source: sourceRef(ctx, '')
  }
}

function readGitRepository(
  ctx: ValidationContext,
  spec: Record<string, unknown>
): GitRepository | undefined {
  const git = recordField(spec, 'git_repository')
  if (!git) return undefined
  return {
    provider: stringField(git, 'provider'),
    repository: stringField(git, 'repository'),
    branch: stringField(git, 'branch'),
    credentialName: stringField(git, 'credential_name'),
    source: sourceRef(ctx, '/spec/git_repository')
  }
}

function readRegistries(
  ctx: ValidationContext,
  spec: Record<string, unknown>
): ClusterHelmRegistry[] {
  const out: ClusterHelmRegistry[] = []
  listField(spec, 'helm_registries').forEach((entry, index) => {
    if (!isRecord(entry)) return
    const name = stringField(entry, 'name')
    const url = stringField(entry, 'url')
    if (name === undefined || url === undefined) return
    out.push({
      name,
      url,
      credentialName: stringField(entry, 'credential_name'),
      excludeCharts: listField(entry, 'exclude_charts').filter(
        (c) => typeof c === 'string'
      ),
      source: sourceRef(ctx, childPointer('/spec/helm_registries', index))
    })
  })
  return out
}

function readStack(
  ctx: ValidationContext,
  value: unknown,
  pointer: string,
  lookup: RegistryLookup,
  clusterVariables: Readonly<Record<string, string>>,
  secretNames: ReadonlySet<string>
): Stack {
  const stack = isRecord(value) ? value : {}
  const name = stringField(stack, 'name') ?? ''
  const own = readVariables(
    ctx,
    stack.variables,
    childPointer(pointer, 'variables')
  )
  // Ankra's precedence: the stack's own value wins over a cluster-level one.
  const variables = { ...clusterVariables, ...own }
  // A value the stack writes itself is in the repository, not a secret.
  const secrets = {
    names: new Set([...secretNames].filter((n) => !Object.hasOwn(own, n))),
    variables
  }
  const wave = stack.deploy_wave
  return {
    name,
    description: stringField(stack, 'description'),
    deployWave:
      typeof wave === 'number' && Number.isInteger(wave) && wave >= 0
        ? wave
        : undefined,
    variables: own,
    manifests: listField(stack, 'manifests').flatMap((entry, index) =>
      isRecord(entry)
        ? [
            buildManifest(
              ctx,
              entry,
              `${pointer}/manifests/${index}`,
              index,
              name,
              variables,
              secrets
            )
          ]
        : []
    ),
    addons: listField(stack, 'addons').flatMap((entry, index) =>
      isRecord(entry)
        ? [
            buildAddon(
              ctx,
              entry,
              `${pointer}/addons/${index}`,
              index,
              name,
              variables,
              lookup,
              secrets
            )
          ]
        : []
    ),
    source: sourceRef(ctx, pointer)
  }
}
