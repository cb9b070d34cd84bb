/**
 * GitHub's published REST description (@octokit/openapi, api.github.com) as
 * a request checker: a request is matched to one operation by method and path
 * template, then its path parameters, query and JSON body are validated with
 * ajv against that operation's schemas. Validators are compiled lazily per
 * operation and cached, because compiling all 1,000+ operations up front
 * would take longer than the tests that use a handful.
 */
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { Ajv, type ValidateFunction, type ErrorObject } from 'ajv'

/** One broken rule: the test that caused it fails. */
export interface Violation {
  operationId: string
  method: string
  path: string
  /** JSON pointer into the request: `/body/output/annotations`, `/query/per_page`. */
  pointer: string
  message: string
}

type Json = Record<string, unknown>

interface Parameter {
  name: string
  in: 'path' | 'query' | 'header' | 'cookie'
  required?: boolean
  schema?: Json
}

export interface Operation {
  operationId: string
  method: string
  template: string
  pattern: RegExp
  pathParams: string[]
  /** Literal segments: a literal beats a parameter when both match. */
  literals: number
  parameters: Parameter[]
  bodySchema?: Json
  responses: Json
}

interface Compiled {
  params: ValidateFunction
  query: ValidateFunction
  body?: ValidateFunction
}

/** A loaded description with its operation index and validator cache. */
export interface ApiDescription {
  match(
    method: string,
    pathname: string
  ): { operation: Operation; params: Record<string, string> } | undefined
  validate(
    operation: Operation,
    path: string,
    params: Record<string, string>,
    query: URLSearchParams,
    body: unknown
  ): { violations: Violation[]; params: Json; query: Json }
  /** The first documented example of a response (refs resolved), if any. */
  example(operation: Operation, status: number): unknown
  /** A validator for a component schema, e.g. `check-run`. */
  schema(name: string): ValidateFunction
}

let cached: ApiDescription | undefined

/** Loads (once per process) and indexes api.github.com's description. */
export function loadApiDescription(): ApiDescription {
  cached ??= build()
  return cached
}

