import { runCliCaptured, type CliRun } from '../../__fixtures__/run-cli.js'
import { parseArgs } from '../../src/cli/args.js'
import { commands } from '../../src/cli/commands/all-commands.js'
import { getErrorMessage } from '../../src/errors.js'

function run(...argv: string[]): Promise<CliRun> {
  return runCliCaptured(argv)
}

/**
 * The flags a help text lists under `heading:`. `--[no-]x` is both forms,
 * and so is any listed boolean `--x`: every boolean takes `--no-x`, the
 * documented negations are only the ones help spells out.
 */
function listedFlags(
  help: string,
  heading = 'flags:',
  { negations = false } = {}
): string[] {
  const section = help.split(`\n${heading}\n`)[1]?.split('\n\n')[0] ?? ''
  return section.split('\n').flatMap((line) => {
    const m = /^ {2}(?:-(\w), )? *--(\[no-\])?([\w-]+)( <)?/.exec(line)
    if (!m) return []
    const name = m[3] ?? ''
    const negatable = m[2] !== undefined || (negations && m[4] === undefined)
    return [
      ...(m[1] ? [`-${m[1]}`] : []),
      `--${name}`,
      ...(negatable ? [`--no-${name}`] : [])
    ]
  })
}

/**
 * Whether the command's parser takes `flag` (a missing value is not a
 * refusal). Hidden flags (taken for compatibility, not offered) are left out.
 */
function accepts(name: string, flag: string): boolean {
  const command = commands.find((c) => c.name === name)
  try {
    parseArgs(
      [flag],
      (command?.options ?? []).filter((o) => !o.hidden)
    )
    return true
  } catch (error) {
    return !getErrorMessage(error).startsWith('unknown option')
  }
}

describe('clustersync <command> --help', () => {
  const helps = new Map<string, string>()
  beforeAll(async () => {
    for (const c of commands)
      helps.set(c.name, (await run(c.name, '--help')).out)
  })

  // Every flag any command lists, with --no- forms of each: what a
  // command's parser accepts out of these must be what its help lists.
  const probes = (): string[] => {
    const all = [...helps.values()].flatMap((h) => listedFlags(h))
    const names = all.filter((f) => f.startsWith('--'))
    return [...new Set([...all, ...names.map((f) => `--no-${f.slice(2)}`)])]
  }

  it.each(commands.map((c) => c.name))(
    '%s lists exactly the flags its parser accepts',
    (name) => {
      const listed = new Set(
        listedFlags(helps.get(name) ?? '', 'flags:', { negations: true })
      )
      expect(listed.size).toBeGreaterThan(1)
      const accepted = probes().filter((flag) => accepts(name, flag))
      expect(accepted.sort()).toEqual([...listed].sort())
    }
  )

  it.each(commands.map((c) => c.name))(
    '%s has examples that its parser accepts',
    (name) => {
      const help = helps.get(name) ?? ''
      const examples = [...help.matchAll(/^ {2}# .*\n {2}(.*)$/gm)].map(
        (m) => m[1] ?? ''
      )
      expect(examples.length).toBeGreaterThan(0)
      for (const example of examples) {
        // `source <(clustersync completion bash)`: the clustersync part.
        const words = /clustersync ([^)>]*)/
          .exec(example)?.[1]
          ?.trim()
          .split(' ')
        expect(words?.[0]).toBe(name)
        const command = commands.find((c) => c.name === name)
        expect(() =>
          parseArgs(words?.slice(1) ?? [], command?.options ?? [])
        ).not.toThrow()
      }
    }
  )

  it('catalog offers none of the definition flags it ignores', async () => {
    expect(listedFlags(helps.get('catalog') ?? '')).not.toEqual(
      expect.arrayContaining(['--root'])
    )
    // Taken as before, with a word that it does nothing (compat-flags.test.ts).
    const { code, err } = await run('catalog', 'list', '--root', '.')
    expect(code).toBe(0)
    expect(err).toBe('warning: catalog ignores --root\n')
  })

  it('sync and status say which formats they print', () => {
    // The column's width follows the longest flag, so it is not pinned here.
    expect(helps.get('sync')).toMatch(
      / {2}--format <format> +Output format: text for people, json for scripts, or github for workflow-command annotations in GitHub Actions \(default text\); github prints the text and each diagnostic as an annotation\n/
    )
    expect(helps.get('status')).toContain('github prints the text')
  })

  it.each([
    ['catalog', 'list'],
    ['catalog', 'search', 'jetstack'],
    ['catalog', 'show', 'jetstack'],
    ['completion', 'bash']
  ])('the offline example "%s %s" works', async (...argv) => {
    const { code, out } = await run(...argv)
    expect(code).toBe(0)
    expect(out).not.toBe('')
  })
})

describe('clustersync --help', () => {
  it('lists every command, --version, and what each format is for', async () => {
    const { code, out } = await run('--help')
    expect(code).toBe(0)
    for (const c of commands) expect(out).toContain(`\n  ${c.name} `)
    expect(listedFlags(out)).toEqual(['-h', '--help', '-v', '--version'])
    expect(out).toMatch(
      /--format <format> +Output format: text for people, json for scripts, or github for workflow-command annotations in GitHub Actions/
    )
    expect(out).toContain('examples:\n')
  })

  it('lists the flags it takes, and those alone', async () => {
    for (const flag of ['-h', '--help', '-v', '--version']) {
      expect((await run(flag)).code).toBe(0)
    }
    expect((await run('--version')).out).toMatch(/^\d+\.\d+\.\d+/)
    const { code, err } = await run('--verison')
    expect(code).toBe(2)
    expect(err).toMatch(
      /^error: unknown option --verison \(did you mean --version\?\)/
    )
  })

  it('says which commands take each shared flag', async () => {
    const { out } = await run('help')
    expect(out).toMatch(
      /--root <dir> .* \(validate, plan, sync, status, history\)\n/
    )
    expect(out).toMatch(/--no-color .* \(every command\)\n/)
  })

  it('shows a command help with "help <command>"', async () => {
    const [viaHelp, viaFlag] = [
      await run('help', 'plan'),
      await run('plan', '-h')
    ]
    expect(viaHelp.code).toBe(0)
    expect(viaHelp.out).toBe(viaFlag.out)
  })
})

describe('a mistyped command', () => {
  it('suggests the closest command, exit 2', async () => {
    const { code, out, err } = await run('valdate', 'cluster.yaml')
    expect(code).toBe(2)
    expect(out).toBe('')
    expect(err).toBe(
      'error: unknown command "valdate"; did you mean validate?\nRun \'clustersync --help\' for usage.\n'
    )
  })

  it('suggests nothing when nothing is close', async () => {
    const { code, err } = await run('deploy')
    expect(code).toBe(2)
    expect(err).toBe(
      'error: unknown command "deploy"\nRun \'clustersync --help\' for usage.\n'
    )
  })

  it('suggests after "help" too', async () => {
    const { code, err } = await run('help', 'synk')
    expect(code).toBe(2)
    expect(err).toMatch(/^error: unknown command "synk"; did you mean sync\?/)
  })
})
