/**
 * Real Firefox ESR (Debian's /usr/bin/firefox-esr) with the extension installed as a temporary add-on,
 * driven by puppeteer-core over WebDriver BiDi. A preference pins the extension's internal UUID so the
 * tests know its moz-extension:// origin in advance.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import puppeteer from 'puppeteer-core';
import { wrapPage, withTimeout } from './page.mjs';
import { SITE_HOST } from './server.mjs';
import { findTabId } from './tabs.mjs';

export const FIREFOX_PATH = process.env.LEDE_FIREFOX ?? '/usr/bin/firefox-esr';
/** Fixed so that moz-extension://UUID/ is known before install; any valid UUID would do. */
export const FIREFOX_EXTENSION_UUID = '6f1c2d3e-4a5b-4c6d-8e7f-0a1b2c3d4e5f';

/**
 * Launches Firefox with `extensionDir` installed.
 * @param {{extensionDir: string, headless?: boolean, timeout?: number}} opts
 * @returns {Promise<import('./driver.mjs').Driver>}
 */
export async function launchFirefox({ extensionDir, headless = true, timeout = 30000 }) {
  const manifest = JSON.parse(readFileSync(join(extensionDir, 'manifest.json'), 'utf8'));
  const id = manifest.browser_specific_settings?.gecko?.id;
  if (!id) throw new Error('manifest has no browser_specific_settings.gecko.id');
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_PATH,
    headless,
    timeout,
    protocolTimeout: timeout,
    defaultViewport: { width: 1000, height: 760 },
    // Firefox 153+ refuses WebDriver navigation to moz-extension:// pages without this flag.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [id]: FIREFOX_EXTENSION_UUID }),
      // No first-run pages, no network chatter from the browser itself.
      'browser.shell.checkDefaultBrowser': false,
      'datareporting.policy.dataSubmissionEnabled': false,
      'extensions.update.enabled': false,
      // The fixture server's test host name resolves to this machine, in this browser only; plain http.
      'network.dns.localDomains': SITE_HOST,
      'dom.security.https_first': false,
      'dom.security.https_first_schemeless': false,
      // Lets a test open the real toolbar popup with action.openPopup(), which otherwise needs a click.
      'extensions.openPopupWithoutUserGesture.enabled': true,
    },
  });
  const close = async () => {
    await withTimeout(browser.close(), 15000, 'closing Firefox').catch(() => {
      browser.process()?.kill('SIGKILL');
    });
  };
  try {
    await withTimeout(browser.installExtension(extensionDir), timeout, 'installing the extension');
    const extensionBase = `moz-extension://${FIREFOX_EXTENSION_UUID}/`;
    const newPage = async () => wrapPage(await browser.newPage(), { untrackedSchemes: ['moz-extension:'] });
    /** @type {import('./driver.mjs').Driver} */
    const driver = {
      name: 'firefox',
      raw: browser,
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
