/**
 * The one way ClusterSync reads configuration files that are plain data:
 * kubeconfigs (the Action's input, the direct channel's files), Helm
 * repository indexes, and the cluster-name peek. js-yaml with the YAML 1.2
 * core schema: small, quick to start, and no positions needed. Cluster
 * definitions are different (file:line:field diagnostics need the `yaml`
 * library's positions; definition/yaml-parse.ts).
 */
import { CORE_SCHEMA, load, Type, YAMLException } from 'js-yaml'

/** Thrown for text that is not YAML; says only the line, never the text. */
export class ConfigYamlError extends Error {
  override readonly name = 'ConfigYamlError'
  constructor(
    message: string,
    /** 1-based, when the parser knows it. */
    readonly line?: number
  ) {
    super(message)
  }
}

/**
 * The YAML 1.2 core schema plus merge keys (`<<: *defaults`), which kubectl
 * reads in kubeconfigs and Ankra in definitions (Go's YAML keeps YAML 1.1's
 * merge). js-yaml refuses other tags and control characters on its own.
 */
const configSchema = CORE_SCHEMA.extend({
  // js-yaml's own merge type, which its typings do not export: a key that
  // resolves to this tag is merged by the loader.
  implicit: [
    new Type('tag:yaml.org,2002:merge', {
      kind: 'scalar',
      resolve: (data: unknown) => data === '<<'
    })
  ]
})

/**
 * The first document of `text` as plain data. With `lenient`, a key given
 * twice keeps its last value (machine-written files such as Helm indexes).
 * The error never quotes the text: a kubeconfig holds credentials.
 */
export function parseConfigYaml(
  text: string,
  options: { lenient?: boolean } = {}
): unknown {
  try {
    return load(text, {
      schema: configSchema,
      ...(options.lenient ? { json: true } : {})
    })
  } catch (error) {
    if (!(error instanceof YAMLException)) throw error
    const line = error.mark ? error.mark.line + 1 : undefined
    throw new ConfigYamlError(
      `not valid YAML${line ? ` (line ${line}: ${error.reason})` : `: ${error.reason}`}`,
      line
    )
  }
}
