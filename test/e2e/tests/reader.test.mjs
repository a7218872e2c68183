/**
 * The toolbar popup on the fixture pages, in both browsers: the cluttered news story reads cleanly with
 * its notes, the live page is left untouched, and a home page is recognised as not an article.
 */
import assert from 'node:assert/strict';
import {
  clickButton,
  openReaderOn,
  pageFingerprint,
  waitForArticle,
  waitForNotArticle,
  waitForView,
} from '../lib/reader.mjs';

/** @type {import('../lib/suite.mjs').E2ETest[]} */
export default [
  {
    name: 'shows the cluttered news story: title, every part of the text, none of the clutter',
    async run(ctx) {
      const f = ctx.server.fixtures.get('wp-news-article');
      const { popup } = await openReaderOn(ctx, ctx.server.urlOf('wp-news-article'));
      const shown = await waitForArticle(popup, f.title);
      await ctx.screenshot(popup, 'popup-article');
      assert.ok(
        shown.paragraphs.includes(f.firstParagraph),
        'the first paragraph is shown as its own paragraph',
      );
      assert.ok(
        shown.paragraphs.includes(f.lastParagraph),
        'the last paragraph is shown as its own paragraph',
      );
      for (const s of f.mustInclude) assert.ok(shown.text.includes(s), `the story's text includes "${s}"`);
      const clutter = f.mustExclude.filter((s) => shown.text.includes(s));
      assert.deepEqual(clutter, [], 'no clutter from around the story is shown');
      // The story's paragraphs come in the page's order.
      assert.ok(
        shown.text.indexOf(f.firstParagraph) < shown.text.indexOf(f.lastParagraph),
        'first before last',
      );
    },
  },
  {
    name: 'lists notes on the groups and places the story names',
    async run(ctx) {
      const f = ctx.server.fixtures.get('wp-news-article');
      const { popup } = await openReaderOn(ctx, ctx.server.urlOf('wp-news-article'));
      await waitForArticle(popup, f.title);
      const found = (names, shown) => names.filter((n) => shown.notesText.includes(n));
      const shown = await waitForView(
        popup,
        (s) => found(f.notes.places, s).length >= 2 && found(f.notes.groups, s).length >= 2,
        `notes on two of the places (${f.notes.places.join(', ')}) and two of the groups (${f.notes.groups.join(', ')})`,
      );
      await ctx.screenshot(popup, 'popup-notes');
      assert.ok(shown.hasNotesRegion, 'the notes have their own labelled region');
    },
  },
  {
    name: 'never changes the page it reads',
    async run(ctx) {
      const f = ctx.server.fixtures.get('wp-news-article');
      const url = ctx.server.urlOf('wp-news-article');
      const page = await ctx.open(url);
      const before = await page.evaluate(pageFingerprint);
      const tabId = await ctx.driver.tabIdOf(url);
      const popup = await ctx.openExtensionPage(`popup/index.html?tab=${tabId}`);
      await waitForArticle(popup, f.title);
      const after = await page.evaluate(pageFingerprint);
      assert.equal(after.length, before.length, 'the live page has the same markup length after reading');
      assert.ok(after === before, 'the live page is byte for byte the same after reading');
    },
  },
  {
    name: 'says a home page is not an article, and "Show anyway" shows its content',
    async run(ctx) {
      const f = ctx.server.fixtures.get('news-home');
      const { popup } = await openReaderOn(ctx, ctx.server.urlOf('news-home'));
      const shown = await waitForNotArticle(popup);
      await ctx.screenshot(popup, 'popup-not-article');
      const leaked = f.showAnywayIncludesAny.filter((s) => shown.text.includes(s));
      assert.deepEqual(leaked, [], 'before "Show anyway" the page content is not shown');
      await clickButton(popup, 'show anyway');
      const after = await waitForView(
        popup,
        (s) => f.showAnywayIncludesAny.some((x) => s.text.includes(x)),
        'the home page content after "Show anyway"',
      );
      assert.ok(after.h1.length > 0 && after.h1[0].length > 0, 'the forced view has a title');
      assert.ok(!after.buttons.some((b) => /show anyway/i.test(b)), 'the "Show anyway" button is gone');
      await ctx.screenshot(popup, 'popup-show-anyway');
    },
  },
  {
    name: 'reads the story and the home page at a named host, as on a real site',
    async run(ctx) {
      // The detector reads URL shape only on named hosts, and some content-script failures show only there.
      const f = ctx.server.fixtures.get('wp-news-article');
      const { popup } = await openReaderOn(ctx, ctx.server.siteUrlOf('wp-news-article'));
      const shown = await waitForArticle(popup, f.title);
      assert.ok(shown.paragraphs.includes(f.firstParagraph), 'the first paragraph is shown');
      assert.ok(shown.paragraphs.includes(f.lastParagraph), 'the last paragraph is shown');
      const home = await openReaderOn(ctx, ctx.server.siteUrlOf('news-home'));
      await waitForNotArticle(home.popup);
    },
  },
];
