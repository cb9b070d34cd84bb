/**
 * The README's CLI commands that name the bundled example work when pasted
 * at the root of a clone: each line of a shell block in "The CLI" that names
 * `examples/` runs as written (argv split on spaces, no shell), through npx
 * and the committed bundle, as a newcomer's terminal would run it.
 * `npm_config_yes=false` keeps npx from ever fetching a package of that name
 * from the registry: it must find this repository's own bin.
 */
import { spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'

const repoRoot = resolve(import.meta.dirname, '../..')
const readme = readFileSync(resolve(repoRoot, 'README.md'), 'utf8')

/** The text of the `## <title>` section, up to the next `## `. */
function section(title: string): string {
  const start = readme.indexOf(`\n## ${title}\n`)
  if (start < 0) throw new Error(`README.md has no section "${title}"`)
  const end = readme.indexOf('\n## ', start + 1)
  return readme.slice(start, end < 0 ? undefined : end)
}

/** The command lines of the ```sh blocks of `text`, comments removed. */
function shellLines(text: string): string[] {
  const blocks = [...text.matchAll(/```sh\n([\s\S]*?)```/g)]
  return blocks
    .flatMap((b) => (b[1] ?? '').split('\n'))
    .map((line) => line.replace(/\s+#.*$/, '').trim())
    .filter((line) => line !== '' && !line.startsWith('#'))
}

const commands = shellLines(section('The CLI')).filter((line) =>
  line.includes('examples/')
)

describe("the README's CLI commands on examples/", () => {
  it('include a concrete command for the bundled example', () => {
    expect(commands).toContain('npx clustersync validate examples/cluster.yaml')
    for (const line of commands) expect(line).not.toMatch(/[[\]<>|]/)
  })

  it.each(commands)('%s', (line) => {
    const [command, ...args] = line.split(/\s+/)
    const env: NodeJS.ProcessEnv = { ...process.env, npm_config_yes: 'false' }
    // A newcomer's shell has no cluster in reach; offline means offline.
    delete env.KUBECONFIG
    const run = spawnSync(command ?? '', args, {
      cwd: repoRoot,
      encoding: 'utf8',
      env,
      timeout: 60_000
    })
    expect({ status: run.status, stderr: run.stderr }).toMatchObject({
      status: 0
    })
    expect(run.stdout).not.toMatch(/: error:/)
    // validate says so; plan lists the example's raw-object manifests
    // under the names its parents use.
    expect(run.stdout).toMatch(
      args.includes('plan')
        ? /^ {2}manifest:platform\/namespaces\/shop /m
        : /^examples\/cluster\.yaml is valid/m
    )
  })
})
