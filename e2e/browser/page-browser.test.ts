/// <reference lib="dom" />
/**
 * The GitOps page in a real browser: Debian's chromium driven by
 * playwright-core, against a site built by `clustersync page` from the
 * GitHub API double holding 30 recorded syncs (25 of prod, 5 of a cluster
 * whose name holds a script). Asserts what a reader sees and does: the
 * banner, pages of 10, sorting by each column with mouse and keyboard,
 * links, hostile names shown as text, no request to any host, and no
 * serious or critical axe-core finding in light or dark mode.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { chromium, type Browser, type Page } from 'playwright-core'
import {
  startGitHubDouble,
  type GitHubDouble
} from '../support/github-double/server.js'
import {
  doubleApi,
  hostileCluster,
  pageNow,
  pageServer,
  seedPageHistory,
  type SeededSync
} from '../../__fixtures__/page-history.js'
import { clusterPath } from '../../src/page/html.js'
import { updateSite } from '../../src/page/update-site.js'
import { browserPath } from './browser-path.js'

let double: GitHubDouble
let browser: Browser
let site: string
let shots: string
let seeded: SeededSync[]
/** Every request the pages made that was not for a local file. */
const outside: string[] = []

beforeAll(async () => {
  double = await startGitHubDouble()
  seeded = await seedPageHistory(double, { prod: 25, [hostileCluster]: 5 })
  site = mkdtempSync(join(tmpdir(), 'clustersync-site-'))
  shots = mkdtempSync(join(tmpdir(), 'clustersync-shots-'))
  await updateSite(doubleApi(double), {
    dir: site,
    repository: 'octo/clusters',
    serverUrl: pageServer,
    all: false,
    now: pageNow
  })
  browser = await chromium.launch({ executablePath: browserPath() })
})
afterAll(async () => {
  await browser?.close()
  await double?.close()
  rmSync(site, { recursive: true, force: true })
  // Screenshots stay in the temporary folder for a look after a failure.
  console.log(`page screenshots: ${shots}`)
})

async function open(path: string): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1200, height: 900 } })
  page.on('request', (r) => {
    if (!r.url().startsWith('file:')) outside.push(r.url())
  })
  await page.route(/^(?!file:)/, (route) => route.abort())
  await page.goto(pathToFileURL(join(site, path)).href)
  return page
}

const prodSyncs = (): SeededSync[] => seeded.filter((s) => s.cluster === 'prod')
const visibleRows = (page: Page) =>
  page.locator('#history tbody tr:not([hidden])')

/** Every row's sort key of a column, in the table's current order. */
const columnKeys = (page: Page, column: number): Promise<string[]> =>
  page.$$eval(
    '#history tbody tr',
    (rows, c) =>
      rows.map(
        (r) =>
          (r as HTMLTableRowElement).cells[c]?.getAttribute('data-sort') ??
          (r as HTMLTableRowElement).cells[c]?.textContent ??
          ''
      ),
    column
  )

