/** Reads schema.org objects from a page's JSON-LD blocks, flattening @graph and arrays. Bad JSON is skipped. */

export type LdObject = Record<string, unknown>;

// Metadata reading asks for the JSON-LD several times per page; the blocks are parsed again only when
// their text changes (a single-page app may swap them on the same document).
const cache = new WeakMap<Document, { key: string; objects: LdObject[] }>();

/** All JSON-LD objects of the page, nested @graph members included. */
export function readJsonLd(doc: Document): LdObject[] {
  const scripts = Array.from(doc.querySelectorAll('script[type="application/ld+json"]'));
  const texts = scripts.map((s) => s.textContent ?? '');
  const key = texts.join('\u0000');
  const cached = cache.get(doc);
  if (cached && cached.key === key) return cached.objects;
  const out: LdObject[] = [];
  cache.set(doc, { key, objects: out });
  for (const raw of texts) {
    if (!raw) continue;
    try {
      collect(JSON.parse(raw.replace(/^\s*(<!--|<!\[CDATA\[)|(-->|\]\]>)\s*$/g, '')), out, 0);
    } catch {
      // Pages ship broken JSON-LD often enough; one bad block must not hide the others.
    }
  }
  return out;
}

function collect(value: unknown, out: LdObject[], depth: number): void {
  if (depth > 4 || value === null || typeof value !== 'object') return;
  if (Array.isArray(value)) {
    for (const v of value) collect(v, out, depth + 1);
    return;
  }
  const obj = value as LdObject;
  out.push(obj);
  if (obj['@graph']) collect(obj['@graph'], out, depth + 1);
  if (obj.mainEntity && typeof obj.mainEntity === 'object') collect(obj.mainEntity, out, depth + 1);
}

/** The `@type` of an object as a list of strings. */
export function ldTypes(obj: LdObject): string[] {
  const t = obj['@type'];
  if (typeof t === 'string') return [t];
  if (Array.isArray(t)) return t.filter((x): x is string => typeof x === 'string');
  return [];
}

export const ARTICLE_TYPES = new Set([
  'Article',
  'NewsArticle',
  'ReportageNewsArticle',
  'AnalysisNewsArticle',
  'OpinionNewsArticle',
  'BackgroundNewsArticle',
  'ReviewNewsArticle',
  'AskPublicNewsArticle',
  'BlogPosting',
  'LiveBlogPosting',
  'ScholarlyArticle',
  'TechArticle',
  'Report',
  'SatiricalArticle',
  'SocialMediaPosting',
  'DiscussionForumPosting',
  'Review',
  'Recipe',
  'HowTo',
]);

/** Page types that carry an article's dates and authors when the page declares no Article (Yoast graphs). */
const PAGE_TYPES = new Set(['WebPage', 'ItemPage', 'AboutPage', 'MedicalWebPage', 'CollectionPage']);

/**
 * The first object that describes an article, or failing that the page object when it has a date or an
 * author; `@id` references in its author and publisher are resolved against the other objects.
 */
export function findArticleLd(objects: LdObject[]): LdObject | null {
  const found =
    objects.find((o) => ldTypes(o).some((t) => ARTICLE_TYPES.has(t))) ??
    objects.find((o) => ldTypes(o).some((t) => PAGE_TYPES.has(t)) && (o.datePublished || o.author)) ??
    null;
  if (!found) return null;
  const byId = new Map<string, LdObject>();
  for (const o of objects)
    if (typeof o['@id'] === 'string' && Object.keys(o).length > 1) byId.set(o['@id'], o);
  const resolve = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(resolve);
    if (v && typeof v === 'object') {
      const ref = (v as LdObject)['@id'];
      if (typeof ref === 'string' && !('name' in (v as LdObject))) return byId.get(ref) ?? v;
    }
    return v;
  };
  return { ...found, author: resolve(found.author), publisher: resolve(found.publisher) };
}

/** A plain string from a JSON-LD value that may be a string, an object with `name`, or a list of either. */
export function ldText(value: unknown): string | null {
  if (typeof value === 'string') return value.trim() || null;
  if (Array.isArray(value)) {
    const parts = value.map(ldText).filter((x): x is string => !!x);
    return parts.length ? Array.from(new Set(parts)).join(', ') : null;
  }
  if (value && typeof value === 'object') {
    const o = value as LdObject;
    return ldText(o.name ?? o['@value'] ?? null);
  }
  return null;
}
