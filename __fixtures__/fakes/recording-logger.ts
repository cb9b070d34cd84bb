/** A Logger that keeps every line, for asserting progress output. */
import type { Logger } from '../../src/ports/logger.js'

export class RecordingLogger implements Logger {
  readonly lines: string[] = []
  readonly masked: string[] = []
  debug(message: string): void {
    this.lines.push(`debug: ${message}`)
  }
  info(message: string): void {
    this.lines.push(message)
  }
  warning(message: string): void {
    this.lines.push(`warning: ${message}`)
  }
  error(message: string): void {
    this.lines.push(`error: ${message}`)
  }
  async group<T>(title: string, fn: () => Promise<T>): Promise<T> {
    this.lines.push(`group: ${title}`)
    return fn()
  }
  mask(secret: string): void {
    this.masked.push(secret)
  }
}
