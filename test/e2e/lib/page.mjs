/**
 * One small page interface over Playwright (Chromium) and Puppeteer (Firefox) pages, so a test is written
 * once and runs in both browsers. Waiting is done by polling `evaluate`, which behaves the same in both.
 */

/** @typedef {{raw: unknown, goto(url: string): Promise<void>, url(): Promise<string>,
 *   evaluate<A, R>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R>,
 *   waitFor<A>(fn: (arg: A) => unknown, arg?: A, opts?: {timeout?: number, what?: string}): Promise<unknown>,
 *   click(selector: string): Promise<void>, clickIn(host: string, selector: string): Promise<void>,
 *   screenshot(path: string): Promise<void>,
 *   setViewport(width: number, height: number): Promise<void>,
 *   bringToFront(): Promise<void>, close(): Promise<void>}} PageHandle */

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/**
 * Wraps a Playwright or Puppeteer page.
 * @param {any} page
 * @param {{navigationTimeout?: number, untrackedSchemes?: string[]}} [opts] `untrackedSchemes`: URL schemes
 *   whose navigations the driver never reports as finished (Firefox BiDi and moz-extension:, seen in
 *   Firefox ESR 153); for those, goto starts the navigation and polls the page until it has loaded.
 * @returns {PageHandle}
 */
export function wrapPage(page, { navigationTimeout = 20000, untrackedSchemes = [] } = {}) {
  /** @type {PageHandle} */
  const handle = {
    raw: page,
    async goto(url) {
      if (!untrackedSchemes.includes(new URL(url).protocol)) {
        await page.goto(url, { waitUntil: 'load', timeout: navigationTimeout });
        return;
      }
      page.goto(url, { waitUntil: 'load', timeout: navigationTimeout }).catch(() => undefined);
      await handle.waitFor((u) => location.href === u && document.readyState === 'complete', url, {
        timeout: navigationTimeout,
        what: `${url} to load`,
      });
    },
    url: () => page.evaluate(() => location.href),
    evaluate: (fn, arg) => page.evaluate(fn, arg),
    async waitFor(fn, arg, { timeout = 15000, what = 'condition' } = {}) {
      const deadline = Date.now() + timeout;
      let lastError = null;
      for (;;) {
        try {
          const value = await page.evaluate(fn, arg);
          if (value) return value;
          lastError = null;
        } catch (err) {
          // A navigation in progress destroys the context; try again until the deadline.
          lastError = err;
        }
        if (Date.now() > deadline) {
          const why = lastError instanceof Error ? ` (last error: ${lastError.message.split('\n')[0]})` : '';
          throw new Error(`timed out after ${timeout} ms waiting for ${what}${why}`);
        }
        await sleep(100);
      }
    },
    async click(selector) {
      await page.click(selector);
    },
    /** A real (trusted) click on `selector` inside the open shadow root of the element `host`. */
    async clickIn(host, selector) {
      // Playwright's CSS engine pierces open shadow roots by itself; Puppeteer needs its `>>>` combinator.
      const playwright = typeof page.setViewportSize === 'function';
      await page.click(playwright ? `${host} ${selector}` : `${host} >>> ${selector}`);
    },
    async screenshot(path) {
      await page.screenshot({ path, fullPage: false });
    },
    async setViewport(width, height) {
      // Playwright names it setViewportSize, Puppeteer setViewport.
      if (typeof page.setViewportSize === 'function') await page.setViewportSize({ width, height });
      else await page.setViewport({ width, height });
    },
    async bringToFront() {
      await page.bringToFront();
    },
    async close() {
      await page.close().catch(() => undefined);
    },
  };
  return handle;
}

/**
 * Resolves with `promise`, or rejects after `ms` with a message naming `what`.
 * @template T
 * @param {Promise<T>} promise
 * @param {number} ms
 * @param {string} what
 * @returns {Promise<T>}
 */
export function withTimeout(promise, ms, what) {
  let timer;
  return Promise.race([
    promise.finally(() => clearTimeout(timer)),
    new Promise((_, reject) => {
      timer = setTimeout(() => reject(new Error(`${what} timed out after ${ms} ms`)), ms);
    }),
  ]);
}
