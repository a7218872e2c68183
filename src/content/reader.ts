/**
 * The reader content script, injected on demand (toolbar click, shortcut). It reads a clone of the page
 * and never changes the live page.
 *
 * It deliberately uses no extension API: a page can clobber `chrome`/`browser` in the content script's view
 * with named elements (`<form name="chrome">`), which makes webextension-polyfill refuse to load in Chromium.
 * Instead it defines one function in the isolated world; the background calls it with a second
 * `scripting.executeScript` and receives the result as that call's return value.
 */
import createDOMPurify from 'dompurify';
import { detect } from '../core/detect';
import { extract } from '../core/extract';
import type { PageExtract } from '../shared/protocol';

export type ExtractAnswer = { ok: true; value: PageExtract } | { ok: false; error: string };

declare global {
  // Defined as an own property of the isolated world's global, so a page element with the same id
  // (which only creates a named property on the window) can neither fake nor hide it.
  var __ledeExtract: ((force: boolean) => ExtractAnswer) | undefined;
}

function handleExtract(force: boolean): ExtractAnswer {
  try {
    const detection = detect(document, location.href);
    const purify = createDOMPurify(window);
    const article = extract(document, { purify, ...(force ? { charThreshold: 100 } : {}) });
    return { ok: true, value: { detection, article } };
  } catch (err) {
    return { ok: false, error: `Extraction failed: ${err instanceof Error ? err.message : String(err)}` };
  }
}

Object.defineProperty(globalThis, '__ledeExtract', {
  value: handleExtract,
  configurable: true,
  writable: false,
});
