/**
 * Extraction on the project's own clutter and recovery fixtures (test/fixtures/extract/NAME/):
 * source.html is a page we wrote, expected.json says what the article must and must not contain.
 * Every rule file of the cleaning stage must be exercised by at least one fixture.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { nodePurifier, parseDocument } from '../../../src/cli/node-dom';
import { extract } from '../../../src/core/extract';

const DIR = resolve(__dirname, '../../fixtures/extract');
const SRC = resolve(__dirname, '../../../src/core/extract');

interface Expected {
  about: string;
  rules: string[];
  url: string;
  title?: string;
  byline?: string | null;
  published?: string | null;
  siteName?: string | null;
  lang?: string | null;
  dir?: string | null;
  leadImage?: string | null;
  firstParagraph?: string;
  lastParagraph?: string;
  textIncludes?: string[];
  textExcludes?: string[];
  htmlIncludes?: string[];
  htmlExcludes?: string[];
  /** Strings the text must contain exactly once (a pull quote is not read twice). */
  textOnce?: string[];
}

const fixtures = readdirSync(DIR, { withFileTypes: true })
  .filter((d) => d.isDirectory() && existsSync(join(DIR, d.name, 'expected.json')))
  .map((d) => ({
    name: d.name,
    html: readFileSync(join(DIR, d.name, 'source.html'), 'utf8'),
    expected: JSON.parse(readFileSync(join(DIR, d.name, 'expected.json'), 'utf8')) as Expected,
  }));

const squash = (s: string): string => s.replace(/\s+/g, ' ');

describe('extract fixtures', () => {
  it('finds the fixtures', () => {
    expect(fixtures.length).toBeGreaterThan(10);
  });

  for (const { name, html, expected } of fixtures) {
    describe(name, () => {
      const article = extract(parseDocument(html, expected.url), { purify: nodePurifier() });
      const paragraphs = article ? article.text.split('\n\n') : [];

      it('extracts an article', () => {
        expect(article).not.toBeNull();
      });

      it('has the expected metadata', () => {
        for (const key of ['title', 'byline', 'published', 'siteName', 'lang', 'dir'] as const) {
          if (expected[key] !== undefined) expect(article?.[key], key).toBe(expected[key]);
        }
        if (expected.leadImage !== undefined)
          expect(article?.leadImage?.src ?? null).toBe(expected.leadImage);
      });

      it('starts and ends with the story', () => {
        if (expected.firstParagraph) expect(paragraphs[0]).toBe(expected.firstParagraph);
        if (expected.lastParagraph) expect(paragraphs[paragraphs.length - 1]).toBe(expected.lastParagraph);
      });

      it('keeps what belongs to the story', () => {
        for (const s of expected.textIncludes ?? []) expect(article?.text, s).toContain(s);
        for (const s of expected.htmlIncludes ?? []) expect(squash(article?.html ?? ''), s).toContain(s);
        for (const s of expected.textOnce ?? []) expect(article?.text.split(s).length, s).toBe(2);
      });

      it('drops what does not (and the page really has it)', () => {
        for (const s of expected.textExcludes ?? []) {
          expect(squash(html), `fixture must contain "${s}"`).toContain(s);
          expect(article?.text, s).not.toContain(s);
        }
        for (const s of expected.htmlExcludes ?? []) expect(squash(article?.html ?? ''), s).not.toContain(s);
      });
    });
  }

  it('covers every rule with a fixture', () => {
    const covered = new Set(fixtures.flatMap((f) => f.expected.rules));
    const rules = ['prepare', 'post', 'recover', 'rules'].flatMap((dir) =>
      readdirSync(join(SRC, dir))
        .filter((f) => f.endsWith('.ts') && f !== 'index.ts' && f !== 'locate.ts')
        .map((f) => `${dir}/${f.replace(/\.ts$/, '')}`),
    );
    expect(rules.filter((r) => !covered.has(r))).toEqual([]);
  });
});
