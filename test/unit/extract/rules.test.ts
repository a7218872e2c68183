/** The pure pieces of the cleaning stage and of metadata reading, on inputs we write here. */
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { cleanByline } from '../../../src/core/extract/byline';
import { toIsoDate } from '../../../src/core/extract/dates';
import { isBoilerplate, isShareRow } from '../../../src/core/extract/post/drop-boilerplate';
import { isMetaLine } from '../../../src/core/extract/post/drop-meta-lines';
import { isDetachedCaption } from '../../../src/core/extract/post/mark-detached-captions';
import { bestFromSrcset, isJunkImage } from '../../../src/core/extract/prepare/lazy-images';
import { classTokens } from '../../../src/core/extract/rules/class-vocabulary';
import { isTeaserHeading } from '../../../src/core/extract/rules/teaser-headings';
import { blockText } from '../../../src/core/extract/text';
import { decodeEntities, stripSiteName } from '../../../src/core/extract/title';
import { parseVisibleDate } from '../../../src/core/extract/visible-date';

const el = (html: string): Element => {
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  return document.body.firstElementChild as unknown as Element;
};

describe('printed dates', () => {
  it.each([
    ['Published December 12, 2025 at 9:00', '2025-12-12'],
    ['Dec. 3rd 2025', '2025-12-03'],
    ['12. März 2026', '2026-03-12'],
    ['5 de março de 2024', '2024-03-05'],
    ['7 декабря 2023 г.', '2023-12-07'],
    ['2025년 1월 9일', '2025-01-09'],
    ['2025年1月9日', '2025-01-09'],
    ['14.02.2026', '2026-02-14'],
    ['25/12/2025', '2025-12-25'],
    ['Thu, 09/25/2025 - 11:38', '2025-09-25'],
  ])('%s', (text, iso) => expect(parseVisibleDate(text)).toBe(iso));

  it('refuses what is not a date', () => {
    expect(parseVisibleDate('Call 555 1234 today')).toBeNull();
    expect(parseVisibleDate('13/13/2025')).toBeNull();
  });

  it('keeps the instant of a date with an offset', () => {
    expect(toIsoDate('2026-05-02T18:20:00+01:00')).toBe('2026-05-02T17:20:00.000Z');
    expect(toIsoDate('20240131')).toBe('2024-01-31T00:00:00.000Z');
  });
});

describe('bylines', () => {
  it.each([
    ['By Jane Doe', 'Jane Doe'],
    ['by Lucas Nolan 22 Dec 2016', 'Lucas Nolan'],
    ['Von Lene Harmsdorf', 'Lene Harmsdorf'],
    ['Jane Doe | Staff writer', 'Jane Doe'],
    ['Jane Doe jane@example.com', 'Jane Doe'],
  ])('%s', (raw, name) => expect(cleanByline(raw)).toBe(name));

  it('refuses labels that are not names', () => {
    for (const raw of ['By', 'Author', 'Full Bio', 'https://example.com/u/jane', 'Sunday'])
      expect(cleanByline(raw)).toBeNull();
  });
});

describe('titles', () => {
  it('cuts the site name off either end and keeps inner separators', () => {
    expect(stripSiteName('Rates rise again: what it means | The Daily Ledger', 'The Daily Ledger')).toBe(
      'Rates rise again: what it means',
    );
    expect(stripSiteName('Daily Ledger - Rates rise again', null, 'www.dailyledger.example')).toBe(
      'Rates rise again',
    );
    expect(stripSiteName('Rates rise - and fall', 'The Daily Ledger')).toBe('Rates rise - and fall');
  });

  it('decodes double-encoded entities', () => {
    expect(decodeEntities('Tom&amp;#8217;s &#8211; Q&#038;A')).toBe('Tom’s – Q&A');
  });
});

describe('line rules', () => {
  it('knows boilerplate in several languages, and leaves prose alone', () => {
    for (const t of [
      'Advertisement',
      'Baca juga: Banjir di hulu',
      'Читайте также: новости',
      '関連記事',
      'Leia também: outra',
      'Image copyright Agency',
    ])
      expect(isBoilerplate(t), t).toBe(true);
    expect(
      isBoilerplate(
        'The council said the newsletter it sends to residents would now come out monthly, not weekly, to save paper.',
      ),
    ).toBe(false);
    expect(isShareRow('Facebook Twitter Email')).toBe(true);
    expect(isShareRow('Facebook bought the company')).toBe(false);
  });

  it('knows teaser headings', () => {
    expect(isTeaserHeading('more from ashcombe')).toBe(true);
    expect(isTeaserHeading('baca juga')).toBe(true);
    expect(isTeaserHeading('you may also like')).toBe(true);
    expect(isTeaserHeading('how the gauge works')).toBe(false);
  });

  it('knows meta lines', () => {
    expect(isMetaLine('Published 7:45 AM GMT Apr 21, 2026', [])).toBe(true);
    expect(isMetaLine('By Tobias Renwick', [])).toBe(true);
    expect(isMetaLine('5 min read', [])).toBe(true);
    expect(isMetaLine('Vale Gazette', ['vale gazette'])).toBe(true);
    expect(isMetaLine('On April 21, 2026 the orchards froze for the third night running.', [])).toBe(false);
  });

  it('knows captions written as paragraphs', () => {
    expect(isDetachedCaption('Protesters outside the hall (Image: Agency)')).toBe(true);
    expect(isDetachedCaption('Image 1 of 9')).toBe(true);
    expect(isDetachedCaption('The minister told Reuters the plan would go ahead.')).toBe(false);
  });
});

describe('images and class names', () => {
  it('picks the largest srcset candidate', () => {
    expect(bestFromSrcset('a.jpg 400w, b.jpg 1200w, c.jpg 800w')).toBe('b.jpg');
    expect(bestFromSrcset('a.jpg 1x, b.jpg 2x')).toBe('b.jpg');
  });

  it('calls pixels and icons junk, photos not', () => {
    expect(isJunkImage(el('<img src="https://x.example/p.gif" width="1" height="1">'))).toBe(true);
    expect(isJunkImage(el('<img src="https://x.example/icons/print.png" width="16" height="16">'))).toBe(
      true,
    );
    expect(isJunkImage(el('<img src="https://x.example/photo.jpg" width="800" height="600">'))).toBe(false);
  });

  it('tokenises camelCase, kebab and snake case, with pairs', () => {
    expect(classTokens(el('<div class="relatedStories share_bar" id="main-col"></div>'))).toEqual(
      expect.arrayContaining(['related', 'stories', 'related-stories', 'share', 'bar', 'main-col']),
    );
  });
});

describe('plain text', () => {
  it('separates blocks by blank lines and leaves captions and repeated pull quotes out', () => {
    const root = el(
      '<div><h2>Head</h2><p>One <b>two</b> three four five six.</p><figure><img src="a.jpg"><figcaption>Cap</figcaption></figure><blockquote><p>One two three four five six.</p></blockquote><ul><li>A</li><li>B</li></ul></div>',
    );
    expect(blockText(root)).toBe('Head\n\nOne two three four five six.\n\nA\n\nB');
  });
});
