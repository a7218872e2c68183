import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { detect, detectionFeatures, FEATURE_NAMES } from '../../../src/core/detect/index';
import weights from '../../../src/core/detect/weights.json';

const DIR = join(__dirname, '../../fixtures/detect');
interface Expectation {
  url: string;
  isArticle: boolean;
  isNews: boolean;
}
const EXPECTED = JSON.parse(readFileSync(join(DIR, 'expected.json'), 'utf8')) as Record<string, Expectation>;

function load(file: string): Document {
  return parseHTML(readFileSync(join(DIR, file), 'utf8')).document as unknown as Document;
}

/** The page as a site without structured data would serve it: no JSON-LD, no OpenGraph/article meta. */
function withoutStructuredData(file: string): Document {
  const doc = load(file);
  for (const el of Array.from(doc.querySelectorAll('script[type="application/ld+json"], meta[property]')))
    el.remove();
  return doc;
}

describe('detect on fixture pages', () => {
  for (const [file, want] of Object.entries(EXPECTED)) {
    it(`${file}: article ${want.isArticle}, news ${want.isNews}`, () => {
      const d = detect(load(file), want.url);
      expect(d.isArticle).toBe(want.isArticle);
      expect(d.isNews).toBe(want.isNews);
      expect(d.score).toBeGreaterThanOrEqual(0);
      expect(d.score).toBeLessThanOrEqual(1);
      expect(d.score >= 0.5).toBe(want.isArticle);
    });
  }

  it('explains itself: signals carry ids, weights and readable notes, strongest first', () => {
    const d = detect(load('news-article.html'), EXPECTED['news-article.html']!.url);
    const model = d.signals.filter((s) => !s.id.startsWith('news:'));
    expect(model.length).toBeGreaterThan(3);
    for (const s of d.signals) {
      expect(s.note.length).toBeGreaterThan(3);
      expect(Number.isFinite(s.weight)).toBe(true);
    }
    const sizes = model.map((s) => Math.abs(s.weight));
    expect(sizes).toEqual([...sizes].sort((a, b) => b - a));
    expect(d.signals.map((s) => s.id)).toEqual(
      expect.arrayContaining(['ld_article', 'news:schema', 'news:dateline']),
    );
  });
});

