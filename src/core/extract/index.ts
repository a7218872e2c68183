/**
 * Extraction: on a clone of the page, a cleaning stage before Readability scores it (prepare-clone.ts),
 * Readability itself, a cleaning stage on what it chose (clean-article.ts), recovery of story parts it
 * dropped (recover.ts), then DOMPurify, mapped to an Article. Never touches the live document.
 */
import { Readability } from '@mozilla/readability';
import type { Article } from '../types';
import { cleanArticle } from './clean-article';
import { compactForSanitizer } from './compact';
import { forgetMetaTags } from './meta-tags';
import { articleMetadata, readMetadata } from './metadata';
import { prepareClone } from './prepare-clone';
import { withShortcuts } from './readability-shortcuts';
import { resolveLazyImages } from './prepare/lazy-images';
import { sanitizeArticle, type Purifier } from './purify';
import { recoverStory } from './recover';
import { blockText, countWords, readingMinutes } from './text';

export type { Purifier } from './purify';
export { sanitizeArticle, ALLOWED_TAGS, ALLOWED_ATTR } from './purify';

export interface ExtractOptions {
  purify: Purifier;
  /** Readability's character threshold; lower it for "show anyway" on short pages. */
  charThreshold?: number;
  /** Told as each stage ends (for the timing benchmark's breakdown); it has no effect on the result. */
  onStage?: (stage: ExtractStage) => void;
}

/** The stages of `extract`, in the order they run (clone, prepare and readability again on a fallback). */
export type ExtractStage =
  'metadata' | 'clone' | 'prepare' | 'readability' | 'clean' | 'recover' | 'sanitise' | 'text';

type Parsed = ReturnType<Readability<Element>['parse']>;

function runReadability(
  doc: Document,
  opts: ExtractOptions,
  charThreshold: number,
  prepare: boolean,
): Parsed {
  const clone = doc.cloneNode(true) as Document;
  opts.onStage?.('clone');
  if (prepare) prepareClone(clone);
  else resolveLazyImages(clone);
  opts.onStage?.('prepare');
  try {
    return withShortcuts(
      new Readability<Element>(clone, {
        charThreshold,
        keepClasses: true,
        serializer: (node) => node as Element,
      }),
    ).parse();
  } catch {
    // Readability throws on a few malformed documents; the caller falls back or gives up.
    return null;
  } finally {
    opts.onStage?.('readability');
  }
}

/** Extracts the article of `doc`, or returns null when no readable content is found. */
export function extract(doc: Document, opts: ExtractOptions): Article | null {
  forgetMetaTags(doc);
  const meta = readMetadata(doc);
  opts.onStage?.('metadata');
  const charThreshold = opts.charThreshold ?? 500;
  let parsed = runReadability(doc, opts, charThreshold, true);
  // The cleaning stage can leave too little for Readability on unusual pages: then read the page as it is.
  if (!parsed?.content || (parsed.length ?? 0) < charThreshold / 2) {
    const plain = runReadability(doc, opts, charThreshold, false);
    if (plain?.content) parsed = plain;
  }
  if (!parsed || !parsed.content) return null;
  // Readability's own metadata reading (JSON-LD, then meta tags, then the DOM) comes first; ours fills gaps.
  const siteName = clean(parsed.siteName) ?? meta.siteName;
  const { title, byline, published } = articleMetadata(doc, parsed, meta, siteName);
  opts.onStage?.('metadata');
  const root = cleanArticle(parsed.content, { title, byline, siteName });
  opts.onStage?.('clean');
  recoverStory(root, doc);
  opts.onStage?.('recover');
  compactForSanitizer(root);
  const body = sanitizeArticle(opts.purify, root.innerHTML);
  opts.onStage?.('sanitise');
  const text = blockText(body);
  if (!text.trim()) return null;
  const html = body.innerHTML; // serialised DOMPurify output
  opts.onStage?.('text');
  const words = countWords(text);
  const dir = meta.dir ?? (parsed.dir === 'rtl' || parsed.dir === 'ltr' ? parsed.dir : null);
  return {
    title,
    byline,
    published,
    siteName,
    lang: clean(parsed.lang) ?? meta.lang,
    dir,
    excerpt: clean(parsed.excerpt) ?? meta.excerpt,
    leadImage: meta.leadImage,
    html,
    text,
    wordCount: words,
    readingMinutes: readingMinutes(words),
  };
}

function clean(s: string | null | undefined): string | null {
  const t = s?.replace(/\s+/g, ' ').trim();
  return t ? t : null;
}
