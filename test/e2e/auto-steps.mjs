/**
 * Steps the auto-mode e2e test repeats: driving the options page's sites list, looking into the overlay's
 * shadow root, pressing Esc in either browser.
 */

/**
 * Types `host` into the options page and clicks "Add site" (a real click: permissions.request needs it).
 * @param {import('./lib/page.mjs').PageHandle} options
 * @param {string} host
 */
export async function addSiteInOptions(options, host) {
  await options.waitFor(() => !!document.querySelector('input[name=host]'), undefined, {
    what: 'the options page',
  });
  await options.click('input[name=host]');
  await options.raw.keyboard.type(host);
  await options.click('[data-action=add-site]');
  await options.waitFor((h) => !!document.querySelector(`li[data-host="${h}"]`), host, {
    what: `${host} in the list`,
  });
}

/**
 * Clicks "Remove" for `host`; resolves to true when the site's permission is no longer held.
 * @param {import('./lib/page.mjs').PageHandle} options
 * @param {string} host
 */
export async function removeSiteInOptions(options, host) {
  await options.click(`li[data-host="${host}"] .site-remove`);
  await options.waitFor((h) => !document.querySelector(`li[data-host="${h}"]`), host, {
    what: `${host} removed`,
  });
  return options.evaluate(async (h) => {
    const api = globalThis.browser ?? globalThis.chrome;
    return !(await api.permissions.contains({ origins: [`http://${h}/*`] }));
  }, host);
}

/**
 * The extension's registered content scripts, as seen from one of its pages.
 * @param {import('./lib/page.mjs').PageHandle} page
 * @returns {Promise<Array<{id: string, matches: string[], js: string[]}>>}
 */
export function registeredScripts(page) {
  return page.evaluate(async () => {
    const api = globalThis.browser ?? globalThis.chrome;
    const all = await api.scripting.getRegisteredContentScripts();
    return all.map((s) => ({ id: s.id, matches: s.matches ?? [], js: s.js ?? [] }));
  });
}

/**
 * Whether the overlay is in the page, and whether focus is inside it.
 * @param {import('./lib/page.mjs').PageHandle} page
 */
export function overlayState(page) {
  return page.evaluate(() => {
    const host = document.querySelector('lede-overlay');
    return {
      present: !!host,
      open: !!host?.shadowRoot?.querySelector('dialog[open]'),
      focusInside: !!host && document.activeElement === host,
      url: location.href,
    };
  });
}

/**
 * Presses Esc in the page (Playwright and Puppeteer share `keyboard.press`).
 * @param {import('./lib/driver.mjs').Driver} _driver
 * @param {import('./lib/page.mjs').PageHandle} page
 */
export async function pressEscape(_driver, page) {
  await page.bringToFront();
  await page.raw.keyboard.press('Escape');
}

/**
 * Chooses `path` in a file input (Playwright: setInputFiles; Puppeteer: uploadFile).
 * @param {import('./lib/page.mjs').PageHandle} page
 * @param {string} selector
 * @param {string} path
 */
export async function setFile(page, selector, path) {
  if (typeof page.raw.setInputFiles === 'function') {
    await page.raw.setInputFiles(selector, path);
    return;
  }
  const input = await page.raw.$(selector);
  await input.uploadFile(path);
}
