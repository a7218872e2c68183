/**
 * Before the article goes to DOMPurify: the cleaning rules needed class names, the reader does not, and
 * DOMPurify over jsdom (the CLI's sanitiser) costs time per node and per attribute. Dropping presentational
 * attributes, comments, layout-only whitespace between blocks and bare <span>/<font> wrappers leaves the
 * same article in far fewer nodes; DOMPurify would strip those attributes anyway.
 */
import { BLOCK_TAGS } from './dom';

/** Blocks, and the parts of a table between which whitespace is layout only. */
const BLOCK: ReadonlySet<string> = new Set([...BLOCK_TAGS, 'TBODY', 'THEAD', 'TFOOT', 'TD', 'TH']);
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
