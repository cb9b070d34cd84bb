/**
 * Files that manifest and add-on entries point at: `from_file` (raw
 * Kubernetes YAML), `configuration.from_file` (Helm values) and local chart
 * folders (`chart_name: ./charts/app`). The loader reads them so validation
 * can stay pure; paths are relative to the file that declares the entry.
 */
import type { ParsedFile } from './yaml-parse.js'
import { isRecord, recordField } from './plain-data.js'
import { childPointer } from './pointer.js'
import { checkChartTree } from './chart-folder.js'
import { lookUpRepoFile } from './reads-only.js'
import {
  absolutePath,
  readRepoValues,
  realPathInRepo,
  reportAt,
  reportRefusal,
  resolveInRepo,
  type LoaderContext
} from './repo-files.js'

/** A file or folder an entry refers to, keyed by the pointer of the path value. */
export interface ReferencedFile {
  /** Repository-relative path. */
  path: string
  /** The parsed YAML file (values only, or Documents); absent for a chart folder. */
  parsed?: ParsedFile
  /** A chart folder's digest of its files' paths and contents (chart-folder.ts). */
  digest?: string
}

interface ReferenceContext extends LoaderContext {
  references: Map<string, ReferencedFile>
}

/** True when `chart_name` names a chart folder in the repository. */
export function isLocalChart(chartName: string): boolean {
  return chartName.startsWith('./') || chartName.startsWith('../')
}

/** Reads what a composed manifest or add-on entry refers to. */
export async function readReferences(
  ctx: ReferenceContext,
  fromFile: string,
  entry: unknown,
  pointer: string,
  kind: 'manifests' | 'addons'
): Promise<void> {
  if (!isRecord(entry)) return
  const fields = entry
  if (kind === 'manifests') {
    await readYamlReference(
      ctx,
      fromFile,
      fields.from_file,
      `${pointer}/from_file`,
      "manifest 'from_file'"
    )
    return
  }
  const configuration = recordField(fields, 'configuration')
  if (configuration) {
    await readYamlReference(
      ctx,
      fromFile,
      configuration.from_file,
      `${pointer}/configuration/from_file`,
      "values 'from_file'"
    )
  }
  const chart = fields.chart_name
  if (typeof chart === 'string' && isLocalChart(chart)) {
    await readChartFolder(
      ctx,
      fromFile,
      chart,
      childPointer(pointer, 'chart_name')
    )
  }
}

async function readYamlReference(
  ctx: ReferenceContext,
  fromFile: string,
  value: unknown,
  pointer: string,
  what: string
): Promise<void> {
  if (typeof value !== 'string' || value === '') return
  const at = { ...locate(ctx, pointer, fromFile), pointer }
  const path = resolveInRepo(ctx, fromFile, value, at, what)
  if (path === undefined) return
  if (ctx.readsOnly) {
    const refused = await lookUpRepoFile(ctx, path, what)
    if (refused) reportRefusal(ctx, at, refused)
    return
  }
  const parsed = await readRepoValues(ctx, path, at, what)
  if (parsed) ctx.references.set(pointer, { path, parsed })
}

async function readChartFolder(
  ctx: ReferenceContext,
  fromFile: string,
  chart: string,
  pointer: string
): Promise<void> {
  const at = { ...locate(ctx, pointer, fromFile), pointer }
  const path = resolveInRepo(ctx, fromFile, chart, at, 'chart folder')
  if (path === undefined) return
  const real = await realPathInRepo(ctx, path, at, 'chart folder')
  if (real === undefined) return
  try {
    const chartYaml = await ctx.fs.stat(absolutePath(ctx, `${path}/Chart.yaml`))
    if (chartYaml.isFile || chartYaml.isSymbolicLink) {
      const digest = await checkChartTree(ctx, path, real, at)
      if (digest !== undefined) ctx.references.set(pointer, { path, digest })
      return
    }
  } catch {
    // Falls through to the diagnostic below.
  }
  reportAt(
    ctx,
    at,
    'chart-folder-invalid',
    `the chart folder "${path}" has no Chart.yaml`,
    'A local chart is a folder with Chart.yaml, as `helm create` makes it.'
  )
}

function locate(
  ctx: LoaderContext,
  pointer: string,
  fromFile: string
): { file: string; line: number; column: number } {
  const found = ctx.sourceMap.locate(pointer)
  return found
    ? { file: found.file, line: found.line, column: found.column }
    : { file: fromFile, line: 1, column: 1 }
}
