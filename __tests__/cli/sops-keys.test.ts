/**
 * Where the CLI finds age keys, as sops does (getsops/sops 3.13
 * age/keysource.go loadIdentities): SOPS_AGE_KEY, SOPS_AGE_KEY_FILE and
 * the user's keys.txt (`$XDG_CONFIG_HOME/sops/age/keys.txt`, else
 * `~/.config/sops/age/keys.txt` on Linux), all read together. A source
 * that gives no key is a problem to report only where a key is needed
 * (validate's sops rules, the decrypt step), never a throw here.
 */
import { MemoryFs } from '../../__fixtures__/fakes/memory-fs.js'
import { readSopsAgeKeys, type AgeKeys } from '../../src/cli/sops-keys.js'
import { identity } from '../sops/sops-fixtures.js'

const first = identity('test-only-age-key')
const second = identity('test-only-second-age-key')
const third = identity('test-only-unrelated-age-key')

function readAll(
  env: Record<string, string>,
  files: Record<string, string> = {},
  platform: NodeJS.Platform = 'linux'
): Promise<AgeKeys> {
  return readSopsAgeKeys(
    { env, fs: new MemoryFs(files), cwd: '/work' },
    platform
  )
}

/** Only the identities, for the cases where every source can be read. */
async function read(
  env: Record<string, string>,
  files: Record<string, string> = {},
  platform: NodeJS.Platform = 'linux'
): Promise<string[]> {
  const keys = await readAll(env, files, platform)
  expect(keys.problems).toEqual([])
  return keys.identities
}

/** A file system whose every read fails with `code`, as a file without permission does. */
class DeniedFs extends MemoryFs {
  constructor(
    files: Record<string, string>,
    private readonly denied: string,
    private readonly code: string
  ) {
    super(files)
  }

  override readFile(path: string, maxBytes: number): Promise<Uint8Array> {
    if (path === this.denied) {
      return Promise.reject(
        Object.assign(new Error(`${this.code}: ${path}`), { code: this.code })
      )
    }
    return super.readFile(path, maxBytes)
  }
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

  it('reports SOPS_AGE_KEY_CMD when it would be the only source, naming the variables that work', async () => {
    const alone = await readAll({
      HOME: '/home/dev',
      SOPS_AGE_KEY_CMD: 'pass show age'
    })
    expect(alone.identities).toEqual([])
    expect(alone.problems).toEqual([
      {
        message:
          'SOPS_AGE_KEY_CMD is set, but ClusterSync runs no command named by the environment',
        fix: 'give the key with SOPS_AGE_KEY (its content) or SOPS_AGE_KEY_FILE (its path), e.g. SOPS_AGE_KEY="$(pass show age)"'
      }
    ])
    // With a key from elsewhere, the command is not needed.
    expect(
      await read({
        HOME: '/home/dev',
        SOPS_AGE_KEY_CMD: 'pass show age',
        SOPS_AGE_KEY: first
      })
    ).toEqual([first])
  })

  it('reports a SOPS_AGE_KEY_FILE that does not exist, and still reads the other sources', async () => {
    const keys = await readAll(
      { HOME: '/home/dev', SOPS_AGE_KEY_FILE: '/nonexistent' },
      { '/home/dev/.config/sops/age/keys.txt': `${first}\n` }
    )
    expect(keys.identities).toEqual([first])
    expect(keys.problems).toEqual([
      {
        message:
          'SOPS_AGE_KEY_FILE names /nonexistent, which cannot be read (ENOENT)',
        fix: 'point SOPS_AGE_KEY_FILE at a readable age identity file, or unset it'
      }
    ])
  })

  it('reports a SOPS_AGE_KEY_FILE it may not read with the reason, relative to the current folder', async () => {
    const keys = await readSopsAgeKeys(
      {
        env: { HOME: '/home/dev', SOPS_AGE_KEY_FILE: 'keys/ci.txt' },
        fs: new DeniedFs({}, '/work/keys/ci.txt', 'EACCES'),
        cwd: '/work'
      },
      'linux'
    )
    expect(keys.problems.map((p) => p.message)).toEqual([
      'SOPS_AGE_KEY_FILE names keys/ci.txt, which cannot be read (EACCES)'
    ])
  })

  it('reports a source that is not an age identity by its line, never quoting it, and uses the others', async () => {
    const keys = await readAll(
      {
        HOME: '/home/dev',
        SOPS_AGE_KEY: 'not-a-key-but-a-secret',
        SOPS_AGE_KEY_FILE: 'keys/ci.txt'
      },
      { '/work/keys/ci.txt': `# ci\n${second}\n` }
    )
    expect(keys.identities).toEqual([second])
    expect(keys.problems).toEqual([
      {
        message:
          'SOPS_AGE_KEY, line 1: not an age identity (expected AGE-SECRET-KEY-1… as age-keygen writes it)',
        fix: 'set SOPS_AGE_KEY to the content of an age identity file (age-keygen writes one), or unset it'
      }
    ])
    expect(JSON.stringify(keys.problems)).not.toContain(
      'not-a-key-but-a-secret'
    )
  })

  it("reports the user's keys.txt when it cannot be read or parsed, naming the file", async () => {
    const path = '/home/dev/.config/sops/age/keys.txt'
    const denied = await readSopsAgeKeys(
      {
        env: { HOME: '/home/dev', SOPS_AGE_KEY: first },
        fs: new DeniedFs({}, path, 'EACCES'),
        cwd: '/work'
      },
      'linux'
    )
    expect(denied.identities).toEqual([first])
    expect(denied.problems).toEqual([
      {
        message: `the sops key file ${path} cannot be read (EACCES)`,
        fix: `make ${path} readable, or move it away`
      }
    ])
    const garbled = await readAll(
      { HOME: '/home/dev' },
      { [path]: `${first}\nAGE-PLUGIN-YUBIKEY-1XYZ\n` }
    )
    expect(garbled.identities).toEqual([])
    expect(garbled.problems.map((p) => [p.message, p.fix])).toEqual([
      [
        `${path}, line 2: age plugin identities are not supported; give a native age identity (AGE-SECRET-KEY-1…)`,
        `correct ${path}, or move it away`
      ]
    ])
  })
})
