/** Invisible line-breaking characters in a headline stay out of the title and do not hide its repeat. */
import { describe, expect, it } from 'vitest';
import { nodePurifier, parseDocument } from '../../../src/cli/node-dom';
import { extract } from '../../../src/core/extract';
import { dropInvisibles } from '../../../src/core/extract/dom';

const SHY = '\u00ad';
const story = Array.from(
  { length: 8 },
  (_, i) =>
    `<p>The council of the river town met on a wet evening to settle the question of the old ferry, paragraph ${i + 1}, and the room was full.</p>`,
).join('');

describe('invisible characters in the headline', () => {
  it('drops soft hyphens, zero-width spaces, word joiners and BOMs but keeps zero-width joiners', () => {
    expect(dropInvisibles(`Fer${SHY}ry\u200b town\u2060s\ufeff`)).toBe('Ferry towns');
    expect(dropInvisibles('\u0645\u200c\u06cc \u{1F469}\u200d\u{1F52C}')).toBe(
      '\u0645\u200c\u06cc \u{1F469}\u200d\u{1F52C}',
    );
  });

  it('keep the title readable and let the repeated headline go from the body', () => {
    const title = `River town votes to keep its ferry run${SHY}ning`;
    const doc = parseDocument(
      `<!doctype html><html><head><meta property="og:title" content="${title}"><title>x</title></head>` +
        `<body><article><h2>${title}</h2>${story}</article></body></html>`,
      'https://news.example.test/ferry',
    );
    const article = extract(doc, { purify: nodePurifier() });
    expect(article?.title).toBe('River town votes to keep its ferry running');
    expect(article?.text.startsWith('The council')).toBe(true);
  });
});
