/**
 * A single-page app moves to the next story in the same document: the second extraction must read the
 * meta tags and JSON-LD the app wrote, not what an earlier run saw.
 */
import { describe, expect, it } from 'vitest';
import { nodePurifier, parseDocument } from '../../../src/cli/node-dom';
import { extract } from '../../../src/core/extract';

const para = (topic: string, i: number) =>
  `<p>Paragraph ${i} of the report on ${topic} gives the council's reasons, the cost of the work, the ` +
  `objections raised at the public meeting and what residents said afterwards about the plan.</p>`;

function story(doc: Document, title: string, date: string, topic: string): void {
  for (const m of Array.from(doc.querySelectorAll('meta[property="og:title"], meta[name="sailthru.date"]')))
    m.remove();
  const og = doc.createElement('meta');
  og.setAttribute('property', 'og:title');
  og.setAttribute('content', title);
  const pub = doc.createElement('meta');
  // A date tag only Lede reads (not Readability), so the answer depends on Lede's own meta index.
  pub.setAttribute('name', 'sailthru.date');
  pub.setAttribute('content', date);
  doc.head.append(og, pub);
  doc.title = `${title} | Valley Courier`;
  const main = doc.querySelector('main')!;
  main.innerHTML = `<article><h1>${title}</h1>${[1, 2, 3, 4, 5, 6].map((i) => para(topic, i)).join('')}</article>`;
}

describe('extraction on a single-page app', () => {
  it('reads the meta tags again after the app changes them', () => {
    const doc = parseDocument(
      '<!doctype html><html><head><title>x</title></head><body><main></main></body></html>',
      'https://courier.example/news/1',
    );
    const purify = nodePurifier();
    story(doc, 'Ferry pier to be rebuilt in stone', '2026-03-02T08:00:00Z', 'the pier');
    const first = extract(doc, { purify });
    story(doc, 'Library opens on Sundays from May', '2026-03-05T09:30:00Z', 'the library');
    const second = extract(doc, { purify });
    expect(first?.title).toBe('Ferry pier to be rebuilt in stone');
    expect(second?.title).toBe('Library opens on Sundays from May');
    expect(second?.published?.slice(0, 10)).toBe('2026-03-05');
  });
});
