/**
 * Real Chromium (Debian's /usr/bin/chromium) with the extension loaded, driven by playwright-core.
 * The extension id is the host of its service worker's URL.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { wrapPage, withTimeout } from './page.mjs';
import { SITE_HOST } from './server.mjs';
import { findTabId } from './tabs.mjs';

export const CHROMIUM_PATH = process.env.LEDE_CHROMIUM ?? '/usr/bin/chromium';

/**
 * Launches Chromium with `extensionDir` loaded.
 * @param {{extensionDir: string, headless?: boolean, timeout?: number}} opts
 * @returns {Promise<import('./driver.mjs').Driver>}
 */
export async function launchChromium({ extensionDir, headless = true, timeout = 30000 }) {
  const profile = mkdtempSync(join(tmpdir(), 'lede-chromium-'));
  const args = [
    `--disable-extensions-except=${extensionDir}`,
    `--load-extension=${extensionDir}`,
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    // The fixture server's test host name resolves to it, in this browser only; plain http, no upgrade.
    `--host-resolver-rules=MAP ${SITE_HOST} 127.0.0.1`,
    '--disable-features=HttpsUpgrades',
    ...(headless ? ['--headless'] : []),
  ];
  let context;
  try {
    // headless: false here because the flag above selects Chromium's new headless mode, the one that runs extensions.
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM_PATH,
      headless: false,
      args,
      viewport: { width: 1000, height: 760 },
      timeout,
    });
  } catch (err) {
    rmSync(profile, { recursive: true, force: true });
    throw err;
  }
  const close = async () => {
    await withTimeout(context.close(), 15000, 'closing Chromium').catch(() => undefined);
    rmSync(profile, { recursive: true, force: true });
  };
  try {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout }));
    const extensionBase = `chrome-extension://${new URL(worker.url()).host}/`;
    const newPage = async () => wrapPage(await context.newPage());
    /** @type {import('./driver.mjs').Driver} */
    const driver = {
      name: 'chromium',
      raw: context,
      extensionBase,
      newPage,
      async openPage(url) {
        const page = await newPage();
        await page.goto(url);
        return page;
      },
      async openExtensionPage(path) {
        return driver.openPage(extensionBase + path.replace(/^\//, ''));
      },
      tabIdOf: (url) => findTabId(driver, url),
      close,
    };
    return driver;
  } catch (err) {
    await close();
    throw err;
  }
}
