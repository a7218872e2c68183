/**
 * Notices when a single-page site changes its URL without a page load, and waits for the new content
 * to settle before the caller detects again. Content scripts cannot see the page's own
 * `history.pushState` calls (isolated world), so the URL is compared on a cheap timer and on
 * popstate.
 */

/** The URL without its fragment: jumping to an anchor is not a new page. */
export function pageKey(href: string): string {
  const i = href.indexOf('#');
  return i < 0 ? href : href.slice(0, i);
}

/** Resolves once the DOM has been quiet for `quietMs`, or after `maxMs` at the latest. */
export function settled(quietMs = 300, maxMs = 2500): Promise<void> {
  return new Promise((resolve) => {
    let timer = setTimeout(done, quietMs);
    const cap = setTimeout(done, maxMs);
    const observer = new MutationObserver(() => {
      clearTimeout(timer);
      timer = setTimeout(done, quietMs);
    });
    observer.observe(document.documentElement, { childList: true, subtree: true });
    function done(): void {
      observer.disconnect();
      clearTimeout(timer);
      clearTimeout(cap);
      resolve();
    }
  });
}

/** Calls `onChange(url)` after each in-page navigation to a new URL, once the page has settled. */
export function watchNavigation(onChange: (url: string) => void, signal: AbortSignal, pollMs = 500): void {
  let last = pageKey(location.href);
  let pending = false;
  const check = (): void => {
    const now = pageKey(location.href);
    if (now === last || pending) return;
    last = now;
    pending = true;
    void settled().then(() => {
      pending = false;
      if (!signal.aborted) onChange(location.href);
      // The URL may have moved on again while the page was settling.
      check();
    });
  };
  const timer = setInterval(check, pollMs);
  window.addEventListener('popstate', check, { signal });
  signal.addEventListener('abort', () => clearInterval(timer), { once: true });
}
