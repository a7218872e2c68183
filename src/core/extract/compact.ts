/**
 * Before the article goes to DOMPurify: the cleaning rules needed class names, the reader does not, and
 * DOMPurify over jsdom (the CLI's sanitiser) costs time per node and per attribute. Dropping presentational
 * attributes, comments, layout-only whitespace between blocks and bare <span>/<font> wrappers leaves the
 * same article in far fewer nodes; DOMPurify would strip those attributes anyway.
 */

const BLOCK = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'DD',
  'DIV',
  'DL',
  'DT',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HR',
  'LI',
  'MAIN',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'TABLE',
  'TBODY',
  'THEAD',
  'TFOOT',
  'TR',
  'TD',
  'TH',
  'UL',
  'PICTURE',
  'DETAILS',
  'SUMMARY',
]);
const KEEP_WHITESPACE = new Set(['PRE', 'CODE', 'TEXTAREA']);

function isBlock(node: Node | null): boolean {
  return !node || (node.nodeType === 1 && BLOCK.has((node as Element).tagName));
}

/** Compacts `root` in place for sanitising. */
export function compactForSanitizer(root: Element): void {
  for (const el of Array.from(root.querySelectorAll('*'))) {
    for (const name of el.getAttributeNames()) {
      if (
        name === 'class' ||
        name === 'id' ||
        name === 'style' ||
        name.startsWith('data-') ||
        name.startsWith('aria-')
      )
        el.removeAttribute(name);
    }
  }
  const walk = (parent: Element, inPre: boolean): void => {
    for (let node = parent.firstChild; node;) {
      const next = node.nextSibling;
      if (node.nodeType === 8) {
        parent.removeChild(node);
      } else if (node.nodeType === 3) {
        if (!inPre && !/\S/.test(node.nodeValue ?? '') && isBlock(node.previousSibling) && isBlock(next)) {
          parent.removeChild(node);
        }
      } else if (node.nodeType === 1) {
        const el = node as Element;
        walk(el, inPre || KEEP_WHITESPACE.has(el.tagName));
        if ((el.tagName === 'SPAN' || el.tagName === 'FONT') && el.attributes.length === 0) {
          while (el.firstChild) parent.insertBefore(el.firstChild, el);
          parent.removeChild(el);
        }
      }
      node = next;
    }
  };
  walk(root, false);
}
