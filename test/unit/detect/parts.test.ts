import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { fitLogistic, standardise } from '../../../src/core/detect/logistic-fit';
import { measureDom } from '../../../src/core/detect/dom-shape';
import { boostShapes, shapeValue } from '../../../src/core/detect/shape-boost';
import { readStructured } from '../../../src/core/detect/structured';
import { readUrl } from '../../../src/core/detect/url-shape';

const doc = (html: string) => parseHTML(html).document as unknown as Document;

describe('readUrl', () => {
  it('reads story, listing, product, forum and home shapes', () => {
    const story = readUrl('https://news.example/politics/2024/05/17/senate-passes-the-water-bill/');
    expect(story).toMatchObject({ dated: true, newsHint: true, root: false });
    expect(story.slugWords).toBe(5);
    expect(readUrl('https://blog.example/tag/travel/').listing).toBe(true);
    expect(readUrl('https://shop.example/products/blue-kettle').product).toBe(true);
    expect(readUrl('https://forum.example/t/how-do-i-reset-it/99812').forum).toBe(true);
    expect(readUrl('https://forum.example/t/how-do-i-reset-it/99812').numericId).toBe(true);
    expect(readUrl('https://site.example/en/?utm_source=x').root).toBe(true);
    expect(readUrl('https://site.example/?s=kettles').search).toBe(true);
    expect(readUrl('https://site.example/blog').sectionIndex).toBe(true);
    expect(readUrl('https://site.example/blog/why-we-moved').articleHint).toBe(true);
  });

  it('treats a missing or broken URL as unknown', () => {
    expect(readUrl(null).known).toBe(false);
    expect(readUrl('::').known).toBe(false);
  });
});

describe('readStructured', () => {
  it('finds types inside @graph and arrays, and reads the meta tags', () => {
    const s = readStructured(
      doc(`<html><head>
        <script type="application/ld+json">{"@graph":[{"@type":"WebPage"},{"@type":["NewsArticle"],"datePublished":"2024-01-01"}]}</script>
        <script type="application/ld+json">[{"@type":"BreadcrumbList"}]</script>
        <meta property="og:type" content="Article"><meta property="article:section" content="World">
        </head><body class="single single-post"></body></html>`),
    );
    expect([...s.types]).toEqual(expect.arrayContaining(['WebPage', 'NewsArticle', 'BreadcrumbList']));
    expect(s.ogType).toBe('article');
    expect(s.section).toBe('World');
    expect(s.ldDate).toBe(true);
    expect(s.template.post).toBe(true);
  });
});

describe('measureDom', () => {
  it('finds the block of running text and counts teaser runs', () => {
    const para = '<p>' + 'A sentence of running text that goes on for a while. '.repeat(3) + '</p>';
    const teaser = (i: number) =>
      `<div class="card"><a href="/s${i}"><img src="/i${i}.jpg"><h3>Story ${i}</h3></a></div>`;
    const d = measureDom(
      doc(`<html><body><nav><a href="/">Home</a></nav><main><div class="body">${para.repeat(5)}</div></main>
        <section>${[1, 2, 3, 4].map(teaser).join('')}</section></body></html>`),
    );
    expect(d.longParagraphs).toBe(5);
    expect(d.densestCount).toBe(5);
    expect(d.densestText).toBeGreaterThan(700);
    expect(d.maxTeaserRun).toBe(4);
    expect(d.navLinks).toBe(1);
  });

  it('counts Chinese, Japanese and Korean characters twice, so character thresholds mean the same text', () => {
    const latin = measureDom(doc('<html><body><p>abcdefghij</p></body></html>'));
    const han = measureDom(doc('<html><body><p>山村小学教书第一年</p></body></html>'));
    const kana = measureDom(doc('<html><body><p>ひらがなカタカナ</p></body></html>'));
    expect(latin.textLen).toBe(10);
    expect(han.textLen).toBe(18);
    expect(kana.textLen).toBe(16);
    // A 50-character Chinese paragraph is a paragraph of running text (80 weighted characters or more).
    expect(
      measureDom(doc(`<html><body><p>${'山村小学教书'.repeat(9)}</p></body></html>`)).longParagraphs,
    ).toBe(1);
  });

  it('measures bullet-point text once per outer item and counts FAQ headings', () => {
    const d = measureDom(
      doc(
        '<html><body><h2>What does it cost?</h2><h3>Plans</h3><h3>どうやって申し込む？</h3>' +
          '<ul><li>Fast setup<ul><li>nested</li></ul></li><li>Support</li></ul><p>Plain words.</p></body></html>',
      ),
    );
    expect(d.listText).toBe('Fast setup'.length + 'nested'.length + 'Support'.length);
    expect(d.questionHeadings).toBe(2);
  });

  it('does not count a paragraph twice when a span wraps its text', () => {
    const text = 'Words that make up one paragraph of the story, long enough to count as one. ';
    const d = measureDom(doc(`<html><body><div><p><span>${text.repeat(2)}</span></p></div></body></html>`));
    expect(d.longParagraphs).toBe(1);
    expect(d.densestText).toBeLessThanOrEqual(d.textLen);
  });
});

describe('fitLogistic', () => {
  it('learns the sign and rough size of a planted effect', () => {
    // y depends on the first column only; the second is noise.
    let seed = 7;
    const rnd = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    const X: number[][] = [];
    const y: number[] = [];
    for (let i = 0; i < 400; i++) {
      const a = rnd() * 4 - 2;
      X.push([a, rnd()]);
      y.push(rnd() < 1 / (1 + Math.exp(-3 * a)) ? 1 : 0);
    }
    const { mean, std } = standardise(X);
    const { coef } = fitLogistic(X, y, 1, mean, std);
    expect(coef[0]!).toBeGreaterThan(2);
    expect(Math.abs(coef[1]!)).toBeLessThan(0.5);
  });
});

describe('boostShapes', () => {
  it('finds a threshold that a straight line cannot draw, on the right feature', () => {
    // y is 1 only in the middle band of the first column; the second column is noise.
    let seed = 11;
    const rnd = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    const X: number[][] = [];
    const y: number[] = [];
    for (let i = 0; i < 600; i++) {
      const a = rnd() * 10;
      X.push([a, rnd()]);
      y.push(a > 3 && a < 7 ? (rnd() < 0.9 ? 1 : 0) : rnd() < 0.1 ? 1 : 0);
    }
    const shapes = boostShapes(X, y, new Array<number>(X.length).fill(0), () => true, {
      rounds: 60,
      rate: 0.3,
      l2: 1,
      bins: 20,
      minLeaf: 20,
    });
    const a = shapes[0]!;
    expect(a).not.toBeNull();
    expect(shapeValue(a, 5)).toBeGreaterThan(shapeValue(a, 1) + 1.5);
    expect(shapeValue(a, 5)).toBeGreaterThan(shapeValue(a, 9) + 1.5);
    const noise = shapes[1];
    if (noise) expect(Math.abs(shapeValue(noise, 0.9) - shapeValue(noise, 0.1))).toBeLessThan(0.5);
  });

  it('leaves a feature alone on pages where it is missing', () => {
    const X = [[0], [0], [1], [1]];
    const shapes = boostShapes(X, [0, 0, 1, 1], [0, 0, 0, 0], () => false, {
      rounds: 5,
      rate: 0.5,
      l2: 1,
      bins: 4,
      minLeaf: 1,
    });
    expect(shapes[0]).toBeNull();
  });
});
