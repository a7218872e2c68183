/**
 * Second line of defence: article HTML from a content script is untrusted here too, so the UI sanitises it
 * again with DOMPurify in the extension page before it is rendered.
 */
import DOMPurify, { type Config } from 'dompurify';
import { ALLOWED_ATTR, ALLOWED_TAGS } from '../core/extract/purify';

const FORBID_TAGS = [
  'style',
  'script',
  'form',
  'input',
  'button',
  'textarea',
  'select',
  'iframe',
  'frame',
  'object',
  'embed',
  'base',
  'meta',
  'link',
  'svg',
  'math',
  'template',
  'noscript',
];

const CONFIG: Config = {
  ALLOWED_TAGS,
  // target/rel are set by the hook below, never taken from the page.
  ALLOWED_ATTR: ALLOWED_ATTR.filter((a) => a !== 'target' && a !== 'rel'),
  ALLOW_DATA_ATTR: false,
  ALLOW_ARIA_ATTR: false,
  ALLOWED_URI_REGEXP: /^(?:https?:|mailto:|#)/i,
  FORBID_TAGS,
  FORBID_ATTR: ['style', 'id', 'name', 'class', 'srcdoc', 'formaction', 'action'],
  SANITIZE_DOM: true,
  SANITIZE_NAMED_PROPS: true,
  KEEP_CONTENT: true,
};

/** Links leave the reader in a new tab and tell the target nothing about where they came from. */
function harden(node: Element): void {
  if (node.nodeName === 'A' && node.hasAttribute('href')) {
    if ((node.getAttribute('href') ?? '').startsWith('#')) node.removeAttribute('href');
    else {
      node.setAttribute('target', '_blank');
      node.setAttribute('rel', 'noopener noreferrer');
    }
  }
  if (node.nodeName === 'IMG') {
    node.setAttribute('loading', 'lazy');
    node.setAttribute('decoding', 'async');
    node.setAttribute('referrerpolicy', 'no-referrer');
  }
}

function run<T>(fn: () => T): T {
  DOMPurify.addHook('afterSanitizeAttributes', harden);
  try {
    return fn();
  } finally {
    DOMPurify.removeHook('afterSanitizeAttributes');
  }
}

/** Sanitised HTML string safe for `dangerouslySetInnerHTML` (DOMPurify with the core allow-list). */
export function safeArticleHtml(html: string): string {
  return run(() => DOMPurify.sanitize(html, CONFIG));
}

/**
 * Sanitised article as a DOM fragment of the current document, with wide content made scrollable.
 * Built as nodes so mentions can later be marked by walking text nodes, never by editing HTML strings.
 */
export function safeArticleFragment(html: string): DocumentFragment {
  const frag = run(() => DOMPurify.sanitize(html, { ...CONFIG, RETURN_DOM_FRAGMENT: true }));
  // The page's own <main>/<aside> would be landmarks inside the reader's; keep them as plain blocks.
  for (const el of Array.from(frag.querySelectorAll('main, aside'))) {
    const div = el.ownerDocument.createElement('div');
    div.append(...Array.from(el.childNodes));
    el.replaceWith(div);
  }
  for (const el of Array.from(frag.querySelectorAll('table, pre'))) {
    // Wide tables and code scroll on their own, never the page; focusable so the keyboard can scroll them.
    const box = el.ownerDocument.createElement('div');
    box.className = el.nodeName === 'TABLE' ? 'lede-scroll lede-table' : 'lede-scroll lede-code';
    box.tabIndex = 0;
    box.setAttribute('role', 'region');
    box.setAttribute('aria-label', el.nodeName === 'TABLE' ? 'Table' : 'Code');
    el.replaceWith(box);
    box.appendChild(el);
  }
  return frag;
}
