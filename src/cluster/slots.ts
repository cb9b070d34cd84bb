/**
 * A bound on how many things run at once: `acquire` resolves when one of
 * `size` slots is free, `release` hands the slot to the next waiter (first
 * come, first served). The call pool bounds kubectl processes with it, the
 * API channel its requests in flight.
 */
export class Slots {
  private active = 0
  private readonly waiting: (() => void)[] = []

  constructor(private readonly size: number) {}

  acquire(): Promise<void> {
    if (this.active < Math.max(1, this.size)) {
      this.active++
      return Promise.resolve()
    }
    return new Promise((resolve) => this.waiting.push(resolve))
  }

  release(): void {
    const next = this.waiting.shift()
    if (next) next()
    else this.active--
  }
}
