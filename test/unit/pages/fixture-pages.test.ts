/**
 * The core pipeline on the project's own fixture pages (test/fixtures/pages/NAME/source.html), checked
 * against each page's expected.json: the same spec the end-to-end tests hold the extension to.
 * Parsed with jsdom, the most browser-like DOM available in Node.
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import createDOMPurify from 'dompurify';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { loadGazetteer } from '../../../src/core/knowledge';
import { readDocument } from '../../../src/core/read';

const PAGES = resolve(__dirname, '../../fixtures/pages');
/** Fixture pages do not name a host; any will do, as long as the path is the page's own. */
const HOST = 'https://kestrelbaychronicle.example';

interface Expected {
  path: string;
  isArticle: boolean;
  title?: string;
  byline?: string;
  published?: string;
  siteName?: string;
  lang?: string;
  firstParagraph?: string;
  lastParagraph?: string;
  mustInclude?: string[];
  mustExclude?: string[];
  notes?: { places: string[]; groups: string[] };
  forbiddenInReader?: {
    elements: string[];
    attributePrefixes: string[];
    urlSchemes: string[];
    clobberNames: string[];
  };
}

const fixtures = readdirSync(PAGES, { withFileTypes: true })
  .filter((d) => d.isDirectory() && existsSync(join(PAGES, d.name, 'expected.json')))
  .map((d) => ({
    name: d.name,
    html: readFileSync(join(PAGES, d.name, 'source.html'), 'utf8').replaceAll(
      '__FIXTURE_ORIGIN__',
      'http://127.0.0.1:9',
    ),
    expected: JSON.parse(readFileSync(join(PAGES, d.name, 'expected.json'), 'utf8')) as Expected,
  }));

function read(html: string, url: string) {
  // No scripts run: jsdom's default. The page's own scripts are part of what the pipeline must ignore.
  const { window } = new JSDOM(html, { url });
  const purify = createDOMPurify(window as unknown as Window & typeof globalThis);
  return readDocument(window.document, { url, purify, gazetteer: loadGazetteer() });
}

const norm = (s: string) => s.replace(/\s+/g, ' ').trim();
/** Browsers ignore whitespace and control characters inside a URL scheme (`jav\tascript:`). */
const stripControls = (s: string) => [...s].filter((c) => c.charCodeAt(0) > 0x20).join('');

it('has the fixture pages the tests rely on', () => {
  expect(fixtures.map((f) => f.name)).toEqual(
    expect.arrayContaining(['wp-news-article', 'news-home', 'hostile-article']),
  );
});

describe.each(fixtures)('$name', ({ html, expected: e }) => {
  const result = read(html, HOST + e.path);

  it(`is ${e.isArticle ? '' : 'not '}detected as an article`, () => {
    expect(result.detection.isArticle).toBe(e.isArticle);
  });

  if (!e.isArticle) return;

  it('has the title, byline, date, site and language', () => {
    const a = result.article!;
    expect(a.title).toBe(e.title);
    if (e.byline) expect(a.byline).toContain(e.byline);
    if (e.published) expect(a.published && Date.parse(a.published)).toBe(Date.parse(e.published));
    if (e.siteName) expect(a.siteName).toBe(e.siteName);
    if (e.lang) expect(a.lang?.toLowerCase()).toBe(e.lang.toLowerCase());
  });

  it('keeps the whole story, first paragraph to last', () => {
    const text = norm(result.article!.text);
    for (const s of [e.firstParagraph, e.lastParagraph, ...(e.mustInclude ?? [])].filter(
      Boolean,
    ) as string[]) {
      expect(text).toContain(s);
    }
    expect(text.indexOf(e.firstParagraph!)).toBeLessThan(text.indexOf(e.lastParagraph!));
  });

  if (e.mustExclude) {
    it('drops the clutter around the story', () => {
      const text = norm(result.article!.text);
      expect(e.mustExclude!.filter((s) => text.includes(s))).toEqual([]);
    });
  }

  if (e.notes) {
    it('has notes on the places and groups the story names', () => {
      const names = result.notes.flatMap((n) => [n.name, ...n.aliases]);
      const places = result.notes.filter((n) => n.kind === 'place').flatMap((n) => [n.name, ...n.aliases]);
      const groups = result.notes.filter((n) => n.kind === 'group').flatMap((n) => [n.name, ...n.aliases]);
      expect(names.length).toBeGreaterThan(0);
      expect(e.notes!.places.filter((p) => places.some((n) => n.includes(p))).length).toBeGreaterThanOrEqual(
        2,
      );
      expect(e.notes!.groups.filter((g) => groups.some((n) => n.includes(g))).length).toBeGreaterThanOrEqual(
        2,
      );
    });
  }

  if (e.forbiddenInReader) {
    it('sanitises every injection vector out of the article HTML', () => {
      const f = e.forbiddenInReader!;
      const { document } = new JSDOM(`<body>${result.article!.html}</body>`).window;
      const all = [...document.body.querySelectorAll('*')];
      expect(all.filter((el) => f.elements.includes(el.localName)).map((el) => el.localName)).toEqual([]);
      const badAttrs = all.flatMap((el) =>
        [...el.attributes]
          .filter(
            (a) =>
              f.attributePrefixes.some((p) => a.name.toLowerCase().startsWith(p)) ||
              f.urlSchemes.some((s) => stripControls(a.value).toLowerCase().startsWith(s)) ||
              ((a.name === 'id' || a.name === 'name') && f.clobberNames.includes(a.value)),
          )
          .map((a) => `<${el.localName} ${a.name}="${a.value.slice(0, 40)}">`),
      );
      expect(badAttrs).toEqual([]);
      expect(result.article!.html).not.toMatch(/expression\s*\(|javascript:|vbscript:/i);
    });
  }
});
