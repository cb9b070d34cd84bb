/**
 * The validated cluster definition: what `validateDefinition` returns once the
 * composed YAML (includes expanded) passed the schema and the rules. Every
 * later phase (plan, apply, report) reads only this model, never raw YAML.
 *
 * Field names follow ClusterSync's TypeScript conventions (camelCase); the
 * YAML keys they come from (snake_case, Ankra's) are named in the comments.
 */
import type { SourceLocation } from '../diagnostics.js'

/** Where a value was written: file, line, column and its JSON pointer. */
export interface SourceRef extends SourceLocation {
  /** JSON pointer into the composed definition, e.g. `/spec/stacks/0/manifests/2`. */
  pointer: string
}

export type ResourceKind = 'manifest' | 'addon'

export interface ClusterDefinition {
  /** `apiVersion` as written (Ankra: always `v1`). */
  apiVersion: string
  /** `metadata.name`: the cluster's name; names check runs and statuses. */
  name: string
  description?: string
  /** Repository-relative path of the root definition file (forward slashes). */
  file: string
  /** `spec.git_repository`, when the definition names one. */
  gitRepository?: GitRepository
  /** `spec.stacks`, includes expanded, in the order written. */
  stacks: Stack[]
  /** `spec.helm_registries`: registries added or overridden for this cluster. */
  helmRegistries: ClusterHelmRegistry[]
  /**
   * Every repository file the definition read (the root, included files,
   * `from_file` targets), repository-relative and sorted: the IaC files that
   * sync history links to and that change detection hashes.
   */
  files: string[]
  source: SourceRef
}

export interface GitRepository {
  provider?: string
  repository?: string
  branch?: string
  credentialName?: string
  source: SourceRef
}

export interface Stack {
  name: string
  description?: string
  /** `deploy_wave`: wave N starts after every lower wave succeeded. */
  deployWave?: number
  /** `variables`, every value a string (ints and booleans were converted). */
  variables: Record<string, string>
  manifests: Manifest[]
  addons: Addon[]
  source: SourceRef
}

/** A reference to another manifest or add-on that must be applied first. */
export interface ParentRef {
  kind: ResourceKind
  name: string
  /** Which shape the user wrote: `{name, kind}` or `{manifest: x}` / `{addon: x}`. */
  shape: 'explicit' | 'shorthand'
  source: SourceRef
}

/** One `manifests[]` entry: a set of raw Kubernetes objects applied together. */
export interface Manifest {
  kind: 'manifest'
  name: string
  /**
   * For a manifest made from a file of raw objects: the name it had before
   * names were taken from the definition's folder (its repository-relative
   * path without extension), when that differs from `name`
   * (raw-manifest-name.ts). Accepted in `parents` with a warning; the
   * inventory's step ids move from it.
   */
  legacyName?: string
  /** Name of the stack that holds it. */
  stack: string
  /** `namespace`: default namespace for namespaced objects that name none; created if missing. */
  namespace?: string
  parents: ParentRef[]
  /** `force`: take ownership of fields another field manager owns. */
  force: boolean
  /** `encrypted_paths`: the values that must be SOPS ciphertext (sops/encrypted-paths.ts). */
  encryptedPaths: string[]
  /** The Kubernetes objects, in the order written, after variable substitution. */
  objects: KubeObject[]
  /** scrypt digest of the secret variables the objects use; absent when none. */
  secretDigest?: string
  /** How the YAML was given; `raw` = a file of raw objects included under `manifests`. */
  origin: {
    type: 'from_file' | 'manifest' | 'manifest_base64' | 'raw'
    file?: string
  }
  source: SourceRef
}

/** A Kubernetes object as written in a manifest. */
export interface KubeObject {
  apiVersion: string
  kind: string
  /** `metadata.name`. */
  name: string
  /** `metadata.namespace`, or the manifest's `namespace` when the object names none (namespaced kinds only are later decided by the cluster). */
  namespace?: string
  /** The full object, as parsed (after variable substitution). */
  body: Record<string, unknown>
  /**
   * The body with secret variables' references left as written; present
   * only when it uses one. Step digests read it (validate/secret-substitution.ts).
   */
  digestBody?: Record<string, unknown>
  /** Where the object's YAML document starts (file:line of its first key). */
  source: SourceLocation
}

/** Where a chart comes from, after resolving `repository_url`, `registry_url` or `registry_name`. */
export interface ChartSource {
  /** `http`: a repository with an index.yaml; `oci`: an `oci://` reference; `path`: a chart folder in the repository. */
  type: 'http' | 'oci' | 'path'
  /** Repository root URL, `oci://` URL, or repository-relative folder. */
  location: string
  /** Which key decided it. */
  resolvedBy: 'repository_url' | 'registry_url' | 'registry_name' | 'path'
  /** The registry's name, when one was named or matched. */
  registryName?: string
  /** `registry_credential_name` or the registry's `credential_name`. */
  credentialName?: string
  /** The location as written, when a chart mirror replaced it (see chart-mirrors.ts). */
  mirroredFrom?: string
  /** A chart folder's digest of its files (`path` only): a template change is a change. */
  folderDigest?: string
}

/** One `addons[]` entry: a Helm release. */
export interface Addon {
  kind: 'addon'
  /** Also the Helm release name. */
  name: string
  stack: string
  chartName: string
  /** Always a string (an unquoted number is a validation error). */
  chartVersion: string
  chart: ChartSource
  /** Release namespace; created if missing. Defaults to `default` when omitted. */
  namespace?: string
  /** Helm values, parsed (from `configuration.from_file`, `values` or `values_base64`). */
  values: Record<string, unknown>
  /** The values with secret variables' references left as written; present only when they use one. */
  digestValues?: Record<string, unknown>
  /** scrypt digest of the secret variables the values use; absent when none. */
  secretDigest?: string
  valuesOrigin?: {
    type: 'from_file' | 'values' | 'values_base64'
    file?: string
  }
  /** `configuration.encrypted_paths`: the values that must be SOPS ciphertext. */
  encryptedPaths?: string[]
  parents: ParentRef[]
  source: SourceRef
}

export interface ClusterHelmRegistry {
  name: string
  url: string
  credentialName?: string
  excludeCharts: string[]
  source: SourceRef
}

/** A manifest or add-on, for code that treats both alike (graph, plan). */
export type Resource = Manifest | Addon
