/**
 * Keeps the extension API reachable on pages that clobber it. In Chromium's isolated world, a content
 * script injected after the page has elements named `chrome` or `browser`
 * (`<form name="chrome"><input name="runtime">`) gets those elements for the names, and the polyfill
 * refuses to load (seen with the on-demand reader script on the hostile fixture page). The auto-mode
 * script runs at document_start, before the page has any element, and imports this first: it pins
 * the real objects as own properties of the content scripts' global, which outrank named properties,
 * so the overlay script injected later into the same world finds them. Our own flags are pinned too,
 * so that a page element named after one cannot pose as it.
 */
const g = globalThis as unknown as Record<string, unknown>;

/** Names pinned to their current value, unless this world already owns them. */
export const PINNED = ['chrome', 'browser', '__ledeAuto', '__ledeOverlay', '__ledeCurtain'] as const;

for (const name of PINNED) {
  if (Object.prototype.hasOwnProperty.call(g, name)) continue;
  try {
    Object.defineProperty(g, name, { value: g[name], writable: true, configurable: true, enumerable: false });
  } catch {
    // A browser that does not allow it keeps its own lookup; nothing else depends on this succeeding.
  }
}
