/**
 * The kubeconfig as kubectl loads it. `--kubeconfig` names one file, read
 * alone, which must exist. Else KUBECONFIG lists files (split on the path
 * delimiter, empty entries and repeats dropped), and the ones that exist are
 * merged: for clusters, users and contexts the first file to define a name
 * wins and later definitions of it are ignored whole; current-context comes
 * from the first file that sets one. Else `<home>/.kube/config` alone.
 *
 * Two departures, both where kubectl would land somewhere nobody asked for:
 * an explicit `--kubeconfig` that does not exist is a configuration error
 * (kubectl says `stat …: no such file`), and so is a KUBECONFIG of which no
 * file exists (kubectl warns and goes on with an empty configuration, i.e.
 * localhost:8080).
 *
 * Each entry remembers the folder of the file it came from: kubectl resolves
 * relative credential paths against the file that holds them. Nothing here
 * quotes a value read from a file: a kubeconfig holds credentials.
 */
import { delimiter, dirname, join, resolve } from 'node:path'
import { ConfigYamlError, parseConfigYaml } from '../config-yaml.js'
import { maxFileBytes } from '../definition/guarded-read.js'
import { errorCode } from '../errors.js'
import type { KubeconfigDocument } from '../ports/kube-api.js'
import { readBoundedSync } from './node-fs.js'

/** Why the sync goes through kubectl instead (it reads this kubeconfig its own way). */
export interface NoDirectChannel {
  fallback: string
}

/** A kubeconfig kubectl would refuse too, which only the user can fix. */
export interface KubeconfigProblem {
  problem: string
}

/** One kubeconfig file as read: its absolute path and its text. */
export interface KubeconfigText {
  file: string
  text: string
}

/** A file as read (its text), or as already decoded (its YAML). */
export type KubeconfigSource = KubeconfigText | KubeconfigDocument

/** A cluster, user or context entry, and the folder of the file it came from. */
export interface KubeconfigEntry {
  value: unknown
  base: string
}

/** The merged view kubectl would use (see the file comment). */
export interface MergedKubeconfig {
  /** The files merged, joined with the path delimiter, for messages. */
  files: string
  currentContext?: string
  contexts: Map<string, KubeconfigEntry>
  clusters: Map<string, KubeconfigEntry>
  users: Map<string, KubeconfigEntry>
}

/**
 * Reads the files kubectl would read for `target`; a missing file is a
 * problem or a fallback as the file comment says, an unreadable one a
 * fallback naming its error code.
 */
export function readKubeconfigs(
  target: { kubeconfig?: string },
  env: NodeJS.ProcessEnv,
  home: string
): KubeconfigText[] | NoDirectChannel | KubeconfigProblem {
  if (target.kubeconfig) {
    const file = resolve(target.kubeconfig)
    const read = readOne(file)
    if (read !== 'missing') return 'file' in read ? [read] : read
    return { problem: `kubeconfig ${file} does not exist` }
  }
  const listed = [
    ...new Set((env.KUBECONFIG ?? '').split(delimiter).filter((p) => p))
  ].map((p) => resolve(p))
  if (listed.length === 0) {
    const file = join(home, '.kube', 'config')
    const read = readOne(file)
    // No kubeconfig at all: kubectl may still find one (in-cluster).
    if (read === 'missing')
      return { fallback: `cannot read the kubeconfig ${file} (ENOENT)` }
    return 'file' in read ? [read] : read
  }
  const texts: KubeconfigText[] = []
  for (const file of listed) {
    const read = readOne(file)
    // kubectl skips a listed file that does not exist.
    if (read === 'missing') continue
    if (!('file' in read)) return read
    texts.push(read)
  }
  if (texts.length === 0)
    return {
      problem: `no file KUBECONFIG lists exists (${listed.join(', ')})`
    }
  return texts
}

function readOne(
  file: string
): KubeconfigText | NoDirectChannel | KubeconfigProblem | 'missing' {
  try {
    // Bounded, and never waiting on a FIFO (adapters/node-fs.ts).
    const bytes = readBoundedSync(file, maxFileBytes)
    return { file, text: new TextDecoder().decode(bytes) }
  } catch (error) {
    const code = errorCode(error)
    if (code === 'ENOENT') return 'missing'
    // kubectl would hang on a FIFO and choke on the rest: the user's to fix.
    if (code === 'EFTYPE' || code === 'EISDIR' || code === 'EFBIG')
      return { problem: `kubeconfig ${file} ${kubeconfigRefusal(error)}` }
    return { fallback: `cannot read the kubeconfig ${file} (${code})` }
  }
}

