/**
 * Rules GitHub documents (and enforces) that its OpenAPI schemas do not
 * encode. Each returns pointer + message; the server adds the operation.
 * Sources: REST docs for "Create a check run" / "Update a check run"
 * (annotations: "maximum of 50 per request"; conclusion "Required if you
 * provide completed_at or a status of completed"; columns only on one line),
 * "Create a commit status" (description is limited to 140 characters in the
 * web UI and the API answers 422 beyond), issue comments (65536 characters).
 */

type Json = Record<string, unknown>

export interface LimitViolation {
  pointer: string
  message: string
}

/** The documented limits broken by one request body. */
export function checkLimits(
  operationId: string,
  body: unknown
): LimitViolation[] {
  if (typeof body !== 'object' || body === null) return []
  const b = body as Json
  const out: LimitViolation[] = []
  if (operationId === 'checks/create' || operationId === 'checks/update') {
    const annotations = (b.output as Json | undefined)?.annotations
    if (Array.isArray(annotations)) {
      if (annotations.length > 50) {
        out.push({
          pointer: '/body/output/annotations',
          message: `${annotations.length} annotations in one request; GitHub accepts at most 50 per request`
        })
      }
      annotations.forEach((a: Json, i) => {
        if (
          (a.start_column !== undefined || a.end_column !== undefined) &&
          a.start_line !== a.end_line
        ) {
          out.push({
            pointer: `/body/output/annotations/${i}`,
            message:
              'start_column/end_column are only allowed when start_line equals end_line'
          })
        }
      })
    }
    if (
      (b.status === 'completed' || b.completed_at !== undefined) &&
      b.conclusion === undefined
    ) {
      out.push({
        pointer: '/body/conclusion',
        message: 'conclusion is required with status completed or completed_at'
      })
    }
    const output = b.output as Json | undefined
    if (
      output &&
      (output.title === undefined || output.summary === undefined)
    ) {
      out.push({
        pointer: '/body/output',
        message: 'output needs title and summary'
      })
    }
  }
  if (
    operationId === 'repos/create-commit-status' &&
    typeof b.description === 'string' &&
    b.description.length > 140
  ) {
    out.push({
      pointer: '/body/description',
      message: 'description is longer than 140 characters'
    })
  }
  if (
    (operationId === 'issues/create-comment' ||
      operationId === 'issues/update-comment') &&
    typeof b.body === 'string' &&
    b.body.length > 65536
  ) {
    out.push({
      pointer: '/body/body',
      message: 'comment body is longer than 65536 characters'
    })
  }
  return out
}
