/** Title and date choices between metadata and what the page shows, on pages we write here. */
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { headlineTitle } from '../../../src/core/extract/metadata/headline-title';
import { earlierPrintedDate } from '../../../src/core/extract/metadata/printed-date';
import { urlDate } from '../../../src/core/extract/published';
import { parseVisibleDate } from '../../../src/core/extract/visible-date';

const page = (head: string, body = '', url?: string): Document => {
  const doc = parseHTML(`<!doctype html><html><head>${head}</head><body>${body}</body></html>`)
    .document as unknown as Document;
  if (url) Object.defineProperty(doc, 'URL', { value: url });
  return doc;
};

describe('visible headline over a search title', () => {
  const head = (og: string, tw: string) =>
    `<title>Cheap Ferry Tickets 2026 | Harbour Guide</title><meta property="og:title" content="${og}">` +
    `<meta name="twitter:title" content="${tw}">`;
  const h1 = '<h1>Cheap Ferry Tickets We Found in 2026</h1>';

  it('takes the <h1> when every title field tells the same other title', () => {
    const doc = page(head('Cheap Ferry Tickets 2026', 'Cheap Ferry Tickets 2026'), h1);
    expect(headlineTitle(doc, 'Cheap Ferry Tickets 2026')).toBe('Cheap Ferry Tickets We Found in 2026');
  });

  it('keeps the metadata title when the fields disagree among themselves', () => {
    const doc = page(head('Cheap Ferry Tickets 2026', 'Cheap Ferry Tickets We Found in 2026'), h1);
    expect(headlineTitle(doc, 'Cheap Ferry Tickets 2026')).toBe('Cheap Ferry Tickets 2026');
  });

  it('keeps it when the <h1> is about something else, or there are several', () => {
    const same = head('Cheap Ferry Tickets 2026', 'Cheap Ferry Tickets 2026');
    expect(headlineTitle(page(same, '<h1>Harbour Guide travel desk</h1>'), 'Cheap Ferry Tickets 2026')).toBe(
      'Cheap Ferry Tickets 2026',
    );
    expect(headlineTitle(page(same, `<h1>Harbour Guide</h1>${h1}`), 'Cheap Ferry Tickets 2026')).toBe(
      'Cheap Ferry Tickets 2026',
    );
  });

  it('keeps a lone <title>, as Readability does', () => {
    const doc = page('<title>Cheap Ferry Tickets 2026</title>', h1);
    expect(headlineTitle(doc, 'Cheap Ferry Tickets 2026')).toBe('Cheap Ferry Tickets 2026');
  });
});

describe('printed date earlier than the metadata', () => {
  const head =
    '<script type="application/ld+json">{"@type":"Article","datePublished":"2025-09-01T08:00:00Z"}</script>';
  const body = (line: string) => `<h1>Lighthouse keepers meet again</h1><p>${line}</p><p>Story text.</p>`;

  it('takes the printed day when it is earlier', () => {
    expect(earlierPrintedDate(page(head, body('March 2, 2022')), '2025-09-01T08:00:00.000Z')).toBe(
      '2022-03-02',
    );
  });

  it('keeps the metadata when the printed day is later, an update, or the same day elsewhere', () => {
    const at = '2025-09-01T08:00:00.000Z';
    expect(earlierPrintedDate(page(head, body('October 3, 2025')), at)).toBe(at);
    expect(earlierPrintedDate(page(head, body('Updated March 2, 2022')), at)).toBe(at);
    expect(earlierPrintedDate(page(head, body('August 31, 2025')), at)).toBe(at);
  });
});

describe('dates the page files or glues', () => {
  it('reads a full date from the address, not a month alone', () => {
    expect(urlDate(page('', '', 'https://blog.example/2024/02/18/post'))).toBe('2024-02-18');
    expect(urlDate(page('', '', 'https://blog.example/posts/2024-2-8-post'))).toBe('2024-02-08');
    expect(urlDate(page('', '', 'https://blog.example/2024/02/post'))).toBeNull();
  });

  it.each([
    ['Ana KimDecember 17, 2025TLDR', '2025-12-17'],
    ['Saturday20 December, 2025', '2025-12-20'],
    ['Lena Voss TeamFeb 16, 2026Global markets', '2026-02-16'],
    ['the 3rd of nothing, March 3rd 2024', '2024-03-03'],
  ])('%j', (text, iso) => expect(parseVisibleDate(text)).toBe(iso));
});
