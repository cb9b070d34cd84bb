import { runCliCaptured, type CliRun } from '../../__fixtures__/run-cli.js'
import { spawnSync } from 'node:child_process'
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

function completion(shell: string): Promise<CliRun> {
  return runCliCaptured(['completion', shell])
}

function hasShell(name: string): boolean {
  return spawnSync(name, ['-c', 'exit 0']).status === 0
}

let dir: string
let scripts: Record<'bash' | 'zsh' | 'fish', string>
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'clustersync-completion-'))
  scripts = {
    bash: (await completion('bash')).out,
    zsh: (await completion('zsh')).out,
    fish: (await completion('fish')).out
  }
  for (const [shell, text] of Object.entries(scripts)) {
    writeFileSync(join(dir, shell), text)
  }
  // A kubectl that lists two contexts and records how it was asked.
  writeFileSync(
    join(dir, 'kubectl'),
    `#!/bin/sh\necho "$*" > "${dir}/kubectl-args"\necho dev\necho prod\n`
  )
  chmodSync(join(dir, 'kubectl'), 0o755)
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))

/** What bash offers for `words` (the cursor on the last word). */
function bashCompletes(...words: string[]): string[] {
  const script = [
    `source ${join(dir, 'bash')}`,
    `COMP_WORDS=(${words.map((w) => `'${w}'`).join(' ')})`,
    `COMP_CWORD=${words.length - 1}`,
    '_clustersync',
    'printf "%s\\n" "${COMPREPLY[@]}"'
  ].join('\n')
  const r = spawnSync('bash', ['-c', script], {
    encoding: 'utf8',
    cwd: process.cwd(),
    env: { ...process.env, PATH: `${dir}:${process.env.PATH ?? ''}` }
  })
  expect(r.stderr).toBe('')
  return r.stdout.split('\n').filter((l) => l !== '')
}

describe('clustersync completion', () => {
  it('loads in bash and registers for clustersync', () => {
    const r = spawnSync(
      'bash',
      ['-c', `source <(cat ${join(dir, 'bash')}) && complete -p clustersync`],
      { encoding: 'utf8' }
    )
    expect([r.status, r.stderr]).toEqual([0, ''])
    expect(r.stdout).toBe('complete -F _clustersync clustersync\n')
  })

  it('completes commands, flags and their values in bash', () => {
    expect(bashCompletes('clustersync', 'val')).toEqual(['validate'])
    expect(bashCompletes('clustersync', 'sync', '--for')).toEqual(['--format'])
    expect(bashCompletes('clustersync', 'history', '--format', '')).toEqual([
      'text',
      'json'
    ])
    // bash splits `--format=js` into `--format`, `=`, `js`.
    expect(bashCompletes('clustersync', 'plan', '--format', '=')).toEqual([
      'text',
      'json',
      'github'
    ])
    expect(bashCompletes('clustersync', 'plan', '--format', '=', 'j')).toEqual([
      'json'
    ])
    expect(bashCompletes('clustersync', 'plan', '--no-l')).toEqual([
      '--no-live'
    ])
    expect(bashCompletes('clustersync', 'catalog', '')).toEqual([
      'list',
      'search',
      'show',
      'check'
    ])
    expect(bashCompletes('clustersync', 'completion', '')).toEqual([
      'bash',
      'zsh',
      'fish'
    ])
    // The definition is a file; a flag's free value (a branch) is nothing.
    expect(bashCompletes('clustersync', 'validate', 'action.y')).toEqual([
      'action.yml'
    ])
    expect(bashCompletes('clustersync', 'sync', '--ref', '')).toEqual([])
    // catalog takes no definition flags, so bash does not offer them.
    expect(bashCompletes('clustersync', 'catalog', '--ro')).toEqual([])
  })

  it('completes --context from the kubeconfig typed on the line', () => {
    expect(
      bashCompletes(
        'clustersync',
        'sync',
        '--kubeconfig',
        'prod.yaml',
        '--context',
        'p'
      )
    ).toEqual(['prod'])
    expect(
      spawnSync('cat', [join(dir, 'kubectl-args')], { encoding: 'utf8' }).stdout
    ).toBe('config get-contexts -o name --kubeconfig prod.yaml\n')
  })

  it('writes a zsh script for compinit, valid to zsh when it is installed', () => {
    const zsh = scripts.zsh
    expect(zsh.startsWith('#compdef clustersync\n')).toBe(true)
    expect(zsh).toContain("'validate:Check a cluster definition")
    expect(zsh).toContain("'--format[Output format")
    expect(zsh).toContain(':format:(text json)')
    expect(zsh).toContain(':context:__clustersync_contexts')
    expect(zsh).toContain('compdef _clustersync clustersync')
    if (!hasShell('zsh')) return
    const check = spawnSync('zsh', ['-n', join(dir, 'zsh')], {
      encoding: 'utf8'
    })
    expect([check.status, check.stderr]).toEqual([0, ''])
  })

  it('writes a fish script; fish completes from it when installed', () => {
    const fish = scripts.fish
    expect(fish).toContain(
      "complete -c clustersync -n '__fish_seen_subcommand_from history' -l format -x -a 'text json'"
    )
    expect(fish).toContain("-l context -x -a '(__clustersync_contexts)'")
    if (!hasShell('fish')) return
    const r = spawnSync(
      'fish',
      [
        '-c',
        `source ${join(dir, 'fish')}; complete -C 'clustersync history --format '; complete -C 'clustersync val'`
      ],
      { encoding: 'utf8' }
    )
    expect(r.stderr).toBe('')
    expect(r.stdout.split('\n').map((l) => l.split('\t')[0])).toEqual([
      'json',
      'text',
      'validate',
      ''
    ])
  })

  it('refuses an unknown shell (exit 2)', async () => {
    const { code, err } = await completion('powershell')
    expect(code).toBe(2)
    expect(err).toMatch(
      /^error: completion takes one shell, bash, zsh or fish; got "powershell"/
    )
  })
})
