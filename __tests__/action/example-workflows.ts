/**
 * The example workflows users copy: every file of docs/workflows/ and the
 * workflow in the README's "Use it in GitHub Actions" section.
 */
import { readFileSync, readdirSync } from 'node:fs'

const folder = 'docs/workflows'

/** `[name, text]` of each example workflow; the README's is named so. */
export function exampleWorkflows(): [string, string][] {
  const readme = readFileSync('README.md', 'utf8')
  const snippet =
    /```yaml\n(# \.github\/workflows\/clustersync\.yml\n[\s\S]*?)```/.exec(
      readme
    )?.[1]
  if (snippet === undefined)
    throw new Error('the README has no .github/workflows/clustersync.yml block')
  return [
    ...readdirSync(folder)
      .filter((f) => f.endsWith('.yml'))
      .sort()
      .map((f): [string, string] => [
        `${folder}/${f}`,
        readFileSync(`${folder}/${f}`, 'utf8')
      ]),
    ['README.md', snippet]
  ]
}
