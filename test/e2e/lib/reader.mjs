/**
 * Opening Lede's reader on a page the way the toolbar does, and reading what it shows. The selectors for
 * the reader's UI live here only, so a redesign of src/ui changes this file and not every test.
 */

/** The popup's size limit in both browsers; screenshots of the popup page use it. */
export const POPUP_SIZE = { width: 800, height: 600 };

/**
 * Opens `url` in a tab, then the popup page for that tab (popup/index.html?tab=ID) in another tab.
 * @param {{open(url: string): Promise<import('./page.mjs').PageHandle>,
 *   openExtensionPage(path: string): Promise<import('./page.mjs').PageHandle>,
 *   driver: import('./driver.mjs').Driver}} ctx
 * @param {string} url
 */
export async function openReaderOn(ctx, url) {
  const page = await ctx.open(url);
  const tabId = await ctx.driver.tabIdOf(url);
  const popup = await ctx.openExtensionPage(`popup/index.html?tab=${tabId}`);
  await popup.setViewport(POPUP_SIZE.width, POPUP_SIZE.height);
  return { page, tabId, popup };
}

/**
 * What the reader shows, flattened for assertions: whitespace is collapsed everywhere.
 * Runs in the popup page.
 */
export function snapshotReader() {
  const norm = (s) => (s ?? '').replace(/\s+/g, ' ').trim();
  const notesRegions = [
    ...document.querySelectorAll(
      'aside, [role="complementary"], [aria-label*="note" i], [aria-label*="groups" i], [data-notes]',
    ),
  ];
  return {
    h1: [...document.querySelectorAll('h1')].map((h) => norm(h.textContent)),
    paragraphs: [...document.querySelectorAll('p, li, blockquote')].map((p) => norm(p.textContent)),
    text: norm(document.body?.textContent),
    notesText: norm(notesRegions.map((r) => r.textContent).join(' ')),
    hasNotesRegion: notesRegions.length > 0,
    buttons: [...document.querySelectorAll('button, [role="button"]')].map((b) => norm(b.textContent)),
    busy: [...document.querySelectorAll('[role="status"], [aria-busy="true"]')].map((s) =>
      norm(s.textContent),
    ),
  };
}

/**
 * Polls the popup until `done(snapshot)` is true. Gives up early when the popup has settled on some
 * other view (an h1, nothing busy, unchanged for 2 s): a reader that shows an error will not recover.
 * @param {import('./page.mjs').PageHandle} popup
 * @param {(s: ReturnType<typeof snapshotReader>) => boolean} done
 * @param {string} what
 * @param {number} [timeout]
 */
export async function waitForView(popup, done, what, timeout = 20000) {
  const deadline = Date.now() + timeout;
  let settled = '';
  let settledSince = 0;
  for (;;) {
    const shown = await popup.evaluate(snapshotReader).catch(() => null);
    if (shown && done(shown)) return shown;
    const key = shown && shown.h1.length && !shown.busy.length ? shown.text : '';
    if (key !== settled) [settled, settledSince] = [key, Date.now()];
    const stuck = settled !== '' && Date.now() - settledSince > 2000;
    if (stuck || Date.now() > deadline) {
      const why = stuck ? 'the popup settled on another view' : `timed out after ${timeout} ms`;
      throw new Error(
        `${why} while waiting for ${what}\n      the popup showed: ${shown ? shown.text.slice(0, 400) : '(page not readable)'}`,
      );
    }
    await new Promise((r) => setTimeout(r, 100));
  }
}

/**
 * Waits until the popup shows an h1 equal to `title` (the article view), and returns the snapshot.
 * @param {import('./page.mjs').PageHandle} popup
 * @param {string} title
 */
export function waitForArticle(popup, title) {
  return waitForView(popup, (s) => s.h1.includes(title), `the article title "${title}" in an h1`);
}

/**
 * Waits for the "not an article" state: a "Show anyway" button.
 * @param {import('./page.mjs').PageHandle} popup
 */
export function waitForNotArticle(popup) {
  return waitForView(popup, (s) => s.buttons.some((b) => /show anyway/i.test(b)), 'a "Show anyway" button');
}

/**
 * Clicks the button whose text matches `label` (a RegExp source, case-insensitive).
 * @param {import('./page.mjs').PageHandle} popup
 * @param {string} label
 */
export async function clickButton(popup, label) {
  const marked = await popup.evaluate((src) => {
    const b = [...document.querySelectorAll('button')].find((x) => new RegExp(src, 'i').test(x.textContent));
    if (!b) return false;
    b.setAttribute('data-e2e-target', '1');
    return true;
  }, label);
  if (!marked) throw new Error(`no button matching /${label}/i`);
  await popup.click('[data-e2e-target="1"]');
}

/** Adds what the popup shows to an error, so a failing wait says what was there instead. */
export async function withSnapshot(popup, err) {
  const shown = await popup.evaluate(snapshotReader).catch(() => null);
  const message = err instanceof Error ? err.message : String(err);
  const text = shown ? shown.text.slice(0, 400) : '(page not readable)';
  return new Error(`${message}\n      the popup showed: ${text}`);
}

/** A string fingerprint of the live page's DOM, to prove the reader never changed it. */
export function pageFingerprint() {
  return document.documentElement.outerHTML;
}

/**
 * Opens the real toolbar popup (action.openPopup, as a click on the Lede button does) on the tab showing
 * `url`, with no `?tab=` in its address, and returns what it shows once `title` is in an h1. Reads the popup
 * through extension.getViews from one of our extension pages, since neither driver exposes popup pages.
 * @param {{open(url: string): Promise<import('./page.mjs').PageHandle>,
 *   openExtensionPage(path: string): Promise<import('./page.mjs').PageHandle>,
 *   driver: import('./driver.mjs').Driver}} ctx
 * @param {string} url
 * @param {string} title
 * @returns {Promise<{popupUrl: string, h1: string[], paragraphs: string[]}>}
 */
export async function readToolbarPopup(ctx, url, title) {
  await ctx.open(url);
  const tabId = await ctx.driver.tabIdOf(url);
  const helper = await ctx.openExtensionPage('options/index.html');
  const shown = await helper.evaluate(
    async ({ tabId, title }) => {
      const api = globalThis.browser ?? globalThis.chrome;
      const norm = (s) => (s ?? '').replace(/\s+/g, ' ').trim();
      const tab = await api.tabs.update(tabId, { active: true });
      await api.action.openPopup({ windowId: tab.windowId });
      let last = null;
      for (let i = 0; i < 150; i++) {
        const [view] = api.extension.getViews({ type: 'popup' });
        if (view) {
          const doc = view.document;
          last = {
            popupUrl: view.location.href,
            h1: [...doc.querySelectorAll('h1')].map((h) => norm(h.textContent)),
            paragraphs: [...doc.querySelectorAll('p, li, blockquote')].map((p) => norm(p.textContent)),
            text: norm(doc.body?.textContent).slice(0, 300),
          };
          if (last.h1.includes(title)) {
            view.close();
            return last;
          }
        }
        await new Promise((r) => setTimeout(r, 100));
      }
      return { ...(last ?? { popupUrl: '', h1: [], paragraphs: [] }), timedOut: true };
    },
    { tabId, title },
  );
  if (shown.timedOut) {
    throw new Error(`the toolbar popup never showed "${title}"; it showed: ${shown.text ?? '(no popup)'}`);
  }
  return shown;
}
