/**
 * Where the CLI finds age keys, as sops does (getsops/sops 3.13
 * age/keysource.go loadIdentities): SOPS_AGE_KEY, SOPS_AGE_KEY_FILE and
 * the user's keys.txt (`$XDG_CONFIG_HOME/sops/age/keys.txt`, else
 * `~/.config/sops/age/keys.txt` on Linux), all read together.
 */
import { MemoryFs } from '../../__fixtures__/fakes/memory-fs.js'
import { readSopsAgeKeys } from '../../src/cli/sops-keys.js'
import { ConfigurationError } from '../../src/errors.js'
import { identity } from '../sops/sops-fixtures.js'

const first = identity('test-only-age-key')
const second = identity('test-only-second-age-key')
const third = identity('test-only-unrelated-age-key')

function read(
  env: Record<string, string>,
  files: Record<string, string> = {},
  platform: NodeJS.Platform = 'linux'
): Promise<string[]> {
  return readSopsAgeKeys(
    { env, fs: new MemoryFs(files), cwd: '/work' },
    platform
  )
}

describe('readSopsAgeKeys', () => {
  it("reads the user's keys.txt under ~/.config when nothing else is set", async () => {
    expect(
      await read(
        { HOME: '/home/dev' },
        { '/home/dev/.config/sops/age/keys.txt': `# created: now\n${first}\n` }
      )
    ).toEqual([first])
  })

  it('prefers $XDG_CONFIG_HOME to ~/.config, as Go and sops do', async () => {
    const files = {
      '/home/dev/.config/sops/age/keys.txt': `${first}\n`,
      '/xdg/sops/age/keys.txt': `${second}\n`
    }
    expect(
      await read({ HOME: '/home/dev', XDG_CONFIG_HOME: '/xdg' }, files)
    ).toEqual([second])
    // A relative XDG_CONFIG_HOME is no config folder at all (Go's rule).
    expect(
      await read({ HOME: '/home/dev', XDG_CONFIG_HOME: 'xdg' }, files)
    ).toEqual([])
  })

  it('reads keys.txt besides SOPS_AGE_KEY and SOPS_AGE_KEY_FILE, all keys together', async () => {
    expect(
      await read(
        {
          HOME: '/home/dev',
          SOPS_AGE_KEY: first,
          SOPS_AGE_KEY_FILE: 'keys/ci.txt'
        },
        {
          '/work/keys/ci.txt': `${second}\n`,
          '/home/dev/.config/sops/age/keys.txt': `${third}\n`
        }
      )
    ).toEqual([first, second, third])
  })

  it('uses ~/Library/Application Support on macOS unless XDG_CONFIG_HOME is set', async () => {
    const files = {
      '/Users/dev/Library/Application Support/sops/age/keys.txt': `${first}\n`,
      '/xdg/sops/age/keys.txt': `${second}\n`
    }
    expect(await read({ HOME: '/Users/dev' }, files, 'darwin')).toEqual([first])
    expect(
      await read(
        { HOME: '/Users/dev', XDG_CONFIG_HOME: '/xdg' },
        files,
        'darwin'
      )
    ).toEqual([second])
  })

  it('is empty without any key, and without a home folder', async () => {
    expect(await read({ HOME: '/home/dev' })).toEqual([])
    expect(await read({})).toEqual([])
  })

  it('refuses SOPS_AGE_KEY_CMD when it would be the only source, naming the variables that work', async () => {
    await expect(
      read({ HOME: '/home/dev', SOPS_AGE_KEY_CMD: 'pass show age' })
    ).rejects.toThrow(ConfigurationError)
    await expect(
      read({ HOME: '/home/dev', SOPS_AGE_KEY_CMD: 'pass show age' })
    ).rejects.toThrow(/SOPS_AGE_KEY_CMD .*SOPS_AGE_KEY_FILE/)
    // With a key from elsewhere, the command is not needed.
    expect(
      await read({
        HOME: '/home/dev',
        SOPS_AGE_KEY_CMD: 'pass show age',
        SOPS_AGE_KEY: first
      })
    ).toEqual([first])
  })
})
