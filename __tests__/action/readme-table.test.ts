import { existsSync, readFileSync } from 'node:fs'
import {
  renderActionTable,
  updateReadme,
  startMarker,
  endMarker
} from '../../scripts/readme-table.js'

const render = renderActionTable
const update = updateReadme

describe('README inputs/outputs table', () => {
  it('is generated from action.yml', () => {
    const table = render(readFileSync('action.yml', 'utf8'))
    expect(table).toContain(
      '| `definition` | Path of the cluster definition in the repository (relative; an absolute path inside the workspace, such as a github.workspace expression, is read relative to it). | `cluster.yaml` |'
    )
    expect(table).toContain(
      '| `token` | Token for check runs, statuses, deployments and the pull request comment. Given empty (an unset secret), the run still syncs and writes nothing to GitHub: a warning says so and the results are in the job summary. | `${{ github.token }}` |'
    )
    expect(table).toContain(
      '| `check-run-url` | Link to the ClusterSync check run. |'
    )
  })

  it('rewrites only the marked block', () => {
    const readme = `# X\n\n${startMarker}\nold\n${endMarker}\n\nrest\n`
    const next = update(readme, 'inputs: {a: {description: A}}\noutputs: {}\n')
    expect(next).toBe(
      `# X\n\n${startMarker}\n\n### Inputs\n\n| Name | Description | Default |\n|---|---|---|\n| \`a\` | A |  |\n\n### Outputs\n\n| Name | Description |\n|---|---|\n\n${endMarker}\n\nrest\n`
    )
  })

  it('README.md is up to date with action.yml (once the markers are placed)', () => {
    if (!existsSync('README.md')) return
    const readme = readFileSync('README.md', 'utf8')
    if (!readme.includes(startMarker)) return
    expect(update(readme, readFileSync('action.yml', 'utf8'))).toBe(readme)
  })
})
