/**
 * Tab ids, asked from an extension page of ours: it has the tabs API in both browsers, unlike a
 * service worker (Chromium only, and it may be stopped when idle). One hidden helper page per driver.
 */

const helpers = new WeakMap();

/**
 * The id of the tab showing `url` (exact match; the test manifest's host permission lets us see URLs).
 * @param {import('./driver.mjs').Driver} driver
 * @param {string} url
 * @returns {Promise<number>}
 */
export async function findTabId(driver, url) {
  let helper = helpers.get(driver);
  if (!helper) {
    // The options page is harmless to open: unlike the popup it reads no tab.
    helper = await driver.openExtensionPage('options/index.html');
    helpers.set(driver, helper);
  }
  const id = await helper.waitFor(
    async (u) => {
      const api = globalThis.browser ?? globalThis.chrome;
      const tabs = await api.tabs.query({});
      const tab = tabs.find((t) => t.url === u && t.status === 'complete');
      return tab ? tab.id : null;
    },
    url,
    { timeout: 10000, what: `a tab showing ${url}` },
  );
  return Number(id);
}
