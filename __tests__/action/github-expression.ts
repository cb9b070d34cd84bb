/**
 * A small evaluator for the GitHub Actions expressions the example workflows
 * use (`${{ … }}` with contexts, string literals, `==`, `!=`, `!`, `&&`, `||`,
 * parentheses, property access `a.b` and `a[expr]` (case-insensitive, as
 * GitHub's contexts are), `format()`, `fromJSON()` and `always()`), so tests
 * can compute a concurrency group, a step's inputs or a job's `if:` for a
 * given event instead of comparing text. `&&` and `||` return operands, as
 * GitHub's do. Anything else throws, so a workflow that starts using more
 * of the language fails the test loudly rather than being misread.
 */

type Value = string | boolean | null | number
/** What an expression may compute on the way: a context's objects too. */
type Any = Value | object

/** Replaces every `${{ expr }}` in `text` with its value under `context`. */
export function evaluateTemplate(
  text: string,
  context: Record<string, unknown>
): string {
  return text.replace(/\$\{\{(.*?)\}\}/g, (_m, expr: string) =>
    String(evaluate(expr, context) ?? '')
  )
}

/** The value of one expression under `context`. */
export function evaluate(
  expression: string,
  context: Record<string, unknown>
): Value {
  const value = evaluateAny(expression, context)
  if (typeof value === 'object' && value !== null)
    throw new Error(`${expression} is not a value in the test's context`)
  return value
}

/** A value as text; an object as JSON, as GitHub writes one. */
function text(value: Any): string {
  return typeof value === 'object' && value !== null
    ? JSON.stringify(value)
    : String(value)
}

/** The value of one expression, which may be one of the context's objects. */
export function evaluateAny(
  expression: string,
  context: Record<string, unknown>
): Any {
  const tokens =
    expression.match(
      /'(?:[^']|'')*'|\.?[A-Za-z_][\w.-]*|==|!=|&&|\|\||[!(),[\]]|\S/g
    ) ?? []
  let at = 0
  const peek = (): string | undefined => tokens[at]
  const take = (expected?: string): string => {
    const token = tokens[at++]
    if (token === undefined || (expected && token !== expected))
      throw new Error(`expected ${expected ?? 'more'} in ${expression}`)
    return token
  }
  const truthy = (v: Any): boolean => v !== null && v !== false && v !== ''

  function or(): Any {
    let left = and()
    while (peek() === '||') {
      take()
      const right = and()
      left = truthy(left) ? left : right
    }
    return left
  }
  function and(): Any {
    let left = comparison()
    while (peek() === '&&') {
      take()
      const right = comparison()
      left = truthy(left) ? right : left
    }
    return left
  }
  function comparison(): Any {
    const left = unary()
    const op = peek()
    if (op !== '==' && op !== '!=') return left
    take()
    const right = unary()
    // GitHub compares strings case-insensitively.
    const same =
      typeof left === 'string' && typeof right === 'string'
        ? left.toLowerCase() === right.toLowerCase()
        : left === right
    return op === '==' ? same : !same
  }
  function unary(): Any {
    if (peek() === '!') {
      take()
      return !truthy(unary())
    }
    return primary()
  }
  function primary(): Any {
    let value = atom()
    // a[expr], and .name after it (a[0].b).
    while (peek() === '[' || peek()?.startsWith('.')) {
      if (take() === '[') {
        value = property(value, or())
        take(']')
      } else {
        for (const part of (tokens[at - 1] ?? '').slice(1).split('.'))
          value = property(value, part)
      }
    }
    return value
  }
  function atom(): Any {
    const token = take()
    if (token === '(') {
      const value = or()
      take(')')
      return value
    }
    if (token.startsWith("'")) return token.slice(1, -1).replace(/''/g, "'")
    if (token === 'true' || token === 'false') return token === 'true'
    if (token === 'null') return null
    if (/^\d+$/.test(token)) return Number(token)
    if (peek() === '(') return call(token)
    if (!/^[A-Za-z_]/.test(token))
      throw new Error(`unsupported token ${token} in ${expression}`)
    let current: Any = context
    for (const part of token.split('.')) current = property(current, part)
    return current
  }
  function call(name: string): Any {
    take('(')
    const args: Any[] = []
    while (peek() !== ')') {
      args.push(or())
      if (peek() === ',') take()
    }
    take(')')
    switch (name.toLowerCase()) {
      case 'format':
        return text(args[0] ?? null).replace(/\{(\d+)\}/g, (_m, i: string) =>
          text(args[Number(i) + 1] ?? '')
        )
      case 'fromjson':
        return JSON.parse(text(args[0] ?? null)) as Any
      // The jobs these workflows gate with it run after the others, whatever
      // their results.
      case 'always':
        return true
      default:
        throw new Error(`unsupported function ${name}() in ${expression}`)
    }
  }
  /** `object[key]`, the key matched case-insensitively, as GitHub does. */
  function property(object: Any, key: Any): Any {
    if (typeof object !== 'object' || object === null)
      throw new Error(
        `${text(key)} is not in the test's context (${expression})`
      )
    if (Array.isArray(object)) return (object[Number(key)] as Any) ?? null
    const wanted = text(key).toLowerCase()
    const found = Object.entries(object).find(
      ([k]) => k.toLowerCase() === wanted
    )
    // A context the test did not give is a test bug; a key missing from
    // one it gave reads as null (a secret that is not set reads as '').
    if (found === undefined && object === context)
      throw new Error(`${text(key)} is not in the test's context`)
    return (found?.[1] as Any | undefined) ?? null
  }

  const value = or()
  if (at !== tokens.length)
    throw new Error(`unexpected ${tokens[at]} in ${expression}`)
  return value
}
