/**
 * Structured-data evidence: JSON-LD types (including nested @graph and mainEntity), OpenGraph and
 * article:* meta tags, microdata item types. Reads only.
 */

export interface Structured {
  /** JSON-LD/microdata types, as found (e.g. "NewsArticle", "Product"). */
  types: Set<string>;
  ogType: string;
  publishedTime: boolean;
  section: string;
  hasAuthorMeta: boolean;
  siteName: string;
  /** What the CMS says about the page template in the body/html classes (WordPress, Drupal, Shopify…). */
  template: { post: boolean; page: boolean; listing: boolean; product: boolean };
  /** Some JSON-LD node carries a datePublished. */
  ldDate: boolean;
  /** JSON-LD blocks that failed to parse (real pages ship broken JSON-LD; it is not evidence). */
  broken: number;
}

export const ARTICLE_TYPES = new Set([
  'Article',
  'NewsArticle',
  'BlogPosting',
  'ReportageNewsArticle',
  'AnalysisNewsArticle',
  'OpinionNewsArticle',
  'ReviewNewsArticle',
  'BackgroundNewsArticle',
  'AskPublicNewsArticle',
  'SatiricalArticle',
  'ScholarlyArticle',
  'SocialMediaPosting',
  'LiveBlogPosting',
  'Report',
  'Review',
]);
export const NEWS_TYPES = new Set([
  'NewsArticle',
  'ReportageNewsArticle',
  'AnalysisNewsArticle',
  'OpinionNewsArticle',
  'ReviewNewsArticle',
  'BackgroundNewsArticle',
  'AskPublicNewsArticle',
  'LiveBlogPosting',
]);
export const PRODUCT_TYPES = new Set([
  'Product',
  'ProductGroup',
  'Offer',
  'AggregateOffer',
  'IndividualProduct',
  'Car',
]);
export const LISTING_TYPES = new Set(['CollectionPage', 'ItemList', 'SearchResultsPage', 'OfferCatalog']);
export const FORUM_TYPES = new Set(['DiscussionForumPosting', 'QAPage', 'Question', 'Comment']);
export const DOC_TYPES = new Set(['TechArticle', 'APIReference', 'SoftwareSourceCode', 'HowTo', 'FAQPage']);

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

const MAX_NODES = 400;

function collectTypes(value: Json, out: Set<string>, budget: { n: number; dated: boolean }): void {
  if (budget.n-- <= 0 || value === null || typeof value !== 'object') return;
  if (Array.isArray(value)) {
    for (const v of value) collectTypes(v, out, budget);
    return;
  }
  if (typeof value['datePublished'] === 'string') budget.dated = true;
  const t = value['@type'];
  for (const one of Array.isArray(t) ? t : [t]) {
    if (typeof one === 'string') out.add(one.replace(/^https?:\/\/schema\.org\//, ''));
  }
  // Only descend into the keys that describe the page itself, not every nested author/publisher/offer:
  // an Organization nested in an Article's publisher says nothing about the page type.
  for (const key of ['@graph', 'mainEntity', 'mainEntityOfPage', 'itemListElement', 'offers']) {
    const v = value[key];
    if (v && typeof v === 'object') collectTypes(v, out, budget);
  }
}

const TEMPLATE_POST =
  /\b(?:single-post|single-format-\w+|postid-\d+|post-template[\w-]*|(?:page-)?node-type-(?:article|blog[\w-]*|news[\w-]*|story|post)|template-article|article-template[\w-]*|blog-post)\b/;
const TEMPLATE_PAGE =
  /\b(?:page-id-\d+|page-template[\w-]*|(?:page-)?node-type-(?:page|basic-page|landing[\w-]*))\b/;
const TEMPLATE_LISTING =
  /\b(?:home|blog|archive|category|tag|search|search-results|paged|front-page|post-type-archive[\w-]*|tax-[\w-]+|template-(?:collection|search|index|list-collections)|catalog-category-view|woocommerce-shop)\b/;
const TEMPLATE_PRODUCT =
  /\b(?:single-product|template-product|catalog-product-view|product-template[\w-]*)\b/;

function readTemplate(doc: Document): Structured['template'] {
  const cls =
    ` ${doc.documentElement?.getAttribute('class') ?? ''} ${doc.body?.getAttribute('class') ?? ''} `.toLowerCase();
  return {
    post: TEMPLATE_POST.test(cls),
    page: TEMPLATE_PAGE.test(cls),
    listing: TEMPLATE_LISTING.test(cls),
    product: TEMPLATE_PRODUCT.test(cls),
  };
}

/** Reads the JSON-LD scripts, meta tags and top-level microdata of `doc`. */
export function readStructured(
  doc: Document,
  found?: { ldScripts: Element[]; metas: Element[]; itemTypes: string[] },
): Structured {
  const s: Structured = {
    types: new Set(),
    ogType: '',
    publishedTime: false,
    section: '',
    hasAuthorMeta: false,
    siteName: '',
    ldDate: false,
    broken: 0,
    template: readTemplate(doc),
  };
  const budget = { n: MAX_NODES, dated: false };
  const scripts = found?.ldScripts ?? Array.from(doc.querySelectorAll('script[type="application/ld+json"]'));
  for (const script of scripts) {
    const text = script.textContent ?? '';
    if (text.length > 500_000) continue;
    try {
      collectTypes(JSON.parse(text.replace(/^\s*<!--|-->\s*$/g, '')) as Json, s.types, budget);
    } catch {
      s.broken++;
    }
  }
  s.ldDate = budget.dated;
  for (const meta of found?.metas ?? Array.from(doc.querySelectorAll('meta'))) {
    const key = (meta.getAttribute('property') ?? meta.getAttribute('name') ?? '').toLowerCase();
    if (!key) continue;
    const content = (meta.getAttribute('content') ?? '').trim();
    if (key === 'og:type') s.ogType = content.toLowerCase();
    else if (
      key === 'article:published_time' ||
      key === 'datepublished' ||
      key === 'date' ||
      key === 'pubdate'
    )
      s.publishedTime ||= content.length > 0;
    else if (key === 'article:section') s.section = content;
    else if (key === 'author' || key === 'article:author') s.hasAuthorMeta ||= content.length > 0;
    else if (key === 'og:site_name') s.siteName = content;
  }
  const itemTypes =
    found?.itemTypes ??
    Array.from(doc.querySelectorAll('[itemtype]'))
      .slice(0, 50)
      .map((el) => el.getAttribute('itemtype') ?? '');
  for (const itemType of itemTypes) {
    const m = /schema\.org\/(\w+)/.exec(itemType);
    if (m?.[1]) s.types.add(m[1]);
  }
  return s;
}

/** True when any of `types` is in `set`. */
export function hasAny(types: Set<string>, set: Set<string>): boolean {
  for (const t of types) if (set.has(t)) return true;
  return false;
}
