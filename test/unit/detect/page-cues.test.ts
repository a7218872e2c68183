import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { detect, detectionFeatures } from '../../../src/core/detect/index';
import { measureDom } from '../../../src/core/detect/dom-shape';
import { readUrl } from '../../../src/core/detect/url-shape';

const DIR = join(__dirname, '../../fixtures/detect');
const doc = (html: string) => parseHTML(html).document as unknown as Document;
const fixture = (file: string) => doc(readFileSync(join(DIR, file), 'utf8'));
const para = (s: string) => `<p>${s}</p>`;

describe('reader comments under a story are not a forum', () => {
  it('does not count relative times, reply marks or posts inside the comments section', () => {
    const d = measureDom(fixture('blog-with-comments.html'));
    expect(d.agoTexts).toBe(0);
    expect(d.posts).toBe(0);
    expect(d.forumMarks).toBe(0);
  });

  it('still counts them on a forum thread, where they are the page', () => {
    const d = measureDom(fixture('forum-thread.html'));
    expect(d.forumMarks).toBeGreaterThan(3);
  });

  it('calls a blog post with a long comment thread an article', () => {
    const d = detect(
      fixture('blog-with-comments.html'),
      'https://muddyboots.example/three-summers-of-slugs/',
    );
    expect(d.isArticle).toBe(true);
    expect(d.score).toBeGreaterThan(0.8);
  });
});

describe('wording cues read the body of the page', () => {
  it('samples the densest block first, not a notice printed above it', () => {
    const notice = para(
      'We use cookies to improve our services. We and our partners store and access information on your device to offer you our products.',
    );
    const body = Array.from({ length: 5 }, (_, i) =>
      para(
        `The river rose ${i + 2} metres overnight, and the ferry to the island stopped running before dawn on Tuesday.`,
      ),
    ).join('');
    const d = measureDom(
      doc(`<html><body><div class="notice">${notice}</div><main><div>${body}</div></main></body></html>`),
    );
    expect(d.sample.startsWith('The river rose 2 metres')).toBe(true);
    expect(d.sample).toContain('We use cookies');
  });

  it('ends sentences after citation marks and closing quotes', () => {
    const text = Array.from(
      { length: 6 },
      (_, i) =>
        `The bridge was finished in ${1890 + i}.[${i + 1}] It carried trams until the war. “It still stands,” one engineer said.” `,
    ).join('');
    const x = detectionFeatures(doc(`<html><body><div>${para(text)}</div></body></html>`), null);
    expect(x.sentence_words).toBeGreaterThan(4);
    expect(x.sentence_words).toBeLessThan(9);
  });

  it('measures the vocabulary of selling a service', () => {
    const service = detectionFeatures(
      fixture('electrician-service.html'),
      'https://brightwire.example/electricians-harrow-valley/',
    );
    const essay = detectionFeatures(fixture('blog-essay.html'), null);
    expect(service.commercial_words).toBeGreaterThan(6);
    expect(essay.commercial_words).toBeLessThan(2);
  });

  it('does not call a third-person service page with a quote form an article', () => {
    const d = detect(
      fixture('electrician-service.html'),
      'https://brightwire.example/electricians-harrow-valley/',
    );
    expect(d.isArticle).toBe(false);
    expect(d.signals.map((s) => s.id)).toContain('commercial_words');
  });
});

describe('section paths', () => {
  it('reads a listing inside a story section as a listing, not a story', () => {
    expect(readUrl('https://volts.example/magazine/category/electronic-gadgets').articleHint).toBe(false);
    expect(readUrl('https://travel.example/blog/tag/lisbon/').articleHint).toBe(false);
    expect(readUrl('https://volts.example/magazine/article/build-a-tide-clock').articleHint).toBe(true);
    expect(readUrl('https://volts.example/magazine/issues/2024/how-to-build-a-tide-clock').articleHint).toBe(
      true,
    );
  });
});

describe('service paths', () => {
  it('reads "features" as a product page at the end of a path, a magazine section before a slug', () => {
    expect(readUrl('https://app.example/features').service).toBe(true);
    expect(readUrl('https://app.example/services/payroll/').service).toBe(true);
    expect(readUrl('https://reviews.example/dishwashers/features/best-dishwashers-of-the-year').service).toBe(
      false,
    );
  });
});
