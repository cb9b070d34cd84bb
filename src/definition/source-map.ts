/**
 * Where each value of the composed definition was written. Includes splice
 * entries from many files into one document, so a pointer alone cannot say
 * which file an error is in; this map can, for every value and every key.
 */
import type { SourceLocation } from '../diagnostics.js'
import { parentPointer } from './pointer.js'

/** The position of a value and, for mapping entries, of its key. */
export interface SourcePosition extends SourceLocation {
  /** Position of the key when the value is a mapping entry. */
  key?: { line: number; column: number }
  /**
   * The scalar as written, for values that are not strings (`1.20`, `yes`),
   * so messages can quote what the user typed rather than what YAML read.
   */
  raw?: string
}

/** Turns offsets of one file into positions (a LineCounter, shared per file). */
export interface FileIndex {
  file: string
  position(offset: number): { line: number; column: number }
  /**
   * Where the content of a literal block scalar (`|`, `|-`, `|+`) whose
   * indicator is at `offset` starts, or undefined for any other value.
   */
  literalBlock?(offset: number): { line: number; column: number } | undefined
}

/**
 * Offsets are stored and turned into line/column only when asked: a large
 * definition records hundreds of thousands of positions but reports few.
 */
interface LazyPosition {
  index: FileIndex
  offset: number
  keyOffset: number
  raw?: string
}

/** JSON pointer → source position, filled while the loader composes. */
export class SourceMap {
  private readonly positions = new Map<string, SourcePosition | LazyPosition>()

  /** Records where the value at `pointer` was written. */
  set(pointer: string, position: SourcePosition): void {
    this.positions.set(pointer, position)
  }

  /** Records a position by offset (`keyOffset` −1 when there is no key). */
  setOffset(
    pointer: string,
    index: FileIndex,
    offset: number,
    keyOffset: number,
    raw?: string
  ): void {
    this.positions.set(pointer, { index, offset, keyOffset, raw })
  }

  /** The exact position of the value at `pointer`, if it was recorded. */
  get(pointer: string): SourcePosition | undefined {
    const found = this.positions.get(pointer)
    if (found === undefined || !('index' in found)) return found
    const position: SourcePosition = {
      file: found.index.file,
      ...found.index.position(found.offset)
    }
    if (found.keyOffset >= 0) {
      position.key = found.index.position(found.keyOffset)
    }
    if (found.raw !== undefined) position.raw = found.raw
    return position
  }

  /**
   * Where line 1, column 1 of the text in the `|` block scalar at `pointer`
   * is in the file, so a position inside inline YAML (a `manifest: |`) can
   * be given in the file's terms: a literal block keeps its lines as
   * written, shifted by its indentation. Undefined for other scalar styles,
   * whose text does not map line by line.
   */
  literalBlockOrigin(pointer: string): SourceLocation | undefined {
    const found = this.positions.get(pointer)
    if (found === undefined || !('index' in found)) return undefined
    const start = found.index.literalBlock?.(found.offset)
    return start && { file: found.index.file, ...start }
  }

  /**
   * The position of `pointer`, or of its nearest recorded ancestor: a value
   * that is missing (a required field) is reported where its parent is.
   */
  locate(pointer: string): SourcePosition | undefined {
    let current = pointer
    for (;;) {
      if (this.positions.has(current)) return this.get(current)
      if (current === '') return undefined
      current = parentPointer(current)
    }
  }

  /** The position of the key at `pointer` (falls back to its value's). */
  locateKey(pointer: string): SourceLocation | undefined {
    const found = this.locate(pointer)
    if (!found) return undefined
    return found.key
      ? { file: found.file, line: found.key.line, column: found.key.column }
      : found
  }

  /** Number of recorded positions (for tests and benchmarks). */
  get size(): number {
    return this.positions.size
  }
}
