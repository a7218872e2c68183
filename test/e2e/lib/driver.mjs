/**
 * What every e2e test gets: one browser with the extension loaded, behind the same small interface in
 * Chromium and Firefox. Launch by name with `launchBrowser`.
 */
import { launchChromium } from './chromium.mjs';
import { launchFirefox } from './firefox.mjs';

/** @typedef {import('./page.mjs').PageHandle} PageHandle */
/**
 * @typedef {object} Driver
 * @property {'chromium' | 'firefox'} name
 * @property {unknown} raw  Playwright BrowserContext or Puppeteer Browser, for browser-specific needs.
 * @property {string} extensionBase  chrome-extension://ID/ or moz-extension://UUID/
 * @property {() => Promise<PageHandle>} newPage
 * @property {(url: string) => Promise<PageHandle>} openPage  New tab, navigated, loaded.
 * @property {(path: string) => Promise<PageHandle>} openExtensionPage  e.g. 'popup/index.html?tab=3'
 * @property {(url: string) => Promise<number>} tabIdOf  The browser's tab id of the tab showing `url`.
 * @property {() => Promise<void>} close  Always safe to call; never throws.
 */

export const BROWSERS = /** @type {const} */ (['chromium', 'firefox']);

/**
 * @param {'chromium' | 'firefox'} name
 * @param {{extensionDir: string, headless?: boolean}} opts
 * @returns {Promise<Driver>}
 */
export function launchBrowser(name, opts) {
  if (name === 'chromium') return launchChromium(opts);
  if (name === 'firefox') return launchFirefox(opts);
  throw new Error(`unknown browser ${name}`);
}
