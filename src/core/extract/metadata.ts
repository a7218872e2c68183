/**
 * Article metadata from JSON-LD, then meta tags. The page-text fallbacks (byline and date markup) are
 * separate (byline.ts, published.ts) and run only when these and Readability's own reading find nothing.
 */
import type { LeadImage } from '../types';
import { cleanByline, joinNames } from './byline';
import { domByline, isPersonName } from './dom-byline';
import { toIsoDate } from './dates';
import { dropInvisibles } from './dom';
import { findArticleLd, ldText, readJsonLd } from './jsonld';
import { metaTag } from './meta-tags';
import { headingText } from './metadata/heading-text';
import { headlineTitle } from './metadata/headline-title';
import { earlierPrintedDate } from './metadata/printed-date';
import { domPublished, headlineDateline, readPublished, urlDate, type Dateline } from './published';
import { decodeEntities, stripSiteName, titleFromDocument } from './title';

export interface Metadata {
  title: string | null;
  byline: string | null;
  /** The byline from JSON-LD alone (several authors joined as a byline reads). */
  ldByline?: string | null;
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
  const first = doc.querySelector('h1');
  const h1 = first ? clean(headingText(first)) : null;
  const ldTitle = clean(ldText(ld?.headline ?? ld?.name));
  const ogTitle = clean(meta(doc, 'og:title', 'twitter:title'));
  const docTitle = clean(doc.title);
  let title = ldTitle ?? ogTitle ?? docTitle ?? h1;
  if (title) title = stripSiteName(title, siteName, hostOf(doc));

  const ldByline = ldAuthors(ld?.author, siteName, doc.documentElement?.getAttribute('lang'));
  const byline =
    ldByline ??
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
  return { title, byline, ldByline, published, siteName, lang, dir, excerpt, leadImage };
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
  // Readability 0.6 cuts <title> at a colon but not at an en dash; when the page has no metadata title we
  // read <title> ourselves. Titles are only trimmed: pages set wide spaces (U+3000) on purpose.
  const raw = hasMetadataTitle(doc) ? parsed.title?.trim() : titleFromDocument(doc) || parsed.title?.trim();
  const title = dropInvisibles(
    headlineTitle(doc, stripSiteName(decodeEntities(raw || meta.title || ''), siteName, hostOf(doc))),
  );
  let byline =
    meta.ldByline ?? cleanByline(parsed.byline, siteName) ?? meta.byline ?? domByline(doc, siteName);
  // An organisation credited as author (the site itself, its publisher) often stands in for the person
  // the page names in its byline.
  if (byline && isOrganisation(byline, doc, siteName)) {
    const person = domByline(doc, siteName);
    if (person && isPersonName(person)) byline = person;
  }
  // Both readers of the date printed by the headline share one reading of it.
  let dateline: Dateline | null | undefined;
  const readDateline = (): Dateline | null =>
    dateline === undefined ? (dateline = headlineDateline(doc)) : dateline;
  const published = earlierPrintedDate(
    doc,
    toIsoDate(parsed.publishedTime) ??
      meta.published ??
      urlDate(doc) ??
      domPublished(doc, readDateline) ??
      // A page that states only when it was last modified shows that date as its own.
      modifiedDate(doc),
    readDateline,
  );
  return { title, byline, published };
}

/** The metadata keys Readability takes a title from before it falls back to `<title>`. */
const TITLE_KEYS = [
  'og:title',
  'twitter:title',
  'dc:title',
  'dcterm:title',
  'dc.title',
  'dcterms.title',
  'parsely-title',
  'weibo:article:title',
  'weibo:webpage:title',
  'title',
];

function hasMetadataTitle(doc: Document): boolean {
  if (meta(doc, ...TITLE_KEYS)) return true;
  return readJsonLd(doc).some((o) => typeof o.headline === 'string' || typeof o.name === 'string');
}

/** The names of a JSON-LD author value (a name, a Person, or a list of them), cleaned and joined. */
function ldAuthors(value: unknown, siteName: string | null, lang?: string | null): string | null {
  const list = Array.isArray(value) ? value : [value];
  const names = list.map((v) => cleanByline(clean(ldText(v)), siteName)).filter((n): n is string => !!n);
  return names.length ? joinNames(names, lang) : null;
}

const squashName = (s: string): string => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

/** True when `byline` is the site's or the publisher's own name rather than a person's. */
function isOrganisation(byline: string, doc: Document, siteName: string | null): boolean {
  const b = squashName(byline);
  if (!b) return false;
  const ld = findArticleLd(readJsonLd(doc));
  const host =
    hostOf(doc)
      ?.replace(/^www\./, '')
      .split('.')[0] ?? null;
  return [siteName, ldText(ld?.publisher), meta(doc, 'og:site_name'), host].some(
    (n) => !!n && (squashName(n) === b || squashName(n).startsWith(b) || b.startsWith(squashName(n))),
  );
}

/** When the page says it was last modified (JSON-LD dateModified or meta tags), as ISO 8601. */
function modifiedDate(doc: Document): string | null {
  const ld = findArticleLd(readJsonLd(doc));
  return toIsoDate(
    ldText(ld?.dateModified) ?? meta(doc, 'article:modified_time', 'og:updated_time', 'dateModified'),
  );
}