function kubeconfigRefusal(error: unknown): string {
  const { code, kind } = error as { code?: string; kind?: string }
  if (code === 'EFBIG')
    return `is larger than ${maxFileBytes} bytes; a kubeconfig is a small file`
  return `is a ${kind ?? 'folder'}, not a file; name a regular file`
}

/**
 * Merges `texts` by kubectl's rules (see the file comment), or says why
 * kubectl must read them itself: a file that is not YAML, not a mapping,
 * uses YAML 1.1 booleans, or defines a name twice (kubectl refuses that file).
 */
export function mergeKubeconfigs(
  texts: readonly KubeconfigSource[]
): MergedKubeconfig | NoDirectChannel {
  const merged: MergedKubeconfig = {
    files: texts.map((t) => t.file).join(delimiter),
    contexts: new Map(),
    clusters: new Map(),
    users: new Map()
  }
  let empty = true
  for (const source of texts) {
    const { file } = source
    const config =
      'text' in source ? parse(source.text) : yaml11Checked(source.value)
    if ('fallback' in config) return config
    if (config.value === undefined || config.value === null) continue
    if (!isRecord(config.value))
      return { fallback: 'the kubeconfig is not a mapping' }
    empty = false
    const base = dirname(file)
    const current = config.value['current-context']
    if (merged.currentContext === undefined && isString(current) && current)
      merged.currentContext = current
    for (const kind of ['context', 'cluster', 'user'] as const) {
      const into = merged[`${kind}s`]
      const seen = new Set<string>()
      for (const entry of listOf(config.value[`${kind}s`])) {
        const name = entry.name
        if (!isString(name)) continue
        if (seen.has(name))
          return { fallback: `${kind} "${name}" is in the kubeconfig twice` }
        seen.add(name)
        if (!into.has(name)) into.set(name, { value: entry[kind], base })
      }
    }
  }
  if (empty) return { fallback: 'the kubeconfig is empty' }
  return merged
}

/** The file's YAML, or why kubectl should read it instead. */
function parse(text: string): { value: unknown } | NoDirectChannel {
  // js-yaml reads YAML 1.2 (small and quick to start: this runs on every
  // sync) with `<<` merges, as kubectl does. kubectl reads YAML 1.1, where
  // `yes`, `off` and the like mean something else; a kubeconfig that uses
  // them is left to it.
  let value: unknown
  try {
    value = parseConfigYaml(text)
  } catch (error) {
    // Only the line: the parser's own message quotes the source, which may
    // hold a credential.
    const line = error instanceof ConfigYamlError ? error.line : undefined
    return {
      fallback: `the kubeconfig is not valid YAML${line ? ` (line ${line})` : ''}`
    }
  }
  return yaml11Checked(value)
}

/** `value`, or why kubectl should read it: what YAML 1.1 reads otherwise. */
function yaml11Checked(value: unknown): { value: unknown } | NoDirectChannel {
  const yaml11 = yaml11Only(value)
  if (yaml11)
    return {
      fallback: `the kubeconfig uses ${yaml11}, which YAML 1.1 (kubectl's parser) reads differently`
    }
  return { value }
}

function listOf(value: unknown): Record<string, unknown>[] {
  return Array.isArray(value) ? (value as unknown[]).filter(isRecord) : []
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

export function isString(value: unknown): value is string {
  return typeof value === 'string'
}

/** YAML 1.1's other booleans; YAML 1.2 reads them as strings. */
const yaml11Words = /^(?:y|Y|yes|Yes|YES|n|N|no|No|NO|on|On|ON|off|Off|OFF)$/

/**
 * What in the parsed kubeconfig YAML 1.1 would read otherwise (a word it
 * takes for a boolean), or undefined when nothing does. Merge keys need no
 * check: config-yaml.ts merges them as kubectl does.
 * Numbers need no check: every field read here must be a string or a
 * boolean, and a number is refused as either.
 */
function yaml11Only(value: unknown): string | undefined {
  if (typeof value === 'string')
    return yaml11Words.test(value) ? `the word "${value}"` : undefined
  if (Array.isArray(value)) {
    for (const item of value) {
      const found = yaml11Only(item)
      if (found) return found
    }
    return undefined
  }
  if (isRecord(value)) {
    for (const [key, item] of Object.entries(value)) {
      const found = yaml11Only(key) ?? yaml11Only(item)
      if (found) return found
    }
  }
  return undefined
}
