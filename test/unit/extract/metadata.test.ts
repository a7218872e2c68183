/** Metadata pieces on inputs we write here: byline cleaning, <title> reading, dates, JSON-LD and meta tags. */
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { cleanByline, cleanMarkedByline, joinNames } from '../../../src/core/extract/byline';
import { isPersonName, printedByline } from '../../../src/core/extract/dom-byline';
import { findArticleLd, ldText, readJsonLd } from '../../../src/core/extract/jsonld';
import { metaTag } from '../../../src/core/extract/meta-tags';
import { domPublished, readPublished } from '../../../src/core/extract/published';
import { titleFromDocument } from '../../../src/core/extract/title';
import { parseVisibleDate } from '../../../src/core/extract/visible-date';

const page = (head: string, body = ''): Document =>
  parseHTML(`<!doctype html><html><head>${head}</head><body>${body}</body></html>`)
    .document as unknown as Document;

describe('byline cleaning', () => {
  it.each([
    ['By\n\t\tJane Doe', 'Jane Doe'],
    ['Written by Ola Brekke\n      Edited by Sam Ferris', 'Ola Brekke'],
    ['By Mira  Castell, MA\n      Coastal Health News', 'Mira Castell, MA'],
    ['by Tomas Reyl14 Mar 2025318', 'Tomas Reyl'],
    ['Hana Moss (https://hana.example/about/)', 'Hana Moss'],
    ['Jon Ellery Monday, February 3, 2025', 'Jon Ellery'],
    ['Ruth Vale\n   March 2, 2025 4:10 PM', 'Ruth Vale'],
  ])('%j', (raw, name) => expect(cleanByline(raw)).toBe(name));

  it('refuses dates and time labels', () => {
    for (const raw of [
      'Last Updated: January 7, 2025',
      'April 28, 2025 at 6:01 am Updated April 29',
      'Updated',
    ])
      expect(cleanByline(raw)).toBeNull();
  });

  it('refuses what author markup holds besides names', () => {
    for (const raw of [
      'Sign In',
      'Author Spotlight',
      'Researched by',
      'Senior Rail Reporter',
      'Sat',
      'Jun 2 Written By',
      'page.head.author',
    ])
      expect(cleanMarkedByline(raw), raw).toBeNull();
    expect(cleanMarkedByline('Our Harbour Staff')).toBe('Our Harbour Staff');
  });

  it('joins several authors as a byline reads, in English only', () => {
    expect(joinNames(['Ada Lenz', 'Bo Rask'])).toBe('Ada Lenz and Bo Rask');
    expect(joinNames(['Ada Lenz', 'Bo Rask', 'Cy Mott'], 'en-GB')).toBe('Ada Lenz, Bo Rask, and Cy Mott');
    expect(joinNames(['Ada Lenz', 'Bo Rask'], 'de')).toBe('Ada Lenz, Bo Rask');
  });

  it('tells personal names from other short lines', () => {
    expect(isPersonName('Wen Halloran and Iris de Wit')).toBe(true);
    expect(isPersonName('read more about our tools')).toBe(false);
  });

  it('reads a printed byline after the headline, with or without a label element', () => {
    const inline = page('', '<h1>Ferry fares rise</h1><p>By <a href="/p/x">Kira Dunmore</a></p><p>Text.</p>');
    expect(printedByline(inline, null)).toBe('Kira Dunmore');
    const label = page(
      '',
      '<h1>Ferry fares rise</h1><div><span>Written by</span><span>Kira Dunmore</span></div>',
    );
    expect(printedByline(label, null)).toBe('Kira Dunmore');
    const prose = page('', '<h1>Ferry fares rise</h1><p>By the end of the year fares will rise again.</p>');
    expect(printedByline(prose, null)).toBeNull();
  });
});

describe('<title> without metadata', () => {
  const titled = (title: string, body = ''): Document => page(`<title>${title}</title>`, body);
  it.each([
    ['Canal boats return to the old basin – Town Notes', 'Canal boats return to the old basin'],
    [
      'Evolve: Shared Mutable History — the evolve manual',
      'Evolve: Shared Mutable History — the evolve manual',
    ],
    ['Short one | Site', 'Short one | Site'],
  ])('%j', (title, expected) => expect(titleFromDocument(titled(title))).toBe(expected));
});

describe('published dates', () => {
  it.each([
    ['2023 Jan 7', '2023-01-07'],
    ['20 December, 2025', '2025-12-20'],
    ['September 1st, 2023', '2023-09-01'],
  ])('%s', (text, iso) => expect(parseVisibleDate(text)).toBe(iso));

  it('reads meta names that say publication', () => {
    const doc = page('<meta name="x-published-date" content="2026-01-05T10:00:00Z">');
    expect(readPublished(doc, null)).toBe('2026-01-05T10:00:00.000Z');
    const modified = page('<meta name="x-modified-date" content="2026-01-05T10:00:00Z">');
    expect(readPublished(modified, null)).toBeNull();
  });

  it('ignores dates inside tables and finds the dateline above the headline', () => {
    const table = page(
      '',
      '<table><tr><td><span class="published">1998-02-28</span></td></tr></table><h1>x</h1>',
    );
    expect(domPublished(table)).toBeNull();
    const above = page('', '<div><p>Published <b>May 5, 2026</b></p><h1>Orchard news</h1></div><p>Body.</p>');
    expect(domPublished(above)).toBe('2026-05-05');
  });
});

describe('JSON-LD and meta tags', () => {
  it('resolves @id authors and falls back to a dated WebPage', () => {
    const graph = page(
      `<script type="application/ld+json">{"@graph":[{"@type":"Article","author":{"@id":"#p"}},{"@type":"Person","@id":"#p","name":"Lio Vance"}]}</script>`,
    );
    expect(ldText(findArticleLd(readJsonLd(graph))?.author)).toBe('Lio Vance');
    const webpage = page(
      `<script type="application/ld+json">{"@type":"WebPage","datePublished":"2026-03-01"}</script>`,
    );
    expect(findArticleLd(readJsonLd(webpage))?.datePublished).toBe('2026-03-01');
    const bare = page(`<script type="application/ld+json">{"@type":"WebPage","name":"Home"}</script>`);
    expect(findArticleLd(readJsonLd(bare))).toBeNull();
  });

  it('reads the blocks again when a page swaps them', () => {
    const doc = page(`<script type="application/ld+json">{"@type":"Article","headline":"First"}</script>`);
    expect(findArticleLd(readJsonLd(doc))?.headline).toBe('First');
    doc.querySelector('script')!.textContent = '{"@type":"Article","headline":"Second"}';
    expect(findArticleLd(readJsonLd(doc))?.headline).toBe('Second');
  });

  it('reads CDATA-wrapped blocks and space-separated meta names', () => {
    const doc = page(
      `<script type="application/ld+json"><![CDATA[{"@type":"NewsArticle","headline":"H"}]]></script><meta property="dc:title og:title" content="T">`,
    );
    expect(findArticleLd(readJsonLd(doc))?.headline).toBe('H');
    expect(metaTag(doc, 'og:title')).toBe('T');
  });
});
