/**
 * URL-shape evidence: where in a site a page sits says a lot about what it is
 * (dated slugs are stories, "/tag/" is a listing, "/p/123" is a product).
 */

export interface UrlShape {
  known: boolean;
  /** Path is "/" (optionally a locale or index file). */
  root: boolean;
  depth: number;
  /** Words in the last meaningful path segment ("how-to-bake-bread" → 4). */
  slugWords: number;
  dated: boolean;
  numericId: boolean;
  listing: boolean;
  search: boolean;
  product: boolean;
  docs: boolean;
  forum: boolean;
  /** A story-ish section word ("blog", "news") followed by more path: the page sits inside the section. */
  articleHint: boolean;
  /** The path ends at such a section word: the section's own index page. */
  sectionIndex: boolean;
  newsHint: boolean;
  /** A "blog" path segment or subdomain. */
  blogHint: boolean;
  service: boolean;
}

const LOCALE = /^[a-z]{2}(?:[-_][a-z]{2,4})?$/i;
const INDEX = /^(?:index|default|home)(?:\.\w+)?$/i;
const LISTING =
  /^(?:tags?|category|categories|topics?|section|sections|archives?|authors?|page|latest|all|collections?|c|shop|browse|catalog|catalogue|directory|events|issues|results)$/i;
const PRODUCT = /^(?:products?|dp|item|items|itm|gp|sku|buy|store|pd)$/i;
const DOCS =
  /^(?:docs?|documentation|reference|api|manual|man|handbook|kb|knowledge-?base|support|help|wiki|spec|reference-?guide)$/i;
const FORUM =
  /^(?:t|threads?|forums?|questions|comments|discussions?|viewtopic(?:\.php)?|showthread(?:\.php)?|r)$/i;
const ARTICLE =
  /^(?:blogs?|news|articles?|story|stories|posts?|insights|opinion|features?|analysis|magazine|journal|press|press-releases?|updates|editorial|reviews?)$/i;
const NEWS =
  /^(?:news|politics|world|business|breaking|local|national|sport|sports|us-news|uk-news|economy)$/i;
const SERVICE =
  /^(?:services?|solutions?|pricing|plans|features|about(?:-us)?|contact(?:-us)?|platform|careers|company|industries|why-\w+)$/i;
const TRACKING = /^(?:srsltid|utm_\w+|gclid|fbclid|ref|mc_\w+)$/i;

const EMPTY: UrlShape = {
  known: false,
  root: false,
  depth: 0,
  slugWords: 0,
  dated: false,
  numericId: false,
  listing: false,
  search: false,
  product: false,
  docs: false,
  forum: false,
  articleHint: false,
  sectionIndex: false,
  newsHint: false,
  blogHint: false,
  service: false,
};

/** Parses `url` (null or unparsable: every flag false, `known` false). */
export function readUrl(url: string | null): UrlShape {
  if (!url) return EMPTY;
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return EMPTY;
  }
  // Local and test hosts (localhost, an IP, a single-label name) follow no site conventions: their paths say
  // nothing about the page, so the URL counts as unknown rather than as evidence against an article.
  if (!/^https?:$/.test(u.protocol) || !u.hostname.includes('.') || /^[\d.]+$|^\[/.test(u.hostname))
    return EMPTY;
  const segs = u.pathname
    .split('/')
    .map((p) => {
      try {
        return decodeURIComponent(p);
      } catch {
        return p;
      }
    })
    .filter((p) => p.length > 0);
  const meaningful = segs.filter((p, i) => !(i === 0 && LOCALE.test(p)) && !INDEX.test(p));
  const params = u.search
    .slice(1)
    .split('&')
    .map((kv) => kv.split('=', 1)[0] ?? '')
    .filter((k) => k && !TRACKING.test(k));
  const host = u.hostname.toLowerCase();
  const sub = host.split('.')[0] ?? '';
  const last = [...meaningful].reverse().find((p) => !/^\d+$/.test(p) && !/^[\da-f-]{16,}$/i.test(p)) ?? '';
  const slug = last.replace(/\.\w{2,5}$/, '');
  const slugWords = slug.split(/[-_+\s]+/).filter((w) => /\p{L}/u.test(w)).length;
  const path = '/' + segs.join('/');
  const some = (re: RegExp) => meaningful.some((p) => re.test(p));
  // "/category/gardening" is a listing; "/topic/history-of-coffee" is a story filed under a topic.
  const listing =
    meaningful.some(
      (p, i) =>
        LISTING.test(p) &&
        meaningful.slice(i + 1).every((q) => /^(?:\d+|page)$/.test(q) || q.split(/[-_+]+/).length <= 3),
    ) || params.includes('page');
  return {
    known: true,
    root: meaningful.length === 0 && params.length === 0,
    depth: meaningful.length,
    slugWords,
    dated:
      /\/(?:19|20)\d\d\/(?:0?[1-9]|1[0-2])(?:\/|$)|\/(?:19|20)\d\d[-/]?[01]\d[-/]?[0-3]\d(?:\/|$)|[-_/](?:19|20)\d\d[01]\d[0-3]\d/.test(
        path,
      ),
    numericId:
      meaningful.some((p) => /(?:^|[-_.])\d{5,}(?:\.\w+)?$/.test(p)) ||
      /[?&](?:id|p|t|topic)=\d+/.test(u.search),
    listing,
    search:
      some(/^search(?:\.\w+)?$/i) || params.some((k) => /^(?:q|s|query|search|keyword|keywords)$/i.test(k)),
    // "/p/" is a product id on shops ("/p/N82E1682") but a post slug on newsletters ("/p/why-we-moved").
    product:
      some(PRODUCT) ||
      /^(?:shop|store)$/.test(sub) ||
      meaningful.some(
        (p, i) =>
          p === 'p' &&
          /\d/.test(meaningful[i + 1] ?? '') &&
          !/[a-z]+-[a-z]+-[a-z]+/i.test(meaningful[i + 1] ?? ''),
      ),
    docs: some(DOCS) || /^(?:docs?|developers?|learn|support|help|wiki|api)$/.test(sub),
    forum: some(FORUM) || /^(?:forums?|community|discuss|discourse|answers)$/.test(sub),
    // "/magazine/category/gadgets" is the section's listing, not a story in it.
    articleHint:
      (meaningful.slice(0, -1).some((p) => ARTICLE.test(p)) ||
        (/^(?:blog|news)$/.test(sub) && meaningful.length > 0)) &&
      !listing,
    sectionIndex:
      (meaningful.length > 0 && ARTICLE.test(meaningful[meaningful.length - 1]!)) ||
      (/^(?:blog|news)$/.test(sub) && meaningful.length === 0),
    newsHint: some(NEWS) || sub === 'news',
    blogHint: some(/^blogs?$/i) || sub === 'blog',
    // "features" names a product's feature page at the end of a path, but a magazine section before a slug.
    service: meaningful.some((p, i) => SERVICE.test(p) && !(ARTICLE.test(p) && i < meaningful.length - 1)),
  };
}
