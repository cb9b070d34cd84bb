// Finds import cycles among the modules in src/, type-only ones included.
// ESLint's `import-x/no-cycle` skips `import type` and type-only specifiers
// whatever its options say, so `sync.ts` ↔ `sync-inputs.ts` passed lint
// although each file needs the other to be read. A type-only cycle is still
// a knot in the design: the two files cannot be understood, moved or tested
// apart. Dynamic `import()` counts too, as a lazily loaded module that
// imports back is the same knot, only loaded later.
//
//   node scripts/lint-cycles.js    checks every .ts file under src/
//
// Part of `npm run lint`; __tests__/scripts/lint-cycles.test.ts tests the rule.
import { readdirSync, readFileSync } from 'node:fs'
import { join, posix, sep } from 'node:path'
import ts from 'typescript'

/** How a module names another; shown with each edge of a cycle. */
function referenceKind(node) {
  if (ts.isImportDeclaration(node)) {
    if (!node.importClause) return 'side-effect import'
    return isTypeOnlyImport(node.importClause) ? 'import type' : 'import'
  }
  if (ts.isExportDeclaration(node)) {
    const typeOnly =
      node.isTypeOnly ||
      (node.exportClause !== undefined &&
        ts.isNamedExports(node.exportClause) &&
        node.exportClause.elements.length > 0 &&
        node.exportClause.elements.every((e) => e.isTypeOnly))
    return typeOnly ? 'export type' : 'export'
  }
  if (ts.isImportEqualsDeclaration(node)) return 'import'
  if (ts.isImportTypeNode(node)) return 'import type'
  return 'dynamic import'
}

/** `import type { A }` and `import { type A, type B }` load nothing at run time. */
function isTypeOnlyImport(clause) {
  if (clause.isTypeOnly) return true
  const bindings = clause.namedBindings
  return (
    clause.name === undefined &&
    bindings !== undefined &&
    ts.isNamedImports(bindings) &&
    bindings.elements.length > 0 &&
    bindings.elements.every((e) => e.isTypeOnly)
  )
}

/** The module specifier a node names, when it names one by a literal. */
function specifierOf(node) {
  if (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) {
    return node.moduleSpecifier
  }
  if (
    ts.isImportEqualsDeclaration(node) &&
    ts.isExternalModuleReference(node.moduleReference)
  ) {
    return node.moduleReference.expression
  }
  if (ts.isImportTypeNode(node)) {
    // `typeof import('./x.js')` and `import('./x.js').T` in a type.
    const arg = node.argument
    return ts.isLiteralTypeNode(arg) ? arg.literal : undefined
  }
  if (
    ts.isCallExpression(node) &&
    node.expression.kind === ts.SyntaxKind.ImportKeyword
  ) {
    return node.arguments[0]
  }
  return undefined
}

/**
 * The reference as one line for the report: a declaration whole, whitespace
 * collapsed; an `import()` by the source line it sits on.
 */
function codeOf(node, source) {
  if (
    ts.isImportDeclaration(node) ||
    ts.isExportDeclaration(node) ||
    ts.isImportEqualsDeclaration(node)
  ) {
    return node.getText(source).replace(/\s+/g, ' ')
  }
  const { line } = source.getLineAndCharacterOfPosition(node.getStart(source))
  return source.text.split('\n')[line].trim()
}

/**
 * Every module a TypeScript file names, in source order: static and
 * type-only imports, re-exports, side-effect imports, `import()` calls and
 * `import('…')` types. A real parse, so an import written in a comment or a
 * string is not one. Non-literal `import(name)` cannot be followed and is
 * left out.
 */
export function moduleReferences(text, fileName = 'module.ts') {
  const source = ts.createSourceFile(
    fileName,
    text,
    ts.ScriptTarget.Latest,
    false,
    ts.ScriptKind.TS
  )
  const found = []
  const visit = (node) => {
    const specifier = specifierOf(node)
    if (specifier && ts.isStringLiteralLike(specifier)) {
      const { line } = source.getLineAndCharacterOfPosition(
        node.getStart(source)
      )
      found.push({
        specifier: specifier.text,
        kind: referenceKind(node),
        line: line + 1,
        code: codeOf(node, source)
      })
    }
    ts.forEachChild(node, visit)
  }
  visit(source)
  return found
}

/**
 * The file a relative specifier names, among `files` (posix paths relative
 * to the repository): `./x.js` is `x.ts` (NodeNext spells the output name),
 * `./x` is `x.ts` or `x/index.ts`. Packages and files outside the set
 * (JSON, schemas) give `undefined`.
 */
export function resolveSpecifier(from, specifier, files) {
  if (!specifier.startsWith('./') && !specifier.startsWith('../')) {
    return undefined
  }
  const target = posix.normalize(posix.join(posix.dirname(from), specifier))
  const stem = target.replace(/\.(?:[cm]?js|ts)$/, '')
  const candidates = [`${stem}.ts`, `${stem}.d.ts`, `${stem}/index.ts`]
  return candidates.find((candidate) => files.has(candidate))
}

