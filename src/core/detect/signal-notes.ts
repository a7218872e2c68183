/**
 * Human-readable reasons for "why did Lede open?": one sentence per feature, worded for the value the
 * page actually has (present or absent, many or few).
 */
import type { Evidence, FeatureName } from './features';

type Note = (ev: Evidence, on: boolean) => string;

const flagNote =
  (yes: string, no: string): Note =>
  (_ev, on) =>
    on ? yes : no;
const countNote =
  (what: string, pick: (ev: Evidence) => number): Note =>
  (ev) =>
    `${pick(ev)} ${what}`;

const NOTES: Partial<Record<FeatureName, Note>> = {
  ld_article: (ev, on) =>
    on
      ? `structured data: ${[...ev.structured.types].slice(0, 4).join(', ')}`
      : 'no article type in structured data',
  ld_news: flagNote('structured data says news article', 'no news type in structured data'),
  ld_product: flagNote('structured data describes a product', 'no product in structured data'),
  ld_forum: flagNote('structured data describes a discussion or Q&A', 'no discussion in structured data'),
  ld_doc: flagNote(
    'structured data describes technical or how-to content',
    'no technical type in structured data',
  ),
  og_article: (ev, on) => (on ? `og:type is "${ev.structured.ogType}"` : 'og:type is not article'),
  og_product: flagNote('og:type is product', 'og:type is not product'),
  published_meta: flagNote('has a publication date in its metadata', 'no publication date in its metadata'),
  author_meta: flagNote('names an author in its metadata', 'no author in its metadata'),
  template_post: flagNote('the site template marks a single post', 'the template does not mark a post'),
  template_product: flagNote('the site template marks a product page', 'not a product template'),
  url_root: flagNote('the address is the site home page', 'the address is not the home page'),
  url_slug_words: (ev) => `the address ends in a ${ev.url.slugWords}-word slug`,
  url_long_slug: flagNote('the address ends in a long, descriptive slug', 'the address has no long slug'),
  url_dated: flagNote('the address carries a date', 'the address carries no date'),
  url_numeric_id: flagNote('the address carries a numeric id', 'the address has no numeric id'),
  url_listing: flagNote('the address looks like a tag, category or archive', 'the address is not an archive'),
  url_product: flagNote('the address looks like a shop or product page', 'the address is not a shop page'),
  url_docs: flagNote('the address looks like documentation or help', 'the address is not documentation'),
  url_forum: flagNote('the address looks like a forum or discussion', 'the address is not a forum'),
  url_article: flagNote(
    'the address sits under a blog, news or articles section',
    'the address is not under a story section',
  ),
  url_service: flagNote('the address looks like a services, pricing or about page', 'not a services page'),
  url_depth: (ev) => `the address is ${ev.url.depth} level(s) deep`,
  text: countNote('characters of visible text', (ev) => ev.dom.textLen),
  link_density: (ev) =>
    `${Math.round((100 * ev.dom.linkTextLen) / Math.max(ev.dom.textLen, 1))}% of the text is links`,
  long_paragraphs: countNote('paragraphs of running text', (ev) => ev.dom.longParagraphs),
  densest_text: countNote('characters of running text in the main block', (ev) => ev.dom.densestText),
  densest_share: (ev) =>
    `the main block holds ${Math.round((100 * ev.dom.densestText) / Math.max(ev.dom.textLen, 1))}% of the text`,
  paragraph_share: (ev) =>
    `paragraphs hold ${Math.round((100 * ev.dom.paragraphText) / Math.max(ev.dom.textLen, 1))}% of the text`,
  paragraph_length: (ev) =>
    `paragraphs average ${Math.round(ev.dom.paragraphText / Math.max(ev.dom.longParagraphs, 1))} characters`,
  reader_sum: flagNote('long blocks of text (Readability-style score)', 'few long blocks of text'),
  readerable: flagNote(
    'enough long blocks of text to read (Readability rule)',
    'too little long text to read (Readability rule)',
  ),
  h1_one: flagNote('one main headline', 'no single main headline'),
  h1_words: (ev) => `the headline has ${ev.features.h1_words} words`,
  title_words: (ev) => `the page title has ${ev.features.title_words} words`,
  headings_per_paragraph: (ev) => `${ev.dom.headings} headings for ${ev.dom.longParagraphs} paragraphs`,
  times: countNote('<time> elements', (ev) => ev.dom.times),
  url_known: flagNote('the page address is known', 'the page address is unknown'),
  we_words: (ev) => `the text speaks as "we/our" ${ev.features.we_words.toFixed(1)}% of the time`,
  you_words: (ev) => `the text speaks to "you" ${ev.features.you_words.toFixed(1)}% of the time`,
  commercial_words: (ev) =>
    `${ev.features.commercial_words.toFixed(1)}% of the words sell a service (clients, pricing, quotes…)`,
  phones: countNote('phone numbers', (ev) => ev.dom.phones),
  sentence_words: (ev) => `sentences average ${Math.round(ev.features.sentence_words)} words`,
  og_article_undated: flagNote(
    'og:type says article but no publication date is given',
    'not an undated og:article',
  ),
  text_clusters: countNote('separate blocks of running text', (ev) => ev.dom.textClusters),
  headline_in_title: flagNote('the headline is the page title', 'the headline is not the page title'),
  dated: flagNote('the page shows a date', 'no date anywhere on the page'),
  ago_texts: countNote('"… ago" timestamps', (ev) => ev.dom.agoTexts),
  bylines: countNote('byline or author marks', (ev) => ev.dom.bylines),
  teaser_run: countNote('teasers in the longest run', (ev) => ev.dom.maxTeaserRun),
  posts: countNote('repeated dated posts or comments', (ev) => ev.dom.posts),
  forum_marks: countNote('forum-style elements (replies, votes, avatars)', (ev) => ev.dom.forumMarks),
  product_marks: countNote('shop elements (price, cart, variants)', (ev) => ev.dom.productMarks),
  cart_texts: countNote('shop buttons (Add to cart, Buy now)', (ev) => ev.dom.cartTexts),
  cta_texts: countNote('sales calls to action (Get started, Book a demo)', (ev) => ev.dom.ctaTexts),
  code_blocks: countNote('code blocks', (ev) => ev.dom.codeBlocks),
  inputs: countNote('form fields', (ev) => ev.dom.inputs),
  buttons: countNote('buttons', (ev) => ev.dom.buttons),
  doc_marks: countNote('documentation elements (table of contents, API, docs nav)', (ev) => ev.dom.docMarks),
  list_items_per_paragraph: (ev) => `${ev.dom.listItems} list items for ${ev.dom.longParagraphs} paragraphs`,
  list_text_share: (ev) =>
    `list items hold ${Math.round((100 * ev.dom.listText) / Math.max(ev.dom.textLen, 1))}% of the text`,
  question_headings: countNote('headings that ask a question (FAQ)', (ev) => ev.dom.questionHeadings),
};

/** The reason text for feature `name` on this page. */
export function noteFor(name: FeatureName, ev: Evidence): string {
  const on = (ev.features[name] ?? 0) > 0;
  return NOTES[name]?.(ev, on) ?? name.replace(/_/g, ' ');
}
