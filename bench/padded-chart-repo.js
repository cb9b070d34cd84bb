// A chart repository for bench/addons.bench.js whose index.yaml is as large
// as a big public repository's: the plane's `app` chart (its archive and
// index entries, read from $CLUSTERSYNC_CHART_REPO) plus fake charts of 50
// versions each until the index reaches the size asked for. Served by
// e2e/scripts/chart-server.js on 127.0.0.1 until `stop()`.
//
//   const repo = await paddedChartRepo(env.CLUSTERSYNC_CHART_REPO, 10)
//   … repo.url …
//   repo.stop()
import { spawn } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const here = dirname(fileURLToPath(import.meta.url))
const chartServer = resolve(here, '..', 'e2e', 'scripts', 'chart-server.js')

/** One fake chart's index entries: 50 versions, as public indexes list them. */
function fakeChart(n) {
  const name = `fake-chart-${String(n).padStart(4, '0')}`
  const versions = []
  for (let v = 0; v < 50; v++) {
    versions.push(
      [
        `  - apiVersion: v2`,
        `    appVersion: ${v}.0.0`,
        `    created: "2026-01-01T00:00:00.000000000Z"`,
        `    description: A chart that only makes this index as large as a big public repository's.`,
        `    digest: ${String(n * 50 + v).padStart(64, '0')}`,
        `    home: https://example.com/charts/${name}`,
        `    keywords:`,
        `    - bench`,
        `    maintainers:`,
        `    - email: nobody@example.com`,
        `      name: Nobody`,
        `    name: ${name}`,
        `    sources:`,
        `    - https://example.com/src/${name}`,
        `    type: application`,
        `    urls:`,
        `    - https://example.com/charts/${name}-${v}.0.0.tgz`,
        `    version: ${v}.0.0`
      ].join('\n')
    )
  }
  return `  ${name}:\n${versions.join('\n')}\n`
}

function freePort() {
  return new Promise((done, fail) => {
    const server = createServer()
    server.on('error', fail)
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address()
      server.close(() => done(port))
    })
  })
}

async function fetchOk(url) {
  const response = await globalThis.fetch(url)
  if (!response.ok) throw new Error(`GET ${url}: ${response.status}`)
  return response
}

/** Serves the padded repository; resolves with its URL and how to stop it. */
export async function paddedChartRepo(source, megabytes) {
  const folder = mkdtempSync(join(tmpdir(), 'clustersync-bench-charts-'))
  const index = await (await fetchOk(`${source}/index.yaml`)).text()
  const archive = await (await fetchOk(`${source}/app-1.1.0.tgz`)).arrayBuffer()
  writeFileSync(join(folder, 'app-1.1.0.tgz'), Buffer.from(archive))
  const padding = []
  for (let size = 0, n = 0; size < megabytes * 1e6; n++) {
    const chart = fakeChart(n)
    padding.push(chart)
    size += chart.length
  }
  writeFileSync(
    join(folder, 'index.yaml'),
    index.replace(/^entries:\n/m, `entries:\n${padding.join('')}`)
  )
  const port = await freePort()
  const server = spawn(process.execPath, [chartServer, folder, String(port)], {
    stdio: 'ignore'
  })
  const url = `http://127.0.0.1:${port}`
  const stop = () => {
    server.kill()
    rmSync(folder, { recursive: true, force: true })
  }
  for (let tries = 0; ; tries++) {
    try {
      await fetchOk(`${url}/index.yaml`)
      return { url, stop }
    } catch (error) {
      if (tries > 50) {
        stop()
        throw error
      }
      await new Promise((r) => setTimeout(r, 100))
    }
  }
}
