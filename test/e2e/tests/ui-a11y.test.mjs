/**
 * Accessibility audit of the reading view with axe-core in real Chromium: every theme, both panels of the
 * popup, the appearance panel, the tab reader and the not-an-article state. Zero serious or critical.
 */
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { waitForNotArticle } from '../lib/reader.mjs';
import {
  clickFirst,
  openReaderOn,
  openTabReaderOn,
  waitForArticle,
  waitForNotes,
  waitIn,
} from '../ui-lib.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const ARTICLE = 'wp-news-article';

/** Runs axe in `page` (Playwright: CDP evaluation, not subject to the page's CSP); returns the violations. */
async function audit(page, label) {
  const raw = page.raw;
  await raw.evaluate(AXE);
  const result = await raw.evaluate(() =>
    globalThis.axe.run(document, {
      runOnly: {
        type: 'tag',
        values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'],
      },
      resultTypes: ['violations'],
    }),
  );
  return result.violations.map((v) => ({
    where: label,
    id: v.id,
    impact: v.impact,
    nodes: v.nodes.length,
    example: v.nodes[0]?.target?.join(' ') ?? '',
    summary: v.nodes[0]?.failureSummary?.split('\n')[1]?.trim() ?? '',
  }));
}

async function setTheme(page, theme) {
  await page.evaluate(async (t) => {
    const api = globalThis.chrome;
    const key = 'settings';
    const got = (await api.storage.sync.get(key))[key] ?? { version: 2 };
    await api.storage.sync.set({ [key]: { ...got, version: 2, theme: t } });
  }, theme);
  await waitIn(
    page,
    (t) => document.querySelector('.lede-root')?.getAttribute('data-theme') === t,
    theme,
    `theme ${theme}`,
  );
}

/** @type {import('../lib/suite.mjs').E2ETest[]} */
export default [
  {
    name: 'axe-core: no serious or critical violations in any theme or state',
    browsers: ['chromium'],
    timeout: 120000,
    async run(ctx) {
      const f = ctx.server.fixtures.get(ARTICLE);
      const url = ctx.server.urlOf(ARTICLE);
      const { popup } = await openReaderOn(ctx, url);
      await waitForArticle(popup, f.title);
      await waitForNotes(popup);
      const found = [];
      for (const theme of ['light', 'sepia', 'dark']) {
        await setTheme(popup, theme);
        await clickFirst(popup, '.lede-switch-button', '^Article');
        found.push(...(await audit(popup, `popup ${theme} article`)));
        await clickFirst(popup, '.lede-switch-button', '^Notes');
        await waitIn(popup, () => document.querySelectorAll('.lede-pin').length > 0, undefined, 'map pins');
        found.push(...(await audit(popup, `popup ${theme} notes`)));
        await clickFirst(popup, 'button[aria-controls="lede-appearance"]');
        found.push(...(await audit(popup, `popup ${theme} appearance`)));
        await clickFirst(popup, 'button[aria-controls="lede-appearance"]');
        const { reader } = await openTabReaderOn(ctx, url, f.title);
        await waitForNotes(reader);
        found.push(...(await audit(reader, `tab ${theme}`)));
        await reader.close();
      }
      await setTheme(popup, 'system');
      const home = await openReaderOn(ctx, ctx.server.urlOf('news-home'));
      await waitForNotArticle(home.popup);
      found.push(...(await audit(home.popup, 'not-article')));
      writeFileSync(join(ROOT, 'test/e2e/output/axe.json'), JSON.stringify(found, null, 2));
      const bad = found.filter((v) => v.impact === 'serious' || v.impact === 'critical');
      for (const v of found)
        console.log(`      axe ${v.impact} ${v.id} ×${v.nodes} (${v.where}) ${v.example} ${v.summary}`);
      assert.deepEqual(bad, [], 'no serious or critical axe violations');
    },
  },
];
