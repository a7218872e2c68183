/**
 * Class and id vocabularies, as data. A page's `class` and `id` are split into lower-case tokens
 * (camelCase and kebab/snake case alike), and the tokens and adjacent token pairs are looked up here.
 */

/** Tokens (or token pairs joined by "-") that name page furniture rather than the story. */
export const CLUTTER_TOKENS: ReadonlySet<string> = new Set([
  // related and recommended stories
  'related',
  'recommended',
  'recommendations',
  'recirc',
  'recirculation',
  'more-stories',
  'more-news',
  'more-articles',
  'also-read',
  'read-also',
  'read-more',
  'readmore',
  'read-next',
  'up-next',
  'trending',
  'most-read',
  'mostread',
  'most-popular',
  'popular-posts',
  'latest-news',
  'latest-posts',
  'you-may-like',
  'outbrain',
  'taboola',
  'zergnet',
  'teaser-list',
  // newsletter and subscription upsells
  'newsletter',
  'newsletters',
  'subscribe',
  'subscription',
  'signup',
  'sign-up',
  'optin',
  'opt-in',
  'upsell',
  'inline-promo',
  'promo',
  // not "promoted" alone: Drupal marks every front-page story "node--promoted"
  'promoted-content',
  'promoted-stories',
  'promoted-links',
  'cta',
  // share bars and social
  'share',
  'shares',
  'sharing',
  'sharebar',
  'sharedaddy',
  'social',
  'social-links',
  'follow-us',
  'addthis',
  'shariff',
  // author boxes
  'author-bio',
  'author-box',
  'about-author',
  'author-card',
  'author-info',
  'bio-box',
  'author-details',
  'author-about',
  'author-profile',
  // editorial and affiliate disclaimers
  'disclaimer',
  'disclosure',
  // comments
  'comments',
  'disqus',
  'respond',
  // site furniture
  'breadcrumb',
  'breadcrumbs',
  'tags',
  'tag-list',
  'taglist',
  'post-tags',
  'article-tags',
  'nav',
  'navbar',
  'navigation',
  'menu',
  'footer',
  'sidebar',
  'cookie',
  'consent',
  'gdpr',
  'modal',
  'popup',
  'toolbar',
  'pagination',
  // ads
  'ad',
  'ads',
  'adv',
  'advert',
  'advertisement',
  'adsense',
  'adslot',
  'ad-slot',
  'ad-container',
  'ad-wrapper',
  'dfp',
  'gpt-ad',
  'sponsor',
  'sponsored',
  'affiliate',
  // text meant for screen readers only ("opens in a new window")
  'sr-only',
  'visually-hidden',
  'screen-reader-text',
  'screenreader-only',
]);

/** Tokens that mark the story itself; an element with one of these is never removed on its class alone. */
export const CONTENT_TOKENS: ReadonlySet<string> = new Set([
  'article-body',
  'article-content',
  'articlebody',
  'entry-content',
  'post-content',
  'post-body',
  'story-body',
  'story-content',
  'main-content',
  'body-text',
]);

/** The class and id of `el` as one string, the text the tests below read. */
export function classAndId(el: Element): string {
  return `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
}

/**
 * A quick test over the class-and-id text: true when any word of `tokens` could be in it. Tokenising every
 * element of a large page is the cost of the cleaning stage; this lets most elements skip it.
 */
export function mayMatchText(raw: string, tokens: ReadonlySet<string>): boolean {
  if (raw.length < 3) return false;
  return stemPattern(tokens).test(raw);
}

const stems = new WeakMap<ReadonlySet<string>, RegExp>();
function stemPattern(tokens: ReadonlySet<string>): RegExp {
  let re = stems.get(tokens);
  if (!re) {
    const words = new Set<string>();
    for (const t of tokens) for (const w of t.split('-')) if (w) words.add(w);
    // 'u' folds case as toLowerCase does in tokensOf (the Kelvin sign is a "k"), so the test stays a superset.
    re = new RegExp(Array.from(words).join('|'), 'iu');
    stems.set(tokens, re);
  }
  return re;
}

/** Lower-case tokens of an element's class and id, plus each adjacent pair joined by "-". */
export function classTokens(el: Element): string[] {
  return tokensOf(classAndId(el));
}

/**
 * True when one of `el`'s class and id tokens is in `tokens`, answered once per class-and-id text: a page
 * repeats the same few class names on hundreds of elements.
 */
export function hasToken(el: Element, tokens: ReadonlySet<string>): boolean {
  const raw = classAndId(el);
  if (raw.length < 3) return false;
  return remembered(raw, tokens, () => mayMatchText(raw, tokens) && tokensOf(raw).some((t) => tokens.has(t)));
}

/**
 * Answers per class-and-id text, one table per question: `key` is the token set for hasToken, and a key object
 * of its own for any other question. Bounded, since a content script lives as long as its tab.
 */
const answers = new WeakMap<object, Map<string, boolean>>();
const REMEMBERED = 4000;

/** The answer for `raw` under `key`, computed by `answer` the first time. */
export function remembered(raw: string, key: object, answer: () => boolean): boolean {
  let table = answers.get(key);
  if (!table) answers.set(key, (table = new Map()));
  let value = table.get(raw);
  if (value === undefined) {
    value = answer();
    if (table.size >= REMEMBERED) table.clear();
    table.set(raw, value);
  }
  return value;
}

/** classTokens of the text of classAndId. */
export function tokensOf(raw: string): string[] {
  if (!raw.trim()) return [];
  const words = raw
    .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  const out = words.slice();
  for (let i = 0; i + 1 < words.length; i++) out.push(`${words[i]}-${words[i + 1]}`);
  return out;
}
