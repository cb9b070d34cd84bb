// Generates the README's inputs/outputs tables from action.yml, so the two
// never disagree. Rewrites the block between the markers
//   <!-- action-table:start --> … <!-- action-table:end -->
// `node scripts/readme-table.js` writes README.md; `--check` exits 1 when the
// README is stale (the unit test runs the same check).
import { readFileSync, writeFileSync } from 'node:fs'
import { parse } from 'yaml'

export const startMarker = '<!-- action-table:start -->'
export const endMarker = '<!-- action-table:end -->'

/** The markdown tables for an action.yml's text. */
export function renderActionTable(actionYaml) {
  const action = parse(actionYaml)
  const cell = (text) =>
    String(text ?? '')
      .replace(/\s+/g, ' ')
      .trim()
      .replace(/\|/g, '\\|')
  const inputs = Object.entries(action.inputs ?? {}).map(
    ([name, spec]) =>
      `| \`${name}\` | ${cell(spec.description)} | ${spec.default === undefined ? '' : `\`${cell(spec.default)}\``} |`
  )
  const outputs = Object.entries(action.outputs ?? {}).map(
    ([name, spec]) => `| \`${name}\` | ${cell(spec.description)} |`
  )
  return [
    '### Inputs',
    '',
    '| Name | Description | Default |',
    '|---|---|---|',
    ...inputs,
    '',
    '### Outputs',
    '',
    '| Name | Description |',
    '|---|---|',
    ...outputs
  ].join('\n')
}

/** README text with the marked block replaced; throws when markers are missing. */
export function updateReadme(readme, actionYaml) {
  const start = readme.indexOf(startMarker)
  const end = readme.indexOf(endMarker)
  if (start < 0 || end < start) {
    throw new Error(
      `README.md needs the markers ${startMarker} and ${endMarker}`
    )
  }
  return (
    readme.slice(0, start + startMarker.length) +
    '\n\n' +
    renderActionTable(actionYaml) +
    '\n\n' +
    readme.slice(end)
  )
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const readme = readFileSync('README.md', 'utf8')
  const next = updateReadme(readme, readFileSync('action.yml', 'utf8'))
  if (process.argv.includes('--check')) {
    if (next !== readme) {
      console.error('README.md is stale: run node scripts/readme-table.js')
      process.exitCode = 1
    }
  } else if (next !== readme) {
    writeFileSync('README.md', next)
  }
}