describe('no single signal decides alone', () => {
  it('an article stripped of JSON-LD and OpenGraph is still an article', () => {
    const full = detect(load('news-article.html'), EXPECTED['news-article.html']!.url);
    const bare = detect(withoutStructuredData('news-article.html'), EXPECTED['news-article.html']!.url);
    expect(bare.isArticle).toBe(true);
    expect(bare.score).toBeGreaterThan(0.7);
    expect(bare.score).toBeLessThanOrEqual(full.score);
    // The dateline and the byline with a date still mark it as news.
    expect(bare.isNews).toBe(true);
  });

  it('an article with neither structured data nor a URL is still an article', () => {
    expect(detect(withoutStructuredData('news-article.html'), null).isArticle).toBe(true);
    expect(detect(load('blog-essay.html'), null).isArticle).toBe(true);
  });

  it('a Chinese-language post is long enough to read, with or without its URL', () => {
    // 400-odd Han characters: under 500 in raw characters, but about as much text as a 900-character English post.
    expect(detect(load('cjk-essay.html'), null).isArticle).toBe(true);
    expect(detect(load('cjk-essay.html'), null).signals.some((s) => s.id === 'too_short')).toBe(false);
  });

  it('a product page stripped of structured data is still not an article', () => {
    const d = detect(withoutStructuredData('product-page.html'), EXPECTED['product-page.html']!.url);
    expect(d.isArticle).toBe(false);
  });

  it('an Article type pasted onto a home page does not make it an article', () => {
    const doc = load('home-page.html');
    const ld = doc.createElement('script');
    ld.setAttribute('type', 'application/ld+json');
    ld.textContent = JSON.stringify({ '@type': 'NewsArticle', headline: 'x', datePublished: '2025-03-14' });
    doc.head.appendChild(ld);
    const d = detect(doc, EXPECTED['home-page.html']!.url);
    expect(d.isArticle).toBe(false);
  });

  it('a near-empty page is never an article, whatever its metadata says', () => {
    const html = `<html><head><meta property="og:type" content="article">
      <meta property="article:published_time" content="2025-01-01T00:00:00Z">
      <script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2025-01-01"}</script>
      </head><body><article><h1>Council meets on Thursday about the harbour</h1>
      <p>The council meets on Thursday. More to follow as the meeting goes on.</p></article></body></html>`;
    const d = detect(
      parseHTML(html).document as unknown as Document,
      'https://news.example/2025/01/01/council-meets-on-thursday/',
    );
    expect(d.isArticle).toBe(false);
    expect(d.signals[0]?.id).toBe('too_short');
  });

  it('reads a saved server-rendered page whose content waits under a hidden root', () => {
    const html = readFileSync(join(DIR, 'blog-essay.html'), 'utf8').replace(
      '<div class="wrapper">',
      '<div id="app-root" hidden><div class="wrapper">',
    );
    const doc = parseHTML(html.replace('</body>', '</div></body>')).document as unknown as Document;
    expect(detect(doc, EXPECTED['blog-essay.html']!.url).isArticle).toBe(true);
  });

  it('caps every contribution so that one feature cannot move the score alone', () => {
    const d = detect(load('product-page.html'), EXPECTED['product-page.html']!.url);
    const cap = (weights as { maxContribution?: number }).maxContribution ?? Infinity;
    expect(cap).toBeLessThanOrEqual(3);
    for (const s of d.signals.filter((x) => !x.id.startsWith('news:'))) {
      expect(Math.abs(s.weight)).toBeLessThanOrEqual(cap + 1e-9);
    }
  });
});

describe('purity', () => {
  it('does not change the document', () => {
    for (const file of Object.keys(EXPECTED)) {
      const doc = load(file);
      const before = doc.documentElement.outerHTML;
      detect(doc, EXPECTED[file]!.url);
      expect(doc.documentElement.outerHTML).toBe(before);
    }
  });

  it('gives a finite value for every feature, the same names the weights were fitted on', () => {
    const x = detectionFeatures(load('forum-thread.html'), EXPECTED['forum-thread.html']!.url);
    expect(Object.keys(x).sort()).toEqual([...FEATURE_NAMES].sort());
    for (const v of Object.values(x)) expect(Number.isFinite(v)).toBe(true);
    expect(Object.keys(weights.features).sort()).toEqual([...FEATURE_NAMES].sort());
  });

  it('copes with an empty document and a broken URL', () => {
    const { document } = parseHTML('<html><head></head><body></body></html>');
    const d = detect(document as unknown as Document, 'not a url');
    expect(d.isArticle).toBe(false);
    expect(d.isNews).toBe(false);
  });

  it('ignores broken JSON-LD instead of throwing', () => {
    const doc = load('blog-essay.html');
    const ld = doc.createElement('script');
    ld.setAttribute('type', 'application/ld+json');
    ld.textContent = '{"@type": "Article", oops';
    doc.head.appendChild(ld);
    expect(detect(doc, EXPECTED['blog-essay.html']!.url).isArticle).toBe(true);
  });
});

describe('same verdicts on another DOM', () => {
  it('jsdom (closer to a browser) agrees with linkedom on every fixture', async () => {
    const { JSDOM } = await import('jsdom');
    for (const [file, want] of Object.entries(EXPECTED)) {
      const html = readFileSync(join(DIR, file), 'utf8');
      const fromJsdom = detect(new JSDOM(html, { url: want.url }).window.document, want.url);
      const fromLinkedom = detect(load(file), want.url);
      expect(fromJsdom.isArticle, file).toBe(want.isArticle);
      expect(fromJsdom.isNews, file).toBe(want.isNews);
      expect(Math.abs(fromJsdom.score - fromLinkedom.score), file).toBeLessThan(0.05);
    }
  });
});
