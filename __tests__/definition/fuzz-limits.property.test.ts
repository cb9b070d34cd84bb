/**
 * Fuzzing at the limits docs/format.md promises ("Limits"): sizes at and
 * just past each one, in the definition and in an included file. At the
 * limit the input is read; one past it is refused with the limit's
 * diagnostic at that file; either way the harness's invariants hold
 * (fuzz-harness.ts). The substitution budget is one per definition, so its
 * case spreads the uses over a manifest and an add-on's values. Nesting far
 * past any sensible depth must end in a placed diagnostic too, never in a
 * stack overflow.
 */
import fc from 'fast-check'
import type { Diagnostic } from '../../src/diagnostics.js'
import { longMode, sized } from '../../__fixtures__/long-mode.js'
import { maxAliasNodes } from '../../src/definition/yaml-anchors.js'
import { maxFileBytes } from '../../src/definition/yaml-parse.js'
import { maxSubstitutedBytes } from '../../src/validate/variables.js'
import {
  checkInvariants,
  countCase,
  fuzzRuns,
  printCounts,
  type FuzzRepo
} from './fuzz-harness.js'

const definition = (include: string): string =>
  [
    'apiVersion: v1',
    'kind: ImportCluster',
    'metadata: {name: limits}',
    'spec:',
    '  stacks:',
    '    - name: s',
    '      manifests:',
    `        - include: ${include}`,
    ''
  ].join('\n')

const manifestEntry =
  '- name: m\n  manifest: "{apiVersion: v1, kind: ConfigMap, metadata: {name: m, namespace: x}}"\n'

/** `text` padded with a comment to exactly `bytes` bytes. */
function padTo(text: string, bytes: number): string {
  return `${text}#${'x'.repeat(bytes - text.length - 2)}\n`
}

/** Where the sized file sits: the definition itself or an included file. */
const where = fc.constantFrom('definition' as const, 'include' as const)

function repoWith(place: 'definition' | 'include', body: string): FuzzRepo {
  return place === 'definition'
    ? { files: { '/repo/cluster.yaml': body } }
    : {
        files: {
          '/repo/cluster.yaml': definition('big.yaml'),
          '/repo/big.yaml': body
        }
      }
}

const fileOf = (place: 'definition' | 'include'): string =>
  place === 'definition' ? 'cluster.yaml' : 'big.yaml'

/**
 * True when `d` names `file`: placed in it, or (a refusal reported where
 * the file was included) saying its name.
 */
const names = (d: Diagnostic, file: string): boolean =>
  d.file === file || d.message.includes(file)

afterAll(() => printCounts('limits'))

