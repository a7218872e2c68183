/**
 * Extraction: Readability on a clone of the page, sanitised, mapped to an Article.
 * Never touches the live document.
 */
import { Readability } from '@mozilla/readability';
import type { Article } from '../types';
import { readMetadata } from './metadata';
import { sanitizeArticle, type Purifier } from './purify';
import { blockText, countWords, readingMinutes } from './text';

export type { Purifier } from './purify';

export interface ExtractOptions {
  purify: Purifier;
  /** Readability's character threshold; lower it for "show anyway" on short pages. */
  charThreshold?: number;
}

/** Extracts the article of `doc`, or returns null when no readable content is found. */
export function extract(doc: Document, opts: ExtractOptions): Article | null {
  const meta = readMetadata(doc);
  const clone = doc.cloneNode(true) as Document;
  const parsed = new Readability(clone, {
    charThreshold: opts.charThreshold ?? 500,
    keepClasses: false,
  }).parse();
  if (!parsed || !parsed.content) return null;
  const body = sanitizeArticle(opts.purify, parsed.content);
  const text = blockText(body);
  if (!text.trim()) return null;
  const words = countWords(text);
  const dir = meta.dir ?? (parsed.dir === 'rtl' || parsed.dir === 'ltr' ? parsed.dir : null);
  return {
    title: meta.title || parsed.title || '',
    byline: meta.byline ?? cleanByline(parsed.byline),
    published: meta.published,
    siteName: meta.siteName ?? parsed.siteName ?? null,
    lang: meta.lang ?? parsed.lang ?? null,
    dir,
    excerpt: meta.excerpt ?? parsed.excerpt ?? null,
    leadImage: meta.leadImage,
    html: body.innerHTML, // serialised DOMPurify output
    text,
    wordCount: words,
    readingMinutes: readingMinutes(words),
  };
}

function cleanByline(byline: string | null | undefined): string | null {
  if (!byline) return null;
  const s = byline
    .replace(/^\s*by\s+/i, '')
    .replace(/\s+/g, ' ')
    .trim();
  return s || null;
}
