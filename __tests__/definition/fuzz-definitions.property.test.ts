/**
 * Fuzzing the definition pipeline (loader → validator → planner) with a
 * valid ImportCluster tree, mutated: values swapped for other types, keys
 * deleted, list items and keys duplicated, scalars replaced by odd YAML
 * (tags, anchors, special floats, NUL, bidi controls) and by unicode. See
 * fuzz-harness.ts for the invariants; RELIABILITY.md ("Fuzzing") for the
 * commands and counts.
 */
import fc from 'fast-check'
import { stringify } from 'yaml'
import { sized } from '../../__fixtures__/long-mode.js'
import {
  checkInvariants,
  countCase,
  fuzzRuns,
  printCounts,
  runPipeline
} from './fuzz-harness.js'

type Path = (string | number)[]

/** Two stacks, waves, parents both ways, every kind of source and include. */
const valid = {
  apiVersion: 'v1',
  kind: 'ImportCluster',
  metadata: { name: 'fuzz', description: 'a cluster' },
  spec: {
    git_repository: { provider: 'github', branch: 'main' },
    helm_registries: [{ name: 'own', url: 'oci://ghcr.io/acme/charts' }],
    stacks: [
      {
        name: 'platform',
        deploy_wave: 0,
        variables: { env: 'prod', replicas: '2' },
        manifests: [
          { name: 'ns', from_file: 'manifests/ns.yaml' },
          { include: 'more/' },
          {
            name: 'cm',
            manifest:
              'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: cm\n  namespace: web\ndata:\n  env: ${{ ankra.env }}\n',
            parents: [{ name: 'ns', kind: 'manifest' }]
          }
        ],
        addons: [
          {
            name: 'web',
            chart_name: 'podinfo',
            chart_version: '6.5.0',
            repository_url: 'https://stefanprodan.github.io/podinfo',
            namespace: 'web',
            parents: [{ name: 'ns', kind: 'manifest' }],
            configuration: {
              values: 'replicaCount: ${{ ankra.replicas }}\n'
            }
          },
          { include: 'addons/cache.yaml' }
        ]
      },
      {
        name: 'apps',
        deploy_wave: 1,
        manifests: [
          {
            name: 'app-cm',
            manifest_base64: Buffer.from(
              'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: app\n  namespace: web\n'
            ).toString('base64')
          }
        ],
        addons: [
          {
            name: 'api',
            chart_name: 'podinfo',
            chart_version: '6.5.0',
            registry_name: 'own',
            namespace: 'api',
            parents: [{ name: 'web', kind: 'addon' }]
          }
        ]
      }
    ]
  }
}

const files: Record<string, string> = {
  '/repo/manifests/ns.yaml':
    'apiVersion: v1\nkind: Namespace\nmetadata:\n  name: web\n',
  '/repo/more/a.yaml':
    'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: a\n  namespace: web\n',
  '/repo/more/b.yaml': '- name: b\n  from_file: ../manifests/ns-api.yaml\n',
  '/repo/manifests/ns-api.yaml':
    'apiVersion: v1\nkind: Namespace\nmetadata:\n  name: api\n',
  '/repo/addons/cache.yaml':
    '- name: cache\n  chart_name: redis\n  chart_version: "1.0.0"\n  registry_name: own\n  namespace: web\n'
}

function allPaths(value: unknown, prefix: Path = []): Path[] {
  if (typeof value !== 'object' || value === null) return [prefix]
  const keys: Path = Array.isArray(value)
    ? value.map((_, i) => i)
    : Object.keys(value)
  return [
    prefix,
    ...keys.flatMap((k) =>
      allPaths((value as Record<string | number, unknown>)[k], [...prefix, k])
    )
  ]
}
const paths = allPaths(valid).filter((p) => p.length > 0)

/** Scalars YAML reads in surprising ways, written as YAML text. */
const oddScalars = [
  ...['~', 'null', '.inf', '-.nan', '0x1F', '0o17', '1e400', '1.2e29', '-0'],
  ...['yes', 'no', 'on', 'off', '2024-01-01', '12:30:00', '""', "''", '[]'],
  ...['{}', '!!binary aGk=', '!!js/function "function () {}"', '!Custom x'],
  ...['!!str 1', '!!int "x"', '!!map {}', '*nowhere', '&a x', '"\\0"'],
  ...['"\\u0000x"', '"\\u202Eevil"', '"\\e[31mred"', '"a\\nb"', "'--x'"],
  ...['--kubeconfig=/tmp/x', '-n', '"; rm -rf /"', '../../etc/passwd'],
  ...['/etc/passwd', '"${{ ankra.env }}"', '"${{"', '<<: {a: 1}', '? x'],
  ...['|', '>-', '@x', '`x', '{', '[', '"unterminated', 'a: b: c']
]

