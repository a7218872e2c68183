/**
 * The one place where extracted HTML is made safe. Every Article.html passes through `sanitizeArticle`.
 * The purifier is injected (DOMPurify bound to a window) because DOMPurify needs a real DOM:
 * the browser's own in the extension, jsdom's in Node (linkedom is not supported by DOMPurify).
 */
import type { DOMPurify, Config } from 'dompurify';

export type Purifier = Pick<DOMPurify, 'sanitize' | 'addHook' | 'removeHook' | 'isSupported'>;

export const ALLOWED_TAGS = [
  'a',
  'abbr',
  'b',
  'blockquote',
  'br',
  'caption',
  'cite',
  'code',
  'col',
  'colgroup',
  'dd',
  'del',
  'details',
  'dfn',
  'div',
  'dl',
  'dt',
  'em',
  'figcaption',
  'figure',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'hr',
  'i',
  'img',
  'ins',
  'kbd',
  'li',
  'mark',
  'ol',
  'p',
  'picture',
  'pre',
  'q',
  's',
  'samp',
  'section',
  'small',
  'source',
  'span',
  'strong',
  'sub',
  'summary',
  'sup',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'time',
  'tr',
  'u',
  'ul',
  'var',
  'article',
  'aside',
  'header',
  'footer',
  'main',
];

export const ALLOWED_ATTR = [
  'href',
  'src',
  'srcset',
  'sizes',
  'alt',
  'title',
  'width',
  'height',
  'colspan',
  'rowspan',
  'scope',
  'headers',
  'datetime',
  'lang',
  'dir',
  'cite',
  'start',
  'reversed',
  'type',
  'media',
];

const CONFIG: Config = {
  ALLOWED_TAGS,
  ALLOWED_ATTR,
  ALLOW_DATA_ATTR: false,
  ALLOW_ARIA_ATTR: false,
  ALLOWED_URI_REGEXP: /^(?:https?:|mailto:|#)/i,
  FORBID_TAGS: [
    'style',
    'form',
    'input',
    'button',
    'textarea',
    'select',
    'iframe',
    'object',
    'embed',
    'base',
    'meta',
    'link',
    'svg',
    'math',
  ],
  KEEP_CONTENT: true,
  // DOMPurify walks from the <body> it parsed into. Without 'body' on the allow-list it treats that root as a
  // disallowed element kept for its content: it deep-clones the whole article next to it and then discards
  // the clones (the returned body keeps the originals). Allowing the root changes nothing in the output
  // (body.innerHTML) and halves DOMPurify's work on jsdom.
  ADD_TAGS: ['body'],
  SANITIZE_DOM: true,
  SANITIZE_NAMED_PROPS: true,
  WHOLE_DOCUMENT: false,
};

/** Links leave the reader in a new tab and tell the target nothing about where they came from. */
function hardenLinks(node: Element): void {
  if (node.nodeName === 'A' && node.hasAttribute('href')) {
    node.setAttribute('target', '_blank');
    node.setAttribute('rel', 'noopener noreferrer');
  }
}

/** Sanitises article HTML with the allow-list; returns the body element of the purifier's document. */
export function sanitizeArticle(purify: Purifier, html: string): HTMLElement {
  if (purify.isSupported === false) throw new Error('HTML sanitiser is not available in this environment');
  purify.addHook('afterSanitizeAttributes', hardenLinks);
  try {
    return purify.sanitize(html, { ...CONFIG, ADD_ATTR: ['target', 'rel'], RETURN_DOM: true }) as HTMLElement;
  } finally {
    purify.removeHook('afterSanitizeAttributes');
  }
}
