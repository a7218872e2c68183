/**
 * Helpers for the reading-view e2e tests (issue 7): the selectors of src/ui live here and in
 * test/e2e/lib/reader.mjs only. Functions passed to `evaluate` run in the reader page.
 */
import { openReaderOn, waitForArticle, withSnapshot } from './lib/reader.mjs';

export { openReaderOn, waitForArticle, withSnapshot };

/** Viewport of the full-tab reader screenshots. */
export const TAB_SIZE = { width: 1280, height: 800 };

/** The reader tab page (reader/index.html?tab=ID) for the tab showing `url`, with the article loaded. */
export async function openTabReaderOn(ctx, url, title) {
  const page = await ctx.open(url);
  const tabId = await ctx.driver.tabIdOf(url);
  const reader = await ctx.openExtensionPage(`reader/index.html?tab=${tabId}`);
  await reader.setViewport(TAB_SIZE.width, TAB_SIZE.height);
  await waitForArticle(reader, title);
  return { page, tabId, reader };
}

/** Waits for `fn(arg)` to be truthy in `page`, with what the page showed on failure. */
export async function waitIn(page, fn, arg, what, timeout = 20000) {
  try {
    return await page.waitFor(fn, arg, { timeout, what });
  } catch (err) {
    throw await withSnapshot(page, err);
  }
}

/** Waits until the notes have loaded and mentions are marked in the text. */
export function waitForNotes(page) {
  return waitIn(
    page,
    () =>
      document.querySelectorAll('.lede-note').length > 0 &&
      document.querySelectorAll('mark.lede-mention').length > 0,
    undefined,
    'notes and marked mentions',
  );
}

/** Marks the first element matching `selector` (optionally whose text matches `text`) and clicks it for real. */
export async function clickFirst(page, selector, text) {
  const found = await page.evaluate(
    ([sel, src]) => {
      document.querySelectorAll('[data-e2e-click]').forEach((e) => e.removeAttribute('data-e2e-click'));
      const el = [...document.querySelectorAll(sel)].find(
        (e) => !src || new RegExp(src, 'i').test(e.textContent),
      );
      if (!el) return false;
      el.setAttribute('data-e2e-click', '1');
      el.scrollIntoView({ block: 'center' });
      return true;
    },
    [selector, text ?? ''],
  );
  if (!found) throw new Error(`nothing matches ${selector}${text ? ` with text /${text}/` : ''}`);
  await page.click('[data-e2e-click="1"]');
}

/** Sets a range input of the appearance panel as a user would (input event). */
export function setRange(page, name, value) {
  return page.evaluate(
    ([n, v]) => {
      const input = document.querySelector(`input[name="${n}"]`);
      if (!input) return false;
      input.value = String(v);
      input.dispatchEvent(new Event('input', { bubbles: true }));
      return true;
    },
    [name, value],
  );
}

/** Computed style facts of the reader, for theme and typography checks. */
export function readerLook() {
  const root = document.querySelector('.lede-root');
  const article = document.querySelector('.lede-article');
  return {
    theme: root?.getAttribute('data-theme') ?? null,
    background: root ? getComputedStyle(root).backgroundColor : null,
    color: root ? getComputedStyle(root).color : null,
    fontSize: article ? getComputedStyle(article).fontSize : null,
    fontFamily: article ? getComputedStyle(article).fontFamily : null,
  };
}

/** Median of a list of numbers. */
export function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}
