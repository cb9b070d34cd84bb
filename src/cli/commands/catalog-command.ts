/**
 * `clustersync catalog list | search <term> | show <name> | check <folder>`:
 * browse the Helm registries add-ons can name with `registry_name`, and check
 * a registry folder before it is merged (exit 1 on errors, for CI).
 */
import { UsageError } from '../../errors.js'
import type { OptionSpec, ParsedArgs } from '../args.js'
import type { CliContext, Command } from '../context.js'
import {
  definitionOptions,
  formatOption,
  withGlobalOptions
} from '../shared-options.js'

const usage =
  'clustersync catalog list | search <term> | show <name> | check <folder> [flags]'

/** The `catalog` command, registered in commands/all-commands.ts. */
export const catalogCommand: Command = {
  name: 'catalog',
  summary:
    'List, search and show the Helm registries add-ons can name; check a registry folder',
  usage,
  actions: ['list', 'search', 'show', 'check'],
  options: withGlobalOptions(
    formatOption(
      ['text', 'json', 'github'],
      '; github annotates check, and prints the text for list, search and show'
    ),
    {
      name: 'charts',
      type: 'boolean',
      description:
        'search/show: also list the charts and versions of HTTP registries (reads their index.yaml over the network)'
    },
    {
      name: 'registries',
      type: 'string',
      valueName: '<folder>',
      complete: 'folder',
      description:
        'list/search/show: read registries from this folder instead of the bundled catalog'
    },
    {
      name: 'timeout',
      type: 'string',
      valueName: '<duration>',
      description:
        'How long to wait for a chart repository with --charts: 10 (seconds), 500ms, 30s, 1m (default 10s)'
    },
    ...ignoredDefinitionOptions()
  ),
  examples: [
    {
      description: 'Every registry add-ons can name with registry_name',
      command: 'clustersync catalog list'
    },
    {
      description: 'Registries whose name or URL contains "jetstack"',
      command: 'clustersync catalog search jetstack'
    },
    {
      description:
        'One registry, with its charts and versions (reads its index.yaml)',
      command: 'clustersync catalog show jetstack --charts --timeout 30s'
    },
    {
      description:
        'Check a registry folder in CI, with annotations on the files',
      command: 'clustersync catalog check helm_registries --format github'
    }
  ],
  run: runCatalog
}

/**
 * `-f/--file` and `--root`, which every command took before each listed
 * only its own flags: still taken, unlisted, and said to do nothing.
 */
function ignoredDefinitionOptions(): OptionSpec[] {
  return definitionOptions.map((o) => ({
    ...o,
    hidden: { warning: `catalog ignores --${o.name}` }
  }))
}

async function runCatalog(args: ParsedArgs, ctx: CliContext): Promise<number> {
  // The catalog's code loads only when the command runs.
  // One after the other: Jest's ESM loader fails on concurrent imports
  // that share a module.
  const { catalogFor, printRegistries, showRegistry } =
    await import('../catalog/browse.js')
  const { runCatalogCheck } = await import('../catalog/check-command.js')
  const [action, ...rest] = args.positionals
  switch (action) {
    case 'list':
      expectArgs(rest, 0, 'list')
      return printRegistries(await catalogFor(args, ctx), args, ctx, undefined)
    case 'search':
      return printRegistries(
        await catalogFor(args, ctx),
        args,
        ctx,
        expectArgs(rest, 1, 'search <term>')
      )
    case 'show':
      return showRegistry(
        await catalogFor(args, ctx),
        args,
        ctx,
        expectArgs(rest, 1, 'show <name>')
      )
    case 'check':
      return runCatalogCheck(args, ctx, expectArgs(rest, 1, 'check <folder>'))
    case undefined:
      throw new UsageError(
        'say what to do: list, search <term>, show <name> or check <folder>'
      )
    default:
      throw new UsageError(
        `unknown catalog action "${action}"; use list, search, show or check`
      )
  }
}

/** Checks the positional arguments after the action; returns the first. */
function expectArgs(
  rest: readonly string[],
  count: 0 | 1,
  form: string
): string {
  if (rest.length !== count) {
    throw new UsageError(
      `catalog ${form} takes ${count === 0 ? 'no arguments' : 'one argument'}; got ${rest.length}`
    )
  }
  return rest[0] ?? ''
}
