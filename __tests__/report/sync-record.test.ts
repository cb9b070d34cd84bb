/**
 * The v1 sync record: Not Configured is recorded as such, and the optional
 * phase durations and errors the GitOps page shows are written capped and
 * redacted, read back, and absent from older records without breaking them.
 */
import {
  embedRecord,
  historyStatus,
  parseRecord,
  readEmbeddedRecord,
  syncRecord
} from '../../src/report/history.js'
import { maxRecordErrors } from '../../src/report/record-details.js'
import { diagnostic, result } from './fixtures.js'

describe('the sync record', () => {
  it('records a not-configured run as Not Configured, not Success', () => {
    const r = result({ status: 'not-configured', reason: 'NotConfigured' })
    expect(historyStatus(r)).toBe('Not Configured')
    expect(syncRecord(r.metadata, r).status).toBe('Not Configured')
    expect(parseRecord(syncRecord(r.metadata, r))?.status).toBe(
      'Not Configured'
    )
  })

  it('stores phase durations and reads them back', () => {
    const r = result()
    const phases = [
      { name: 'Fetching' as const, durationMs: 120 },
      { name: 'Validating' as const, durationMs: 30 },
      { name: 'Applying' as const, durationMs: 4000 }
    ]
    const record = syncRecord(r.metadata, r, undefined, phases)
    expect(readEmbeddedRecord(embedRecord(record))?.phases).toEqual(phases)
  })

  it('stores at most 20 errors with their count, credentials in URLs hidden', () => {
    const diagnostics = Array.from({ length: 30 }, (_, i) => diagnostic(i))
    diagnostics[0] = {
      ...diagnostic(0),
      message: 'cannot pull https://bob:hunter2@charts.example.com/x'
    }
    const r = result({
      status: 'error',
      reason: 'ValidationFailed',
      diagnostics
    })
    const record = syncRecord(r.metadata, r)
    expect(record.errors).toHaveLength(maxRecordErrors)
    expect(record.errorsTotal).toBe(30)
    expect(record.errors?.[0]).toEqual({
      code: 'unknown-field',
      message: 'cannot pull https://***@charts.example.com/x',
      hint: 'Did you mean "parents"?',
      file: 'stacks/s000.yaml',
      line: 3
    })
    expect(JSON.stringify(record)).not.toContain('hunter2')
    expect(parseRecord(JSON.parse(JSON.stringify(record)))?.errors).toEqual(
      record.errors
    )
  })

  it('reads a record written before phases and errors existed', () => {
    const old = {
      v: 1,
      cluster: 'prod',
      source: 'webhook',
      retryCount: 0,
      startedAt: '2025-01-01T00:00:00Z',
      status: 'Success'
    }
    const record = parseRecord(old)
    expect(record).toEqual(old)
    expect(record?.phases).toBeUndefined()
    expect(record?.errors).toBeUndefined()
  })

  it('drops malformed phases and error entries instead of failing the record', () => {
    const record = parseRecord({
      v: 1,
      cluster: 'prod',
      source: 'webhook',
      retryCount: 0,
      startedAt: '2025-01-01T00:00:00Z',
      status: 'Failed',
      phases: [{ name: 'Sleeping', durationMs: 1 }],
      errors: [{ code: 'x', message: 'kept', line: -3 }, { code: 4 }]
    })
    expect(record?.phases).toBeUndefined()
    expect(record?.errors).toEqual([{ code: 'x', message: 'kept' }])
  })
})