/** A value of another type (or shape) than the one written. */
const swapped: fc.Arbitrary<unknown> = fc.oneof(
  fc.jsonValue({ maxDepth: 2 }),
  fc.string({ unit: 'binary', maxLength: 20 }),
  fc.constantFrom(null, 0, -1, 1.5, 2 ** 53, true, [], {}, [[]], { a: {} })
)

/** A structural mutation of the valid tree. */
type Edit =
  | { kind: 'swap'; path: Path; value: unknown }
  | { kind: 'delete'; path: Path }
  | { kind: 'duplicate'; path: Path }

const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({
    kind: fc.constant('swap' as const),
    path: fc.constantFrom(...paths),
    value: swapped
  }),
  fc.record({
    kind: fc.constant('delete' as const),
    path: fc.constantFrom(...paths)
  }),
  fc.record({
    kind: fc.constant('duplicate' as const),
    path: fc.constantFrom(...paths)
  })
)

function applyEdit(tree: unknown, e: Edit): void {
  let parent = tree as Record<string | number, unknown>
  for (const key of e.path.slice(0, -1)) {
    const next = parent[key]
    if (typeof next !== 'object' || next === null) return
    parent = next as Record<string | number, unknown>
  }
  const last = e.path[e.path.length - 1] as string | number
  // Own keys only: after a swap a path may name an array's method
  // (`values`), which is no place in the tree.
  if (!Object.hasOwn(parent, last)) return
  if (e.kind === 'swap') parent[last] = e.value
  else if (e.kind === 'delete') {
    if (Array.isArray(parent)) parent.splice(Number(last), 1)
    else delete parent[last]
  } else if (Array.isArray(parent)) {
    parent.splice(Number(last), 0, structuredClone(parent[last]))
  }
}

/** A textual mutation: a `key: value` line's value replaced or the line doubled. */
type LineEdit = { line: number; scalar?: string }

function applyLineEdit(text: string, e: LineEdit): string {
  const lines = text.split('\n')
  const keyed = lines
    .map((l, i) => [l, i] as const)
    .filter(([l]) => /^\s*(- )?[\w$]+:( |$)/.test(l))
  const hit = keyed[e.line % keyed.length]
  if (!hit) return text
  const [line, i] = hit
  if (e.scalar === undefined) lines.splice(i, 0, line)
  else lines[i] = line.replace(/:( .*)?$/, `: ${e.scalar}`)
  return lines.join('\n')
}

const lineEdit: fc.Arbitrary<LineEdit> = fc.record(
  {
    line: fc.nat(),
    scalar: fc.oneof(
      fc.constantFrom(...oddScalars),
      fc
        .string({ unit: 'grapheme', maxLength: 12 })
        .map((s) => JSON.stringify(s)),
      fc.string({ unit: 'binary', maxLength: 12 })
    )
  },
  { requiredKeys: ['line'] }
)

afterAll(() => printCounts('definitions'))

describe('the pipeline on mutated definitions', () => {
  it('plans the unmutated tree, so the mutations reach the planner', async () => {
    const outcome = await runPipeline({
      files: { ...files, '/repo/cluster.yaml': stringify(valid) }
    })
    expect(outcome.diagnostics.filter((d) => d.severity === 'error')).toEqual(
      []
    )
    expect(outcome.plan).toContain('helm:api')
  })

  it('holds its invariants under structural edits (swaps, deletions, duplicates)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(edit, { minLength: 1, maxLength: 3 }),
        async (edits) => {
          countCase('structural edits')
          const tree = structuredClone(valid)
          for (const e of edits) applyEdit(tree, e)
          const outcome = await checkInvariants({
            files: { ...files, '/repo/cluster.yaml': stringify(tree) }
          })
          if (outcome.plan) countCase('structural edits, planned')
        }
      ),
      fuzzRuns(sized(300, 20_000))
    )
  })

  it('holds its invariants under textual edits (odd scalars, unicode, duplicated keys)', async () => {
    const text = stringify(valid)
    await fc.assert(
      fc.asyncProperty(
        fc.array(lineEdit, { minLength: 1, maxLength: 3 }),
        async (edits) => {
          countCase('textual edits')
          const mutated = edits.reduce(applyLineEdit, text)
          const outcome = await checkInvariants({
            files: { ...files, '/repo/cluster.yaml': mutated }
          })
          if (outcome.plan) countCase('textual edits, planned')
        }
      ),
      fuzzRuns(sized(300, 20_000))
    )
  })
})
