/**
 * The popup as the toolbar button opens it: no tab id in its address, so it reads the active tab.
 * (action.openPopup stands in for the click; the test copy's host permission stands in for activeTab.)
 */
import assert from 'node:assert/strict';
import { readToolbarPopup } from '../lib/reader.mjs';

/** @type {import('../lib/suite.mjs').E2ETest[]} */
export default [
  {
    name: 'the toolbar popup reads the active tab',
    async run(ctx) {
      const f = ctx.server.fixtures.get('wp-news-article');
      const shown = await readToolbarPopup(ctx, ctx.server.urlOf('wp-news-article'), f.title);
      assert.ok(
        shown.popupUrl.endsWith('/popup/index.html'),
        `the real popup page, not a tab (${shown.popupUrl})`,
      );
      assert.ok(shown.paragraphs.includes(f.firstParagraph), 'the first paragraph is shown');
      assert.ok(shown.paragraphs.includes(f.lastParagraph), 'the last paragraph is shown');
    },
  },
];
