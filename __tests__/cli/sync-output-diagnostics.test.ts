/**
 * `sync` on an invalid definition prints its problems as `validate` does:
 * file:line:column, the code and the hint that says what to do, warnings
 * too; it used to print `file:line message` for errors alone.
 */
import { renderSyncText } from '../../src/cli/commands/sync-output.js'
import { diagnostic, result } from '../report/fixtures.js'

describe('the text of a sync stopped by validation', () => {
  it('shows each error and warning with its column, code and hint', () => {
    const text = renderSyncText(
      result({
        status: 'error',
        reason: 'ValidationFailed',
        phase: 'Validating',
        summary: 'Error: the definition is invalid (1 error)',
        diagnostics: [
          diagnostic(1),
          diagnostic(2, 'warning'),
          diagnostic(3, 'info')
        ],
        steps: []
      })
    )
    expect(text).toContain(
      '  stacks/s001.yaml:3:5: error: problem 1 [unknown-field]\n      hint: Did you mean "parents"?\n'
    )
    expect(text).toContain(
      '  stacks/s002.yaml:3:5: warning: problem 2 [unknown-field]\n'
    )
    expect(text).not.toContain('problem 3')
  })
})
