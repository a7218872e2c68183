/**
 * Article metadata from JSON-LD, then meta tags. The page-text fallbacks (byline and date markup) are
 * separate (byline.ts, published.ts) and run only when these and Readability's own reading find nothing.
 */
import type { LeadImage } from '../types';
import { cleanByline, domByline } from './byline';
import { toIsoDate } from './dates';
import { findArticleLd, ldText, readJsonLd } from './jsonld';
import { metaTag } from './meta-tags';
import { domPublished, readPublished } from './published';
import { decodeEntities, stripSiteName } from './title';

export interface Metadata {
  title: string | null;
  byline: string | null;
  published: string | null;
  siteName: string | null;
  lang: string | null;
  dir: 'ltr' | 'rtl' | null;
  excerpt: string | null;
  leadImage: LeadImage | null;
}

const meta = metaTag;

const clean = (s: string | null | undefined): string | null => {
  const t = s ? decodeEntities(s).replace(/\s+/g, ' ').trim() : null;
  return t ? t : null;
};

function hostOf(doc: Document): string | null {
  try {
    return new URL(doc.URL).hostname || null;
  } catch {
    return null;
  }
}

/** Reads the metadata of `doc` without modifying it. */
export function readMetadata(doc: Document): Metadata {
  const ld = findArticleLd(readJsonLd(doc));
  const siteName = clean(
    ldText(ld?.publisher) ??
      // Not twitter:site or application-name: a handle ("@paper") or an app title is not the site's name.
      meta(doc, 'og:site_name') ??
      null,
  );
  const h1 = clean(doc.querySelector('h1')?.textContent);
  const ldTitle = clean(ldText(ld?.headline ?? ld?.name));
  const ogTitle = clean(meta(doc, 'og:title', 'twitter:title'));
  const docTitle = clean(doc.title);
  let title = ldTitle ?? ogTitle ?? docTitle ?? h1;
  if (title) title = stripSiteName(title, siteName, hostOf(doc));

  const byline =
    cleanByline(clean(ldText(ld?.author)), siteName) ??
    cleanByline(meta(doc, 'author', 'article:author', 'byl', 'parsely-author', 'sailthru.author'), siteName);
  const published = readPublished(doc, ldText(ld?.datePublished));
  const htmlEl = doc.documentElement;
  const lang = clean(htmlEl?.getAttribute('lang') ?? meta(doc, 'og:locale', 'language', 'content-language'));
  const dirAttr = (htmlEl?.getAttribute('dir') ?? doc.body?.getAttribute('dir') ?? '').toLowerCase();
  const dir = dirAttr === 'rtl' || dirAttr === 'ltr' ? dirAttr : null;
  const excerpt = clean(
    ldText(ld?.description) ?? meta(doc, 'description', 'og:description', 'twitter:description'),
  );
  const imageSrc =
    meta(doc, 'og:image', 'og:image:url', 'twitter:image', 'twitter:image:src') ?? ldImage(ld?.image);
  const leadImage = imageSrc
    ? { src: absolutise(imageSrc, doc), alt: clean(meta(doc, 'og:image:alt')) ?? '' }
    : null;
  return { title, byline, published, siteName, lang, dir, excerpt, leadImage };
}

function ldImage(value: unknown): string | null {
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return ldImage(value[0]);
  if (value && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    return typeof o.url === 'string' ? o.url : null;
  }
  return null;
}

function absolutise(src: string, doc: Document): string {
  try {
    return new URL(src, doc.baseURI || undefined).href;
  } catch {
    return src;
  }
}

/** What Readability read of the page's metadata (its parse result, or the part of it we use). */
export interface ReadabilityMetadata {
  title?: string | null;
  byline?: string | null;
  publishedTime?: string | null;
}

/**
 * Title, byline and date of the article: Readability's reading first where it is reliable, ours to fill
 * gaps, then the page's markup. `siteName` is the one the article reports.
 */
export function articleMetadata(
  doc: Document,
  parsed: ReadabilityMetadata,
  meta: Metadata,
  siteName: string | null,
): { title: string; byline: string | null; published: string | null } {
  // Titles are only trimmed: pages set wide spaces (U+3000) and double spaces on purpose.
  const title = stripSiteName(
    decodeEntities(parsed.title?.trim() || meta.title || ''),
    siteName,
    hostOf(doc),
  );
  const byline = cleanByline(parsed.byline, siteName) ?? meta.byline ?? domByline(doc, siteName);
  const published = toIsoDate(parsed.publishedTime) ?? meta.published ?? domPublished(doc);
  return { title, byline, published };
}
