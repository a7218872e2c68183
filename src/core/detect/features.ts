/**
 * The detector's feature vector: structured data, URL shape and DOM shape turned into bounded numbers
 * (flags, shares, log counts). The same function feeds the model at run time and the fitting script.
 */
import { measureDom, type DomShape } from './dom-shape';
import {
  ARTICLE_TYPES,
  DOC_TYPES,
  FORUM_TYPES,
  NEWS_TYPES,
  PRODUCT_TYPES,
  hasAny,
  readStructured,
  type Structured,
} from './structured';
import { readUrl, type UrlShape } from './url-shape';
import { detectWords } from './cjk';

export const FEATURE_NAMES = [
  'ld_article',
  'ld_news',
  'ld_product',
  'ld_forum',
  'ld_doc',
  'og_article',
  'og_product',
  'published_meta',
  'author_meta',
  'template_post',
  'template_product',
  'url_known',
  'url_root',
  'url_depth',
  'url_slug_words',
  'url_long_slug',
  'url_dated',
  'url_numeric_id',
  'url_listing',
  'url_product',
  'url_docs',
  'url_forum',
  'url_article',
  'url_service',
  'text',
  'link_density',
  'long_paragraphs',
  'densest_text',
  'densest_share',
  'paragraph_share',
  'reader_sum',
  'readerable',
  'h1_one',
  'h1_words',
  'headings_per_paragraph',
  'times',
  'bylines',
  'teaser_run',
  'forum_marks',
  'product_marks',
  'cart_texts',
  'cta_texts',
  'code_blocks',
  'inputs',
  'doc_marks',
  'list_items_per_paragraph',
  'title_words',
  'ago_texts',
  'buttons',
  'posts',
  'paragraph_length',
  'we_words',
  'you_words',
  'phones',
  'sentence_words',
  'og_article_undated',
  'dated',
  'text_clusters',
  'headline_in_title',
  'list_text_share',
  'question_headings',
  'commercial_words',
] as const;

export type FeatureName = (typeof FEATURE_NAMES)[number];
export type Features = Record<FeatureName, number>;

/** Everything the detector saw, kept so that `isNews` and the signal notes can reuse it. */
export interface Evidence {
  features: Features;
  structured: Structured;
  url: UrlShape;
  dom: DomShape;
}