function build(): ApiDescription {
  const require = createRequire(import.meta.url)
  const file = require.resolve('@octokit/openapi/generated/api.github.com.json')
  const spec = JSON.parse(readFileSync(file, 'utf8')) as {
    paths: Record<string, Record<string, Json>>
    components: Json
  }
  // OpenAPI 3.0 schemas: `nullable` is understood by ajv; `example`,
  // `discriminator` and friends are annotations, hence strict: false.
  const ajv = new Ajv({
    strict: false,
    allErrors: true,
    validateFormats: false,
    validateSchema: false
  })
  allowNullInEnums(spec)
  ajv.addSchema({ $id: 'gh', components: spec.components })
  const resolve = (value: unknown): unknown => {
    if (typeof value !== 'object' || value === null) return value
    const ref = (value as Json).$ref
    if (typeof ref !== 'string') return value
    let node: unknown = spec
    for (const part of ref.replace(/^#\//, '').split('/')) {
      node = (node as Json)[part.replace(/~1/g, '/').replace(/~0/g, '~')]
    }
    return resolve(node)
  }
  const rebase = (schema: unknown): Json =>
    JSON.parse(
      JSON.stringify(schema).replaceAll('"#/components/', '"gh#/components/')
    ) as Json

  const operations: Operation[] = []
  for (const [template, item] of Object.entries(spec.paths)) {
    for (const [method, raw] of Object.entries(item)) {
      if (typeof raw.operationId !== 'string') continue
      const segments = template.split('/').slice(1)
      const pathParams: string[] = []
      const source = segments
        .map((s) => {
          const m = /^\{(.+)\}$/.exec(s)
          if (!m) return s.replace(/[.*+?^$()|[\]\\]/g, '\\$&')
          pathParams.push(m[1] as string)
          return '([^/]+)'
        })
        .join('/')
      const content = (resolve(raw.requestBody) as Json | undefined)
        ?.content as Record<string, Json> | undefined
      operations.push({
        operationId: raw.operationId,
        method: method.toUpperCase(),
        template,
        pattern: new RegExp(`^/${source}$`),
        pathParams,
        literals: segments.filter((s) => !s.startsWith('{')).length,
        parameters: ((raw.parameters as unknown[] | undefined) ?? []).map(
          (p) => resolve(p) as Parameter
        ),
        bodySchema: content?.['application/json']?.schema as Json | undefined,
        responses: raw.responses as Json
      })
    }
  }

  const compiled = new Map<string, Compiled>()
  const compile = (op: Operation): Compiled => {
    const hit = compiled.get(op.operationId)
    if (hit) return hit
    const group = (where: 'path' | 'query'): ValidateFunction => {
      const ps = op.parameters.filter((p) => p.in === where)
      return ajv.compile({
        type: 'object',
        properties: Object.fromEntries(
          ps.map((p) => [p.name, rebase(p.schema ?? {})])
        ),
        required: ps
          .filter((p) => p.required === true || where === 'path')
          .map((p) => p.name),
        additionalProperties: false
      })
    }
    const entry: Compiled = {
      params: group('path'),
      query: group('query'),
      body: op.bodySchema ? ajv.compile(rebase(op.bodySchema)) : undefined
    }
    compiled.set(op.operationId, entry)
    return entry
  }

  return {
    match(method, pathname) {
      let best:
        { operation: Operation; params: Record<string, string> } | undefined
      for (const op of operations) {
        if (op.method !== method) continue
        const m = op.pattern.exec(pathname)
        if (!m || (best && best.operation.literals >= op.literals)) continue
        const params: Record<string, string> = {}
        op.pathParams.forEach((name, i) => {
          params[name] = decodeURIComponent(m[i + 1] as string)
        })
        best = { operation: op, params }
      }
      return best
    },
    validate(op, path, rawParams, rawQuery, body) {
      const v = compile(op)
      const violations: Violation[] = []
      const report = (
        prefix: string,
        errors: ErrorObject[] | null | undefined
      ): void => {
        for (const e of errors ?? []) {
          const extra =
            'additionalProperty' in e.params
              ? `/${String(e.params.additionalProperty)}`
              : ''
          violations.push({
            operationId: op.operationId,
            method: op.method,
            path,
            pointer: `${prefix}${e.instancePath}${extra}`,
            message: e.message ?? e.keyword
          })
        }
      }
      const params = coerce(rawParams, op, 'path')
      if (!v.params(params)) report('/path', v.params.errors)
      const query = coerce(Object.fromEntries(rawQuery), op, 'query')
      if (!v.query(query)) report('/query', v.query.errors)
      if (v.body) {
        if (!v.body(body)) report('/body', v.body.errors)
        report('/body', unknownFields(body, resolve(op.bodySchema) as Json))
      } else if (body !== undefined) {
        report('/body', [
          {
            instancePath: '',
            message: 'this operation takes no body'
          } as ErrorObject
        ])
      }
      return { violations, params, query }
    },
    example(op, status) {
      const response = resolve(op.responses[String(status)]) as Json | undefined
      const content = response?.content as Record<string, Json> | undefined
      const examples = content?.['application/json']?.examples as
        Record<string, unknown> | undefined
      const first = examples ? Object.values(examples)[0] : undefined
      const value = (resolve(first) as Json | undefined)?.value
      return value === undefined
        ? undefined
        : (JSON.parse(JSON.stringify(value)) as unknown)
    },
    schema(name) {
      return (
        ajv.getSchema(`gh#/components/schemas/${name}`) ??
        ajv.compile({ $ref: `gh#/components/schemas/${name}` })
      )
    }
  }
}

/**
 * Path and query values arrive as text; the description types them. Only
 * the plain shapes GitHub uses are converted, so a non-number stays a string
 * and fails validation with a useful message.
 */
function coerce(
  values: Record<string, string>,
  op: Operation,
  where: 'path' | 'query'
): Json {
  const out: Json = {}
  for (const [name, text] of Object.entries(values)) {
    const p = op.parameters.find((x) => x.in === where && x.name === name)
    const type = p?.schema?.type
    if (
      (type === 'integer' || type === 'number') &&
      /^-?\d+(\.\d+)?$/.test(text)
    ) {
      out[name] = Number(text)
    } else if (type === 'boolean' && (text === 'true' || text === 'false')) {
      out[name] = text === 'true'
    } else {
      out[name] = text
    }
  }
  return out
}

/**
 * GitHub ignores body fields it does not know; a misspelt field would then
 * silently do nothing, so the double reports top-level unknown fields.
 */
function unknownFields(body: unknown, schema: Json | undefined): ErrorObject[] {
  const props = schema?.properties as Json | undefined
  if (
    !props ||
    typeof body !== 'object' ||
    body === null ||
    Array.isArray(body)
  ) {
    return []
  }
  return Object.keys(body)
    .filter((k) => !(k in props))
    .map(
      (k) =>
        ({
          instancePath: `/${k}`,
          message: `unknown field "${k}" (GitHub ignores it)`,
          params: {}
        }) as unknown as ErrorObject
    )
}

/**
 * OpenAPI 3.0 lets `nullable: true` admit null even when an `enum` is given;
 * ajv reads enum literally, so null is added to such enums once, up front.
 */
function allowNullInEnums(node: unknown): void {
  if (typeof node !== 'object' || node === null) return
  if (Array.isArray(node)) {
    for (const item of node) allowNullInEnums(item)
    return
  }
  const o = node as Json
  if (o.nullable === true && Array.isArray(o.enum) && !o.enum.includes(null)) {
    o.enum.push(null)
  }
  for (const value of Object.values(o)) allowNullInEnums(value)
}
