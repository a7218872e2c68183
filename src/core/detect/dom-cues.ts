/**
 * The vocabulary the DOM walk looks for: which elements to skip, which are blocks, and the class names and
 * short texts that mark forums, shops, documentation, sales pages, bylines and dates. Mostly English cues.
 */
import { HEADING_TAGS } from '../extract/dom';

export const SKIP = new Set(['STYLE', 'TEMPLATE', 'SVG', 'IFRAME', 'HEAD', 'SELECT', 'OBJECT']);
export const HEADINGS: ReadonlySet<string> = new Set(HEADING_TAGS);
export const BLOCKS = new Set([
  'P',
  'DIV',
  'SECTION',
  'ARTICLE',
  'MAIN',
  'ASIDE',
  'HEADER',
  'FOOTER',
  'NAV',
  'UL',
  'OL',
  'LI',
  'TABLE',
  'FORM',
  'PRE',
  'BLOCKQUOTE',
  'FIGURE',
  'DL',
  ...HEADING_TAGS,
]);
// Containers that themes use as paragraphs when they hold only inline content.
export const PARAGRAPH_HOSTS = new Set(['DIV', 'SECTION', 'TD', 'DD']);
export const UNLIKELY =
  /-ad-|ai2html|banner|breadcrumbs|combx|comment|community|cover-wrap|disqus|extra|footer|gdpr|header|legends|menu|related|remark|replies|rss|shoutbox|sidebar|skyscraper|social|sponsor|supplemental|ad-break|agegate|pagination|pager|popup|yom-remote/i;
export const MAYBE = /and|article|body|column|content|main|shadow/i;
// Class/id vocabularies; each is counted per element, so a page-wide theme word shows up as a few hits
// while a forum thread or a shop page shows dozens.
export const FORUM_CLASS =
  /\b(?:post-?(?:body|message|author|user|reply)|message-?(?:body|content|user)|topic|thread|forum|replies|reply|upvote|vote|answer|usercard|avatar|postbit|username|user-?info)/i;
export const COMMENT_CLASS = /comment|disqus/i;
/** A whole class/id word naming a reader-comment section (or one reply in it). */
export const COMMENT_SECTION =
  /(?:^|[\s_-])(?:comments?|commentlist|disqus(?:_thread)?|respond|replies)(?:$|[\s_-])/i;
export const PRODUCT_CLASS =
  /price|add-?to-?(?:cart|bag|basket)|addtocart|basket|\bcart|checkout|\bsku\b|quantity|variant|swatch|product-?(?:card|tile|item|form|info|detail|gallery|title)|rating|stars/i;
export const DOC_CLASS =
  /\b(?:docs?|toc|table-of-contents|breadcrumb|api|sidebar-?nav|nav-?tree|menu-?tree|on-this-page)\b/i;
export const BYLINE_CLASS = /byline|author|writer|contributor/i;
export const PRICE_TEXT = /(?:[$€£¥₹]\s?\d|\d(?:[.,]\d\d)?\s?(?:€|USD|EUR|GBP)\b)/;
export const CART_TEXT =
  /^(?:add to (?:cart|bag|basket|wishlist)|buy (?:it )?now|in stock|out of stock|checkout|shop now|sold out)/i;
export const FORUM_TEXT =
  /^(?:reply|quote|joined:?|posts:?|report|permalink|upvote|accepted answer|\d+ (?:replies|answers|votes|posts))\b/i;
export const CTA_TEXT =
  /^(?:get started|start (?:free|your|now)|book a (?:demo|call)|request a (?:demo|quote)|contact (?:us|sales)|sign up|try (?:it )?(?:free|now)|free trial|learn more|get a quote|talk to)/i;
export const BY_TEXT = /^by\s+\p{Lu}/u;
const MONTH = '(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?';
export const DATE_TEXT = new RegExp(
  `\\b(?:${MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+(?:19|20)\\d\\d|\\d{1,2}\\s+${MONTH},?\\s+(?:19|20)\\d\\d|(?:19|20)\\d\\d-[01]\\d-[0-3]\\d|[0-3]?\\d[./][01]?\\d[./](?:19|20)\\d\\d)\\b`,
  'i',
);
export const AGO_TEXT =
  /\b\d+\s*(?:s|m|h|d|w|y|mo|yr|min|mins|minutes?|hours?|hrs?|days?|weeks?|months?|years?)\.?\s+ago\b/i;
export const SAMPLE = 4000;
export const PHONE_TEXT = /(?:^|[^\d])(?:\+?\d{1,3}[\s.-]?)?\(?\d{3}\)?[\s.-]\d{3}[\s.-]\d{4}(?:$|[^\d])/;
export const SHARE_CLASS = /share|social/i;
/** A heading that asks a question (the FAQ blocks of service and help pages). */
export const QUESTION_END = /[?？]\s*$/;