const log = (n: number) => Math.log1p(Math.max(0, n));
const flag = (b: boolean) => (b ? 1 : 0);
// Sales pages speak as "we" to "you"; reports speak about third parties. English-only cue, cheap.
const WE = /\b(?:we|our|us|we're|we've)\b/gi;
const YOU = /\b(?:you|your|you're|yours)\b/gi;
// The vocabulary of selling a service (clients, quotes, pricing, licensed, hire…) rather than explaining a
// subject: how a reader tells a company's service page from its informational article. English-only, cheap.
const COMMERCIAL =
  /\b(?:services?|clients?|customers?|solutions?|experts?|expertise|consult(?:ation|ing|ants?)?|quotes?|contact|call|pricing|prices?|affordable|professionals?|certified|licensed|insured|guarantee[ds]?|satisfaction|schedule|book|hire|trusted|industry-leading|leading|partner|offer(?:s|ing)?|provide[sd]?|deliver(?:s|ed)?|help(?:s|ing)?|team|free|discount|save|savings|enroll|apply|tuition|fees?|plans?|packages?|award-winning|reliable)\b/gi;
/** Percent of the `n` words of `text` that `re` matches (0 under 30 words). */
const share = (text: string, n: number, re: RegExp) =>
  n < 30 ? 0 : Math.min(((text.match(re) ?? []).length / n) * 100, 10);
// A sentence ends at . ! or ? followed by space, possibly after a closing quote or bracket or a citation mark
// ("…in 1998.[3] The", "…he said.” Then"): encyclopaedias and quoting reports otherwise read as run-ons.
const SENTENCE_END = /[.!?](?:["'”’)\]]|\[\d{1,3}\])*(?:\s|$)|[。！？]/g;
/** Mean words per sentence of a sample of `n` words (0 when too few): reports run longer than sales copy. */
const sentenceWords = (text: string, n: number) => {
  if (n < 30) return 0;
  return Math.min(n / Math.max((text.match(SENTENCE_END) ?? []).length, 1), 60);
};
/** The main headline is (most of) the document title: a story page, not a section or a brand page. */
function headlineInTitle(h1: string, title: string): boolean {
  const norm = (x: string) =>
    x
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim();
  const h = norm(h1);
  return detectWords(h) >= 4 && norm(title).includes(h);
}

/** Gathers the evidence for `doc` (never mutates it). `url` may be null when unknown. */
export function gatherEvidence(doc: Document, url: string | null): Evidence {
  let dom = measureDom(doc);
  // Server-rendered apps ship the whole page under a `hidden` root that scripts reveal later; a saved copy
  // (the CLI) never runs them. When almost nothing is visible, measure what the scripts would show.
  if (dom.textLen < 500) {
    const revealed = measureDom(doc, { includeHidden: true });
    if (revealed.textLen >= 2000) dom = revealed;
  }
  const structured = readStructured(doc, dom);
  const u = readUrl(url);
  // Readability's isProbablyReaderable rule (sum of sqrt(len - 140) over long blocks > 20), computed in the
  // walk above: calling the library re-queries the whole document and cost half of detect()'s time.
  const readerable = dom.readerSum > 20;
  const t = structured.types;
  const text = Math.max(dom.textLen, 1);
  const title = (doc.title ?? '').trim();
  const sampleWords = detectWords(dom.sample);
  const features: Features = {
    ld_article: flag(hasAny(t, ARTICLE_TYPES)),
    ld_news: flag(hasAny(t, NEWS_TYPES)),
    ld_product: flag(hasAny(t, PRODUCT_TYPES)),
    ld_forum: flag(hasAny(t, FORUM_TYPES)),
    ld_doc: flag(hasAny(t, DOC_TYPES)),
    og_article: flag(/article|blog|news/.test(structured.ogType)),
    og_product: flag(/product/.test(structured.ogType)),
    published_meta: flag(structured.publishedTime || structured.ldDate),
    author_meta: flag(structured.hasAuthorMeta),
    template_post: flag(structured.template.post),
    template_product: flag(structured.template.product),
    url_known: flag(u.known),
    url_root: flag(u.root),
    url_depth: Math.min(u.depth, 6),
    url_slug_words: Math.min(u.slugWords, 12),
    url_long_slug: flag(u.slugWords >= 4),
    url_dated: flag(u.dated),
    url_numeric_id: flag(u.numericId),
    url_listing: flag(u.listing),
    url_product: flag(u.product),
    url_docs: flag(u.docs),
    url_forum: flag(u.forum),
    url_article: flag(u.articleHint),
    url_service: flag(u.service),
    text: log(dom.textLen),
    link_density: dom.linkTextLen / text,
    long_paragraphs: log(dom.longParagraphs),
    densest_text: log(dom.densestText),
    // Shares over at least 500 characters (Readability's own minimum for an article): on a near-empty
    // page one short paragraph is "all of the text", which says nothing.
    densest_share: dom.densestText / Math.max(text, 500),
    paragraph_share: dom.paragraphText / Math.max(text, 500),
    reader_sum: log(dom.readerSum),
    readerable: flag(readerable),
    h1_one: flag(dom.h1 === 1),
    h1_words: Math.min(detectWords(dom.h1Text), 25),
    headings_per_paragraph: log(dom.headings / (dom.longParagraphs + 1)),
    times: log(dom.times),
    bylines: log(dom.bylines),
    teaser_run: log(dom.maxTeaserRun),
    forum_marks: log(dom.forumMarks),
    product_marks: log(dom.productMarks),
    cart_texts: log(dom.cartTexts),
    cta_texts: log(dom.ctaTexts),
    code_blocks: log(dom.codeBlocks),
    inputs: log(dom.inputs),
    doc_marks: log(dom.docMarks),
    list_items_per_paragraph: log(dom.listItems / (dom.longParagraphs + 1)),
    title_words: Math.min(detectWords(title), 25),
    ago_texts: log(dom.agoTexts),
    buttons: log(dom.buttons),
    posts: log(dom.posts),
    paragraph_length: log(dom.paragraphText / (dom.longParagraphs + 1)),
    we_words: share(dom.sample, sampleWords, WE),
    you_words: share(dom.sample, sampleWords, YOU),
    phones: log(dom.phones),
    sentence_words: sentenceWords(dom.sample, sampleWords),
    // SEO plugins stamp og:type article on every static page too; only posts carry a publication date.
    og_article_undated: flag(
      /article/.test(structured.ogType) && !structured.publishedTime && !structured.ldDate,
    ),
    dated: flag(
      structured.publishedTime || structured.ldDate || u.dated || dom.times > 0 || dom.dateTexts > 0,
    ),
    // Parent and grandparent are both credited, so one story body counts as up to two clusters.
    text_clusters: log(dom.textClusters),
    headline_in_title: flag(headlineInTitle(dom.h1Text, title)),
    // Over at least 500 characters, like the other shares.
    list_text_share: dom.listText / Math.max(text, 500),
    question_headings: log(dom.questionHeadings),
    commercial_words: share(dom.sample, sampleWords, COMMERCIAL),
  };
  return { features, structured, url: u, dom };
}

/** The raw feature vector of `doc` (for the fitting script and the benchmark). */
export function detectionFeatures(doc: Document, url: string | null): Features {
  return gatherEvidence(doc, url).features;
}
