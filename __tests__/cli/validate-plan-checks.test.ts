/**
 * `validate` (the check a pull request runs by hand) finds what planning
 * finds: a `parents` edge that runs against the deploy waves is a cycle a
 * sync refuses (`plan-cycle`), and an object placed a wave before its
 * Namespace is warned about (`implicit-order-conflict`). Before, validate
 * said "valid" and only `plan` or the sync itself told.
 */
import { FakeClock } from '../../__fixtures__/fakes/fake-clock.js'
import { FakeExec } from '../../__fixtures__/fakes/fake-exec.js'
import { MemoryFs } from '../../__fixtures__/fakes/memory-fs.js'
import { runCli } from '../../src/cli.js'
import type { CliContext } from '../../src/cli/context.js'

async function validate(
  definition: string
): Promise<{ code: number; out: string }> {
  let out = ''
  const ctx: CliContext = {
    stdout: { write: (t) => void (out += t), isTTY: false },
    stderr: { write: (t) => void (out += t), isTTY: false },
    cwd: '/repo',
    env: {},
    fs: new MemoryFs({ '/repo/cluster.yaml': definition }),
    exec: new FakeExec().on(['git'], { exitCode: 128 }),
    clock: new FakeClock()
  }
  const code = await runCli(
    ['validate', 'cluster.yaml', '--root', '/repo', '--ref', 'main'],
    ctx
  )
  return { code, out }
}

const stacks = (first: string[], second: string[]): string =>
  [
    'apiVersion: v1',
    'kind: ImportCluster',
    'metadata: {name: demo}',
    'spec:',
    '  stacks:',
    '    - name: s1',
    '      deploy_wave: 0',
    '      manifests:',
    ...first,
    '    - name: s2',
    '      deploy_wave: 1',
    '      manifests:',
    ...second,
    ''
  ].join('\n')

describe('validate finds what planning finds', () => {
  it('refuses a parent that runs against the deploy waves (plan-cycle), exit 1', async () => {
    const { code, out } = await validate(
      stacks(
        [
          '        - name: m1',
          '          parents: [{manifest: m2}]',
          '          manifest: "apiVersion: v1\\nkind: ConfigMap\\nmetadata: {name: a, namespace: web}\\n"'
        ],
        [
          '        - name: m2',
          '          manifest: "apiVersion: v1\\nkind: ConfigMap\\nmetadata: {name: b, namespace: web}\\n"'
        ]
      )
    )
    expect(out).toContain('[plan-cycle]')
    expect(code).toBe(1)
  })

  it('warns about an object a wave before its Namespace (implicit-order-conflict)', async () => {
    const { code, out } = await validate(
      stacks(
        [
          '        - name: cm',
          '          manifest: "apiVersion: v1\\nkind: ConfigMap\\nmetadata: {name: a, namespace: shop}\\n"'
        ],
        [
          '        - name: ns',
          '          manifest: "apiVersion: v1\\nkind: Namespace\\nmetadata: {name: shop}\\n"'
        ]
      )
    )
    expect(out).toContain('[implicit-order-conflict]')
    expect(code).toBe(0)
  })
})
