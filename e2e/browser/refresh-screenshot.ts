/**
 * Refreshes docs/gitops-page.png, the README's picture of the GitOps page:
 * builds a site from the GitHub API double's recorded history and takes a
 * screenshot of a cluster page in Debian's chromium. A script, not a test:
 * `npm run page:screenshot` (scripts/run-ts.js bundles and runs it, with
 * docs/gitops-page.png as the file to write).
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { chromium } from 'playwright-core'
import { startGitHubDouble } from '../support/github-double/server.js'
import {
  doubleApi,
  pageNow,
  pageServer,
  seedPageHistory
} from '../../__fixtures__/page-history.js'
import { updateSite } from '../../src/page/update-site.js'
import { browserPath } from './browser-path.js'

const double = await startGitHubDouble()
const site = mkdtempSync(join(tmpdir(), 'clustersync-site-'))
try {
  await seedPageHistory(double, { prod: 25, staging: 6 })
  await updateSite(doubleApi(double), {
    dir: site,
    repository: 'octo/clusters',
    serverUrl: pageServer,
    all: false,
    now: pageNow
  })
  const browser = await chromium.launch({ executablePath: browserPath() })
  const page = await browser.newPage({
    viewport: { width: 1100, height: 900 }
  })
  // The page says times relative to the reader's clock: show them as read
  // when the recorded history was new, not as "1 year ago".
  await page.clock.setFixedTime(pageNow)
  await page.goto(pathToFileURL(join(site, 'prod/index.html')).href)
  // From the command line: a literal path here would be taken by the
  // bundler as an asset of the bundle and written into its temporary folder.
  const out = resolve(process.argv[2] ?? 'gitops-page.png')
  await page.screenshot({ path: out, fullPage: true })
  await browser.close()
  console.log(`wrote ${out}`)
} finally {
  await double.close()
  rmSync(site, { recursive: true, force: true })
}
