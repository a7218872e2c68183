/** The visible headline against the title fields, on pages we write here. */
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { headingText } from '../../../src/core/extract/metadata/heading-text';
import { headlineTitle } from '../../../src/core/extract/metadata/headline-title';
import { readMetadata } from '../../../src/core/extract/metadata';
import { titleFromDocument } from '../../../src/core/extract/title';
import { isMangledCopy } from '../../../src/core/extract/metadata/mangled-copy';

const page = (head: string, body = ''): Document =>
  parseHTML(`<!doctype html><html><head>${head}</head><body>${body}</body></html>`)
    .document as unknown as Document;

const og = (t: string): string => `<meta property="og:title" content="${t}">`;
const ld = (t: string): string =>
  `<script type="application/ld+json">{"@type":"NewsArticle","headline":"${t}"}</script>`;

describe('heading text', () => {
  it('puts a space where a <br> or a block child breaks the line', () => {
    const doc = page(
      '',
      '<h1>Night trains return<br>to the valley</h1><h2><div>Sleepers</div><p>again</p></h2>',
    );
    expect(headingText(doc.querySelector('h1')!)).toBe('Night trains return to the valley');
    expect(headingText(doc.querySelector('h2')!)).toBe('Sleepers again');
  });

  it('joins inline children as written', () => {
    const doc = page('', '<h1>Night <em>trains</em>’ return, <a href="/x">again</a></h1>');
    expect(headingText(doc.querySelector('h1')!)).toBe('Night trains’ return, again');
  });

  it('reads the headline that the fields all replace with a search title with its line break as a space', () => {
    const head = '<title>Valley sleeper trains 2026 | Valley Post</title>' + og('Valley sleeper trains 2026');
    const doc = page(
      head + ld('Valley sleeper trains 2026'),
      '<h1>Sleeper trains<br>return to the valley</h1>',
    );
    expect(headlineTitle(doc, 'Valley sleeper trains 2026')).toBe('Sleeper trains return to the valley');
  });
});

describe('the <h1> read where no title field tells the headline', () => {
  const body = '<h1>Night trains return<br>to the valley line</h1><p>Story.</p>';

  it('from a <title> too short to be a headline', () => {
    expect(titleFromDocument(page('<title>Valley Post</title>', body))).toBe(
      'Night trains return to the valley line',
    );
  });

  it('from a page with no title at all', () => {
    expect(readMetadata(page('', body)).title).toBe('Night trains return to the valley line');
  });
});

describe('copies of the one headline', () => {
  it('count as one <h1>', () => {
    const head = '<title>Valley sleeper trains 2026 | Valley Post</title>' + og('Valley sleeper trains 2026');
    const copy = '<h1>Sleeper trains return to the valley</h1>';
    const doc = page(head, `<div class="small">${copy}</div><div class="large">${copy}</div>`);
    expect(headlineTitle(doc, 'Valley sleeper trains 2026')).toBe('Sleeper trains return to the valley');
  });
});

describe('the <title> and the <h1> tell the same headline', () => {
  const h1 = '<h1>Night trains return to the valley</h1>';

  it('takes the <h1> over a different og:title', () => {
    const doc = page(
      '<title>Night trains return to the valley | Valley Post</title>' + og('Rail firm revives sleepers'),
      h1,
    );
    expect(headlineTitle(doc, 'Rail firm revives sleepers')).toBe('Night trains return to the valley');
  });

  it('takes it over a JSON-LD headline that alone tells another', () => {
    const head =
      '<title>Valley Post - Night trains return to the valley</title>' +
      og('Night trains return to the valley');
    const doc = page(head + ld('Timetables'), h1);
    expect(headlineTitle(doc, 'Timetables')).toBe('Night trains return to the valley');
  });

  it('not when the <h1> is the site-name part of <title>, before or after the headline', () => {
    const story = 'Sleeper service is back on the valley line';
    for (const t of [`${story} — Notes From Upriver`, `Notes From Upriver | ${story}`]) {
      const doc = page(`<title>${t}</title>` + og('Sleepers are back'), '<h1>Notes From Upriver</h1>');
      expect(headlineTitle(doc, 'Sleepers are back')).toBe('Sleepers are back');
    }
  });

  it('not when <title> also tells the metadata title', () => {
    const head = '<title>Rail firm revives sleepers - Night trains return to the valley</title>';
    const doc = page(head + og('Rail firm revives sleepers'), h1);
    expect(headlineTitle(doc, 'Rail firm revives sleepers')).toBe('Rail firm revives sleepers');
  });
});

describe('the same headline in other typography or a mangled copy', () => {
  const head = (t: string): string => `<title>${t} | Valley Post</title>${og(t)}`;

  it('keeps the metadata spelling when only punctuation or a possessive differs', () => {
    const t = 'Valley Post’s night trains: what changes in May';
    const doc = page(head(t), '<h1>Valley Post night trains - what changes in May</h1>');
    expect(headlineTitle(doc, t)).toBe(t);
  });

  it('keeps the metadata title when the <h1> shows "?" where it has other characters', () => {
    const t = 'Café owners welcome the night train’s return';
    const doc = page(head(t), '<h1>Caf? owners welcome the night train? return</h1>');
    expect(headlineTitle(doc, t)).toBe(t);
  });

  it('tells a mangled copy from a headline that asks a question', () => {
    expect(isMangledCopy('A Beginner? Guide to night trains', 'A Beginner’s Guide to night trains')).toBe(
      true,
    );
    expect(isMangledCopy('Caf\uFFFD timetables', 'Café timetables')).toBe(true);
    expect(isMangledCopy('Are night trains back?', 'Are night trains back?')).toBe(false);
    expect(isMangledCopy('Are night trains back? Yes', 'Night trains are back')).toBe(false);
    expect(isMangledCopy('Night trains return', 'Night trains return!')).toBe(false);
  });
});
