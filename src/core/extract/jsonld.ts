/** Reads schema.org objects from a page's JSON-LD blocks, flattening @graph and arrays. Bad JSON is skipped. */

export type LdObject = Record<string, unknown>;

/** All JSON-LD objects of the page, nested @graph members included. */
export function readJsonLd(doc: Document): LdObject[] {
  const out: LdObject[] = [];
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    const raw = script.textContent;
    if (!raw) continue;
    try {
      collect(JSON.parse(raw.replace(/^\s*<!--|-->\s*$/g, '')), out, 0);
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

/** The first object that describes an article, if any. */
export function findArticleLd(objects: LdObject[]): LdObject | null {
  return objects.find((o) => ldTypes(o).some((t) => ARTICLE_TYPES.has(t))) ?? null;
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
