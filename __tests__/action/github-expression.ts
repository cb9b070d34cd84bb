/**
 * A small evaluator for the GitHub Actions expressions the example workflows
 * use (`${{ … }}` with contexts, string literals, `==`, `!=`, `!`, `&&`, `||`,
 * parentheses and `format()`), so tests can compute a concurrency group for
 * a given event instead of comparing text. `&&` and `||` return operands,
 * as GitHub's do. Anything else throws, so a workflow that starts using more
 * of the language fails the test loudly rather than being misread.
 */

type Value = string | boolean | null | number

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
  const tokens =
    expression.match(
      /'(?:[^']|'')*'|[A-Za-z_][\w.-]*|==|!=|&&|\|\||[!(),]|\S/g
    ) ?? []
  let at = 0
  const peek = (): string | undefined => tokens[at]
  const take = (expected?: string): string => {
    const token = tokens[at++]
    if (token === undefined || (expected && token !== expected))
      throw new Error(`expected ${expected ?? 'more'} in ${expression}`)
    return token
  }
  const truthy = (v: Value): boolean => v !== null && v !== false && v !== ''

  function or(): Value {
    let left = and()
    while (peek() === '||') {
      take()
      const right = and()
      left = truthy(left) ? left : right
    }
    return left
  }
  function and(): Value {
    let left = comparison()
    while (peek() === '&&') {
      take()
      const right = comparison()
      left = truthy(left) ? right : left
    }
    return left
  }
  function comparison(): Value {
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
  function unary(): Value {
    if (peek() === '!') {
      take()
      return !truthy(unary())
    }
    return primary()
  }
  function primary(): Value {
    const token = take()
    if (token === '(') {
      const value = or()
      take(')')
      return value
    }
    if (token.startsWith("'")) return token.slice(1, -1).replace(/''/g, "'")
    if (token === 'true' || token === 'false') return token === 'true'
    if (token === 'null') return null
    if (token === 'format' && peek() === '(') return format()
    if (!/^[A-Za-z_]/.test(token))
      throw new Error(`unsupported token ${token} in ${expression}`)
    return lookup(token)
  }
  function format(): Value {
    take('(')
    const args: Value[] = [or()]
    while (peek() === ',') {
      take()
      args.push(or())
    }
    take(')')
    return String(args[0]).replace(/\{(\d+)\}/g, (_m, i: string) =>
      String(args[Number(i) + 1] ?? '')
    )
  }
  function lookup(path: string): Value {
    let current: unknown = context
    for (const part of path.split('.')) {
      if (typeof current !== 'object' || current === null)
        throw new Error(`${path} is not in the test's context`)
      current = (current as Record<string, unknown>)[part]
    }
    if (
      typeof current !== 'string' &&
      typeof current !== 'boolean' &&
      typeof current !== 'number' &&
      current !== null
    )
      throw new Error(`${path} is not a value in the test's context`)
    return current
  }

  const value = or()
  if (at !== tokens.length)
    throw new Error(`unexpected ${tokens[at]} in ${expression}`)
  return value
}