describe('the cluster page in chromium', () => {
  it('shows the banner of the latest sync and its errors linked to file:line', async () => {
    const page = await open('prod/index.html')
    const latest = prodSyncs()[0]
    expect(latest?.status).toBe('Failed')
    await expect(page.locator('#banner').textContent()).resolves.toContain(
      'Error'
    )
    const place = page.locator('a', { hasText: 'clusters/stacks/web.yaml:12' })
    await expect(place.getAttribute('href')).resolves.toBe(
      `${pageServer}/octo/clusters/blob/${latest?.sha}/clusters/stacks/web.yaml#L12`
    )
    await page.screenshot({
      path: join(shots, 'prod-desktop.png'),
      fullPage: true
    })
    await page.close()
  })

  it('pages 10 rows at a time: 10 on page 1, 5 on page 3', async () => {
    const page = await open('prod/index.html')
    await expect(visibleRows(page).count()).resolves.toBe(10)
    await page.getByRole('button', { name: 'Page 3', exact: true }).click()
    await expect(visibleRows(page).count()).resolves.toBe(5)
    await page.getByRole('button', { name: 'Previous page' }).click()
    await expect(visibleRows(page).count()).resolves.toBe(10)
    await page.close()
  })

  it('links each commit to the commit, newest first', async () => {
    const page = await open('prod/index.html')
    const hrefs = await page.$$eval(
      '#history tbody tr:not([hidden]) td:nth-child(3) a',
      (links) => links.map((a) => a.getAttribute('href'))
    )
    const shown = prodSyncs().slice(0, 10)
    expect(hrefs).toEqual(
      shown.map((s) => `${pageServer}/octo/clusters/commit/${s.sha}`)
    )
    await page.close()
  })

  it('sorts by every column, both ways, by click and by keyboard', async () => {
    const page = await open('prod/index.html')
    const headers = page.locator('#history thead th')
    const count = await headers.count()
    expect(count).toBe(7)
    for (let c = 0; c < count; c++) {
      const header = headers.nth(c)
      for (const how of ['click', 'keyboard'] as const) {
        if (how === 'click') await header.locator('button').click()
        else {
          await header.locator('button').focus()
          await page.keyboard.press('Enter')
        }
        const direction = await header.getAttribute('aria-sort')
        expect(['ascending', 'descending']).toContain(direction)
        const keys = await columnKeys(page, c)
        const sorted = [...keys].sort()
        expect(keys).toEqual(
          direction === 'ascending' ? sorted : sorted.reverse()
        )
        // The other headers say they are not the sort.
        const others = await page.$$eval(
          '#history thead th',
          (ths, i) =>
            ths
              .filter((_, j) => j !== i)
              .map((t) => t.getAttribute('aria-sort')),
          c
        )
        expect(new Set(others)).toEqual(new Set(['none']))
        await expect(visibleRows(page).count()).resolves.toBe(10)
      }
    }
    await page.close()
  })

  it('shows a name holding <script> as text and runs none of it', async () => {
    const page = await open(`${clusterPath(hostileCluster)}/index.html`)
    await expect(page.locator('h1').textContent()).resolves.toBe(hostileCluster)
    await expect(
      page.getByText('step <script>window.pwned=2</script> failed').count()
    ).resolves.toBe(1)
    await expect(
      page.evaluate(() => (window as unknown as { pwned?: number }).pwned)
    ).resolves.toBeUndefined()
    const fleet = await open('index.html')
    await expect(
      fleet.getByRole('link', { name: hostileCluster }).count()
    ).resolves.toBe(1)
    await expect(
      fleet.evaluate(() => (window as unknown as { pwned?: number }).pwned)
    ).resolves.toBeUndefined()
    await fleet.screenshot({ path: join(shots, 'fleet.png') })
    await page.close()
    await fleet.close()
  })

  it('has no serious or critical accessibility finding, light or dark, desktop or phone', async () => {
    const axe = readFileSync(
      createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
      'utf8'
    )
    for (const scheme of ['light', 'dark'] as const) {
      for (const path of ['index.html', 'prod/index.html']) {
        const page = await open(path)
        await page.emulateMedia({ colorScheme: scheme })
        if (scheme === 'dark')
          await page.setViewportSize({ width: 390, height: 844 })
        await page.evaluate(axe)
        const found = await page.evaluate(async () => {
          const run = (
            window as unknown as {
              axe: {
                run(): Promise<{
                  violations: {
                    id: string
                    impact?: string
                    nodes: unknown[]
                  }[]
                }>
              }
            }
          ).axe.run
          const { violations } = await run()
          return violations.map((v) => ({
            id: v.id,
            impact: v.impact,
            nodes: v.nodes.length
          }))
        })
        expect({
          scheme,
          path,
          serious: found.filter(
            (v) => v.impact === 'serious' || v.impact === 'critical'
          )
        }).toEqual({ scheme, path, serious: [] })
        await page.screenshot({
          path: join(shots, `${scheme}-${path.replace('/', '-')}.png`),
          fullPage: true
        })
        await page.close()
      }
    }
  })

  it('made no request to any host', () => {
    expect(outside).toEqual([])
  })
})

describe('the cluster page without scripting', () => {
  it('still shows the newest 10 rows', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false })
    const page = await context.newPage()
    await page.goto(pathToFileURL(join(site, 'prod/index.html')).href)
    await expect(visibleRows(page).count()).resolves.toBe(10)
    await context.close()
  })
})
