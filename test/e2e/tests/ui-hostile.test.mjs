/**
 * The hostile fixture page (41 injection vectors, see its expected.json) opened in the reader, in both
 * browsers: nothing runs in the extension page (the canary on the fixture server hears nothing from it),
 * and nothing active, fetching or clobbering survives into the reader's DOM.
 */
import assert from 'node:assert/strict';
import { openReaderOn, waitForArticle } from '../ui-lib.mjs';

const NAME = 'hostile-article';
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** Everything in the reader page that should never be there; runs in the reader page. */
function auditReader(forbidden) {
  const root = document.querySelector('.lede-root');
  const body = document.querySelector('.lede-body');
  const all = [...document.querySelectorAll('*')];
  const found = [];
  for (const tag of forbidden.elements) {
    if (body?.querySelector(tag)) found.push(`<${tag}> in the article`);
  }
  for (const tag of [
    'script',
    'iframe',
    'object',
    'embed',
    'form',
    'base',
    'meta[http-equiv]',
    'svg script',
    'math',
  ]) {
    if (root?.querySelector(tag)) found.push(`${tag} in the reader`);
  }
  for (const el of all) {
    for (const a of el.attributes) {
      const name = a.name.toLowerCase();
      // Browsers ignore whitespace and control characters inside a URL scheme; so does this check.
      const value = [...a.value]
        .filter((c) => c.charCodeAt(0) > 32)
        .join('')
        .toLowerCase();
      if (forbidden.attributePrefixes.some((p) => name.startsWith(p))) found.push(`${el.tagName}[${name}]`);
      if (forbidden.urlSchemes.some((s) => value.startsWith(s)))
        found.push(`${el.tagName}[${name}=${value.slice(0, 30)}]`);
      if (body?.contains(el) && (name === 'style' || name === 'srcdoc' || name === 'id' || name === 'name'))
        found.push(`${el.tagName}[${name}] in the article`);
    }
  }
  for (const n of forbidden.clobberNames) {
    if (body?.querySelector(`[id="${n}"], [name="${n}"]`)) found.push(`clobbering name ${n}`);
  }
  // The page's globals are the extension's own, not elements.
  if (typeof document.getElementById !== 'function') found.push('document.getElementById clobbered');
  const api = globalThis.browser ?? globalThis.chrome;
  if (!api || api instanceof Element || typeof api.runtime?.getURL !== 'function')
    found.push('extension API clobbered');
  const styles = [...document.styleSheets]
    .map((s) => s.href ?? 'inline')
    .filter((h) => !h.startsWith(location.origin));
  if (styles.length) found.push(`foreign stylesheets: ${styles.join(', ')}`);
  return {
    found,
    text: body?.textContent.replace(/\s+/g, ' ') ?? '',
    links: [...body.querySelectorAll('a[href]')].map((a) => [a.target, a.rel]),
  };
}

/** @type {import('../lib/suite.mjs').E2ETest[]} */
export default [
  {
    name: 'hostile page: nothing runs in the reader and nothing active survives',
    timeout: 60000,
    async run(ctx) {
      const f = ctx.server.fixtures.get(NAME);
      assert.ok(f.vectors.length >= 30, 'the fixture carries at least 30 vectors');
      const url = ctx.server.urlOf(NAME);
      const { popup } = await openReaderOn(ctx, url);
      await waitForArticle(popup, f.title);
      // Give delayed vectors (animations, lazy loads, focus, refresh) time to fire if they survived.
      await popup.evaluate(() => {
        for (const el of document.querySelectorAll('.lede-body *')) {
          el.dispatchEvent(new MouseEvent('mouseover', { bubbles: true }));
          el.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
        }
      });
      await sleep(2500);
      const audit = await popup.evaluate(auditReader, f.forbiddenInReader);
      const extension = ctx.server.canaryHits.filter(
        (h) =>
          /^(chrome|moz)-extension:/.test(h.from ?? '') || /^(chrome|moz)-extension:/.test(h.referer ?? ''),
      );
      assert.deepEqual(extension, [], 'no vector ran in (or fetched from) the reader');
      assert.deepEqual(audit.found, [], 'nothing active survives in the reader');
      assert.ok(audit.text.includes(f.firstParagraph), 'the story itself is shown');
      assert.ok(audit.text.includes(f.lastParagraph), 'to its last paragraph');
      assert.ok(
        audit.links.every(([t, r]) => t === '_blank' && r === 'noopener noreferrer'),
        `links open in a new tab without opener: ${JSON.stringify(audit.links)}`,
      );
      const title = await popup.evaluate(() => document.title);
      assert.equal(title, 'Lede', 'the page title is the reader’s');
      await ctx.screenshot(popup, 'ui-hostile');
    },
  },
];
