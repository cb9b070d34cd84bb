/**
 * A scripted Exec for unit tests (STYLE.md §6 "Fakes over module mocks"):
 * each rule matches a call by its argv and answers with a result; every call
 * is recorded so tests can assert the exact argv and stdin.
 */
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Exec, ExecOptions, ExecResult } from '../../src/ports/exec.js'

export interface RecordedCall {
  command: string
  args: string[]
  input?: string
}

type Matcher = (call: RecordedCall) => boolean
type Answer =
  | Partial<ExecResult>
  | ((call: RecordedCall) => Partial<ExecResult> | Promise<Partial<ExecResult>>)

interface Rule {
  matches: Matcher
  answers: Answer[]
  /** The last answer repeats once the list is used up. */
  sticky: boolean
}

/** Scripted Exec: `on(match, ...answers)`; unmatched calls fail loudly. */
export class FakeExec implements Exec {
  readonly calls: RecordedCall[] = []
  private readonly rules: Rule[] = []

  /**
   * Answers calls whose argv contains every given word (in any position)
   * or satisfies the predicate; answers are used in order, the last repeats.
   */
  on(match: string[] | Matcher, ...answers: Answer[]): this {
    const matches: Matcher = Array.isArray(match)
      ? (call) => match.every((w) => [call.command, ...call.args].includes(w))
      : match
    this.rules.unshift({ matches, answers, sticky: true })
    return this
  }

  run(
    command: string,
    args: readonly string[],
    options: ExecOptions = {}
  ): Promise<ExecResult> {
    const call: RecordedCall = {
      command,
      args: [...args],
      ...(options.input === undefined ? {} : { input: options.input })
    }
    this.calls.push(call)
    const rule = this.rules.find((r) => r.matches(call))
    if (!rule) {
      return Promise.resolve({
        exitCode: 127,
        stdout: '',
        stderr: `FakeExec: no rule for ${command} ${args.join(' ')}`,
        timedOut: false
      })
    }
    const answer =
      rule.answers.length > 1 ? rule.answers.shift() : rule.answers[0]
    return Promise.resolve(
      typeof answer === 'function' ? answer(call) : (answer ?? {})
    ).then((partial) => ({
      exitCode: 0,
      stdout: '',
      stderr: '',
      timedOut: false,
      ...partial
    }))
  }

  /** The calls made with the given subcommand word (e.g. `apply`). */
  callsWith(word: string): RecordedCall[] {
    return this.calls.filter((c) => c.args.includes(word))
  }
}

/**
 * Answers every `helm pull` as helm does: the chart's archive
 * (`<chart>-<version>.tgz`, empty) saved in the `--destination` folder.
 */
export function answerHelmPulls(exec: FakeExec): FakeExec {
  return exec.on(
    (call) => call.args[0] === 'pull',
    (call) => {
      const at = (flag: string): string => call.args[call.args.indexOf(flag) + 1] ?? ''
      const chart = (call.args.at(-1) ?? '').split('/').at(-1) ?? ''
      writeFileSync(
        join(at('--destination'), `${chart}-${at('--version')}.tgz`),
        ''
      )
      return {}
    }
  )
}
