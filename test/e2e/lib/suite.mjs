/**
 * A very small test runner for the e2e tests: one browser at a time, tests in order, each with a timeout,
 * every page a test opened closed after it, the browser always closed. Prints one line per test.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { launchBrowser } from './driver.mjs';
import { withTimeout } from './page.mjs';

/**
 * @typedef {object} TestContext
 * @property {import('./driver.mjs').Driver} driver
 * @property {'chromium' | 'firefox'} browser
 * @property {Awaited<ReturnType<typeof import('./server.mjs').startFixtureServer>>} server
 * @property {(url: string) => Promise<import('./page.mjs').PageHandle>} open  New tab at `url`, closed after the test.
 * @property {(path: string) => Promise<import('./page.mjs').PageHandle>} openExtensionPage  Same, for an extension page.
 * @property {(page: import('./page.mjs').PageHandle, name: string) => Promise<string>} screenshot
 *   Saves test/e2e/output/BROWSER-NAME.png and returns its path.
 */
/** @typedef {{name: string, browsers?: string[], timeout?: number, run: (ctx: TestContext) => Promise<void>}} E2ETest */

const sec = (ms) => `${(ms / 1000).toFixed(1)} s`;

/**
 * Runs `tests` in one browser. Never throws: a launch failure fails every test of the browser.
 * @param {{browser: 'chromium' | 'firefox', tests: E2ETest[], server: TestContext['server'],
 *   extensionDir: string, outputDir: string, headless?: boolean, log?: (line: string) => void}} opts
 * @returns {Promise<{passed: number, failed: number, ms: number, failures: string[]}>}
 */
export async function runSuite({
  browser,
  tests,
  server,
  extensionDir,
  outputDir,
  headless = true,
  log = console.log,
}) {
  const started = Date.now();
  const mine = tests.filter((t) => !t.browsers || t.browsers.includes(browser));
  const result = { passed: 0, failed: 0, ms: 0, failures: /** @type {string[]} */ ([]) };
  mkdirSync(outputDir, { recursive: true });
  let driver = null;
  try {
    driver = await withTimeout(
      launchBrowser(browser, { extensionDir, headless }),
      60000,
      `launching ${browser}`,
    );
    log(`${browser}: launched with the extension at ${driver.extensionBase} in ${sec(Date.now() - started)}`);
  } catch (err) {
    const why = err instanceof Error ? err.message.split('\n')[0] : String(err);
    for (const t of mine) {
      result.failed++;
      result.failures.push(`${browser} › ${t.name}: browser did not start: ${why}`);
      log(`  ✗ ${t.name} (browser did not start: ${why})`);
    }
    result.ms = Date.now() - started;
    return result;
  }
  try {
    for (const t of mine) {
      const t0 = Date.now();
      /** @type {import('./page.mjs').PageHandle[]} */
      const opened = [];
      const d = driver;
      /** @type {TestContext} */
      const ctx = {
        driver: d,
        browser,
        server,
        open: async (url) => {
          const p = await d.openPage(url);
          opened.push(p);
          return p;
        },
        openExtensionPage: async (path) => {
          const p = await d.openExtensionPage(path);
          opened.push(p);
          return p;
        },
        screenshot: async (page, name) => {
          const file = join(outputDir, `${browser}-${name}.png`);
          await page.bringToFront().catch(() => undefined);
          await page.screenshot(file);
          return file;
        },
      };
      try {
        await withTimeout(t.run(ctx), t.timeout ?? 60000, `test "${t.name}"`);
        result.passed++;
        log(`  ✓ ${t.name} (${sec(Date.now() - t0)})`);
      } catch (err) {
        result.failed++;
        const why = err instanceof Error ? err.message : String(err);
        result.failures.push(`${browser} › ${t.name}: ${why}`);
        log(`  ✗ ${t.name} (${sec(Date.now() - t0)})\n      ${why}`);
      } finally {
        await Promise.all(
          opened.map((p) => withTimeout(p.close(), 5000, 'closing a page').catch(() => undefined)),
        );
      }
    }
  } finally {
    await driver.close();
  }
  result.ms = Date.now() - started;
  return result;
}