describe('the pipeline at and just past its limits', () => {
  it(`reads a file of ${maxFileBytes} bytes and refuses one byte more`, async () => {
    await fc.assert(
      fc.asyncProperty(
        where,
        fc.integer({ min: -2, max: 2 }),
        async (place, delta) => {
          countCase(`file size limit ${delta >= 0 ? '+' : ''}${delta}`)
          const bytes = maxFileBytes + delta
          const small =
            place === 'definition' ? definition('m.yaml') : manifestEntry
          // The default run lets `stat` report the size (parsing 5 MiB
          // twice per case is slow); the long mode writes every byte.
          const repo = repoWith(place, longMode ? padTo(small, bytes) : small)
          if (!longMode) repo.sizes = { [`/repo/${fileOf(place)}`]: bytes }
          if (place === 'definition') repo.files['/repo/m.yaml'] = manifestEntry
          const outcome = await checkInvariants(repo)
          const refused = outcome.diagnostics.filter(
            (d) => d.code === 'file-too-large'
          )
          expect(refused.map((d) => names(d, fileOf(place)))).toEqual(
            delta > 0 ? [true] : []
          )
        }
      ),
      fuzzRuns(sized(6, 40))
    )
  })

  it(`expands aliases to ${maxAliasNodes} nodes and refuses one more`, async () => {
    await fc.assert(
      fc.asyncProperty(
        where,
        fc.constantFrom(...sized([0, 1], [-2, -1, 0, 1, 2])),
        async (place, delta) => {
          countCase(`alias node limit ${delta >= 0 ? '+' : ''}${delta}`)
          // One scalar anchor and its aliases: each alias is one node.
          const uses = maxAliasNodes + delta
          const aliases = Array.from({ length: uses }, (_, i) => `k${i}: *v`)
          const object = `apiVersion: v1\nkind: ConfigMap\nmetadata: {name: a, namespace: x}\ndata:\n  v: &v value\n  ${aliases.join('\n  ')}\n`
          const body =
            place === 'definition'
              ? definition('a.yaml').replace('limits}', 'limits, x: &v v}')
              : object
          const repo = repoWith(place, body)
          if (place === 'definition') {
            repo.files['/repo/cluster.yaml'] =
              `${body}      variables:\n${aliases.map((a) => `        ${a}`).join('\n')}\n`
            repo.files['/repo/a.yaml'] = manifestEntry
          }
          const outcome = await checkInvariants(repo)
          const refused = outcome.diagnostics.filter(
            (d) => d.code === 'yaml-alias-limit'
          )
          expect(refused.map((d) => names(d, fileOf(place)))).toEqual(
            delta > 0 ? [true] : []
          )
        }
      ),
      fuzzRuns(sized(4, 40))
    )
  })

  it(`substitutes variables adding ${maxSubstitutedBytes} bytes and refuses one more`, async () => {
    await fc.assert(
      fc.asyncProperty(
        where,
        fc.constantFrom(...sized([0, 1], [-2, -1, 0, 1, 2])),
        fc.integer({ min: 4, max: 8 }),
        async (place, delta, uses) => {
          countCase(`substitution limit ${delta >= 0 ? '+' : ''}${delta}`)
          // The budget is one per definition: `big` is used `uses` times,
          // once in an add-on's values and the rest in a manifest (inline
          // or in an included file), and `r` tops it up to the exact size.
          const target = maxSubstitutedBytes + delta
          const big = '${{ ankra.big }}'
          const rest = '${{ ankra.r }}'
          const each = Math.floor(target / uses)
          const restAdds = target - each * uses
          const data = [
            ...Array.from({ length: uses - 1 }, (_, i) => `k${i}: "${big}"`),
            `r: "${rest}"`
          ]
          const object = `apiVersion: v1\nkind: ConfigMap\nmetadata: {name: big, namespace: x}\ndata:\n  ${data.join('\n  ')}\n`
          const manifest =
            place === 'definition'
              ? `        - name: big\n          manifest: |\n            ${object.trimEnd().replace(/\n/g, '\n            ')}\n`
              : '        - include: big.yaml\n'
          const repo: FuzzRepo = {
            files: {
              '/repo/cluster.yaml': [
                'apiVersion: v1',
                'kind: ImportCluster',
                'metadata: {name: limits}',
                'spec:',
                '  stacks:',
                '    - name: s',
                '      variables:',
                `        big: ${'x'.repeat(each + big.length)}`,
                `        r: ${'y'.repeat(restAdds + rest.length)}`,
                `      manifests:\n${manifest}      addons:`,
                '        - name: web',
                '          chart_name: podinfo',
                '          chart_version: 6.5.0',
                '          repository_url: https://stefanprodan.github.io/podinfo',
                '          namespace: x',
                `          configuration: {values: "a: ${big}"}`,
                ''
              ].join('\n')
            }
          }
          if (place === 'include') repo.files['/repo/big.yaml'] = object
          const outcome = await checkInvariants(repo)
          const refused = outcome.diagnostics.filter(
            (d) => d.code === 'variable-expansion-limit'
          )
          expect(refused).toHaveLength(delta > 0 ? 1 : 0)
          // At the limit every reference is substituted and the plan made.
          expect(outcome.plan === undefined).toBe(delta > 0)
        }
      ),
      fuzzRuns(sized(4, 40))
    )
  })

  it('ends deep nesting in a placed diagnostic, at any depth', async () => {
    await fc.assert(
      fc.asyncProperty(
        where,
        fc.constantFrom(
          ...sized([10, 1_000, 10_000], [10, 1_000, 10_000, 100_000])
        ),
        fc.constantFrom('[', '{a: ', '- '),
        async (place, depth, opener) => {
          countCase(`nesting ${depth}`)
          const closer = opener === '[' ? ']' : opener === '{a: ' ? '}' : ''
          const nested =
            opener === '- '
              ? // Block nesting costs its depth in indentation on every
                // line: 10,000 levels already make a file past the size limit.
                Array.from(
                  { length: Math.min(depth, 10_000) },
                  (_, i) => `${' '.repeat(i * 2)}- `
                ).join('\n') + 'x'
              : `${opener.repeat(depth)}x${closer.repeat(depth)}`
          const body =
            place === 'definition'
              ? `${definition('m.yaml')}      variables:\n        deep: ${nested.replace(/\n/g, '\n          ')}\n`
              : `- name: m\n  manifest: ok\n  extra: ${nested.replace(/\n/g, '\n    ')}\n`
          const repo = repoWith(place, body)
          repo.files['/repo/m.yaml'] = manifestEntry
          await checkInvariants(repo)
        }
      ),
      fuzzRuns(sized(12, 60))
    )
  })
})