/**
 * The module graph of `sources` (path → text): for each file, the files it
 * names, each with the first reference that names it.
 */
export function moduleGraph(sources) {
  const files = new Set(Object.keys(sources))
  const graph = new Map()
  for (const file of [...files].sort()) {
    const edges = new Map()
    for (const ref of moduleReferences(sources[file], file)) {
      const to = resolveSpecifier(file, ref.specifier, files)
      if (to !== undefined && !edges.has(to)) edges.set(to, ref)
    }
    graph.set(file, edges)
  }
  return graph
}

/**
 * Tarjan's strongly connected components of `graph` that hold a cycle:
 * two or more files, or one file that names itself. Members sorted.
 */
export function stronglyConnected(graph) {
  const index = new Map()
  const low = new Map()
  const stack = []
  const onStack = new Set()
  const components = []
  let next = 0
  const connect = (file) => {
    index.set(file, next)
    low.set(file, next)
    next++
    stack.push(file)
    onStack.add(file)
    for (const to of graph.get(file).keys()) {
      if (!index.has(to)) {
        connect(to)
        low.set(file, Math.min(low.get(file), low.get(to)))
      } else if (onStack.has(to)) {
        low.set(file, Math.min(low.get(file), index.get(to)))
      }
    }
    if (low.get(file) !== index.get(file)) return
    const component = []
    let member
    do {
      member = stack.pop()
      onStack.delete(member)
      component.push(member)
    } while (member !== file)
    if (component.length > 1 || graph.get(file).has(file)) {
      components.push(component.sort())
    }
  }
  for (const file of graph.keys()) if (!index.has(file)) connect(file)
  return components.sort((a, b) => a[0].localeCompare(b[0]))
}

/** The shortest path from `from` to `to` inside `members`, both ends included. */
function shortestPath(graph, members, from, to) {
  const previous = new Map([[from, undefined]])
  const queue = [from]
  while (queue.length > 0) {
    const file = queue.shift()
    if (file === to) break
    for (const next of [...graph.get(file).keys()].sort()) {
      if (members.has(next) && !previous.has(next)) {
        previous.set(next, file)
        queue.push(next)
      }
    }
  }
  const path = [to]
  while (path[0] !== from) path.unshift(previous.get(path[0]))
  return path
}

/** A cycle's files rotated to start at its smallest, so equal cycles compare equal. */
function canonical(cycle) {
  const start = cycle.indexOf([...cycle].sort()[0])
  return [...cycle.slice(start), ...cycle.slice(0, start)]
}

/**
 * The import cycles among `sources` (path → text). Every edge inside a
 * strongly connected component lies on one reported cycle, the shortest
 * through it, so each import that knots the graph is shown; a component of
 * two files gives one cycle. Each cycle lists its files, closing on the
 * first, and for each edge the reference that makes it.
 */
export function findCycles(sources) {
  const graph = moduleGraph(sources)
  const cycles = new Map()
  for (const component of stronglyConnected(graph)) {
    const members = new Set(component)
    for (const from of component) {
      for (const to of [...graph.get(from).keys()].sort()) {
        if (!members.has(to)) continue
        const back = to === from ? [to] : shortestPath(graph, members, to, from)
        const files = canonical(back)
        const key = files.join('\0')
        if (cycles.has(key)) continue
        const chain = [...files, files[0]]
        const edges = files.map((file, i) => ({
          from: file,
          to: chain[i + 1],
          ...graph.get(file).get(chain[i + 1])
        }))
        cycles.set(key, { files: chain, edges })
      }
    }
  }
  return [...cycles.values()]
}

/** A cycle as the lint prints it: the chain, then each edge's reference. */
export function formatCycle(cycle) {
  return [
    cycle.files.join(' → '),
    ...cycle.edges.map(({ from, line, code }) => `  ${from}:${line}: ${code}`)
  ].join('\n')
}

/** The TypeScript files under `dir` (posix paths relative to `cwd`), sorted. */
export function sourceFiles(dir = 'src', cwd = process.cwd()) {
  return readdirSync(join(cwd, dir), { recursive: true })
    .filter((name) => name.endsWith('.ts'))
    .map((name) => posix.join(dir, name.split(sep).join('/')))
    .sort()
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const sources = Object.fromEntries(
    sourceFiles().map((file) => [file, readFileSync(file, 'utf8')])
  )
  const cycles = findCycles(sources)
  for (const cycle of cycles) {
    console.error(`import cycle: ${formatCycle(cycle)}`)
  }
  if (cycles.length > 0) {
    console.error(
      `${cycles.length} import cycle(s) in src/, type-only and dynamic imports included.\n` +
        '  move what both files need into a module each can import, or pass it in (STYLE.md §3)'
    )
  }
  process.exitCode = cycles.length ? 1 : 0
}
