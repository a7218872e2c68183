/**
 * Is this article a news report? Hand-weighted evidence (no labelled news corpus to fit on):
 * news schema types, news sections, dated URLs, a wire-style dateline, a byline with a date.
 * Weights are set so that the generic marks every blog post carries (a category, a dated URL, a byline with a
 * date) do not add up to news on their own; a news schema type, a dateline or a news section is needed too.
 */
import type { Signal } from '../types';
import type { Evidence } from './features';

/** A dateline opens the first paragraph: "SPRINGFIELD, Ill. (AP) —", "LONDON (Reuters) -", "PARIS —". */
const DATELINE =
  /^\p{Lu}[\p{Lu}\p{L} .,'’-]{1,40}?(?:,\s*[\p{L}. ]{2,20})?\s*(?:\([\p{L}\p{N} .&/-]{2,30}\)\s*)?(?:—|–|--|-|:)\s+\p{L}/u;

export const NEWS_THRESHOLD = 2;

/** News evidence found on the page, each with its hand-set weight. */
export function newsSignals(ev: Evidence): Signal[] {
  const out: Signal[] = [];
  const add = (id: string, weight: number, note: string) => out.push({ id, weight, note });
  const types = [...ev.structured.types];
  const newsType = types.find((t) => /NewsArticle$|^LiveBlogPosting$/.test(t));
  if (newsType) add('news:schema', 2, `structured data calls it a ${newsType}`);
  else if (types.includes('BlogPosting')) add('news:blog-schema', -1, 'structured data calls it a blog post');
  if (ev.structured.section && ev.features.og_article)
    add('news:section', 0.5, `published in the "${ev.structured.section}" section`);
  if (ev.url.newsHint) add('news:url-section', 1.25, 'the address sits in a news section');
  else if (ev.url.blogHint) add('news:blog-url', -1, 'the address sits in a blog');
  if (/news|times|post|herald|gazette|tribune|journal|ledger|chronicle|daily/i.test(ev.structured.siteName))
    add('news:site-name', 0.75, `the site is called "${ev.structured.siteName}"`);
  if (ev.url.dated) add('news:dated-url', 0.5, 'the address carries the publication date');
  const first = ev.dom.firstLongParagraph;
  const m = DATELINE.exec(first);
  // A real dateline is mostly upper case ("WASHINGTON —") or carries an agency in brackets.
  if (m && (/\(\s*[\p{Lu}&]{2,}/u.test(m[0]) || /^\p{Lu}{3,}/u.test(m[0])))
    add('news:dateline', 2, 'opens with a dateline');
  const dated = ev.features.published_meta > 0 || ev.dom.times > 0 || ev.dom.dateTexts > 0;
  if (ev.dom.bylines > 0 && dated) add('news:byline-date', 0.75, 'has a byline and a publication date');
  return out;
}

/** True when the news evidence adds up past the threshold. */
export function isNewsFrom(signals: Signal[]): boolean {
  return signals.reduce((s, x) => s + x.weight, 0) >= NEWS_THRESHOLD;
}
