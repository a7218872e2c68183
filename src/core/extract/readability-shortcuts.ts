/**
 * Three of Readability's per-node checks, with the cheap test first. Readability 0.6 runs them on every node
 * it walks, and each reads the node's whole textContent (or its inline style) before the test that usually
 * settles the answer; on a large page that is quadratic. The answers are the same (test/unit/extract/
 * readability-shortcuts.test.ts compares them with Readability's own methods on every element of the
 * fixture pages, and fails if an upgrade renames them).
 */
import { Readability } from '@mozilla/readability';

/** The private methods replaced here, as Readability 0.6 declares them. */
export interface ReadabilityChecks {
  _isValidByline(node: Element, matchString: string): boolean;
  _isElementWithoutContent(node: Element): boolean;
  _isProbablyVisible(node: Element): boolean;
  REGEXPS: { byline: RegExp };
  ELEMENT_NODE: number;
}

/**
 * True when some text under `node` is not whitespace (what `textContent.trim().length` tells, without the
 * copy). Walked without recursion: a page may nest elements thousands deep.
 */
function hasText(node: Node): boolean {
  let c: Node | null = node.firstChild;
  while (c) {
    if (c.nodeType === 3 || c.nodeType === 4) {
      if (/\S/.test((c as CharacterData).data)) return true;
    } else if (c.nodeType === 1 && c.firstChild) {
      c = c.firstChild;
      continue;
    }
    while (c && !c.nextSibling) {
      c = c.parentNode;
      if (c === node) return false;
    }
    c = c ? c.nextSibling : null;
  }
  return false;
}

/** The checks, each falling back to Readability's own where the shortcut does not settle it. */
export function shortcuts(
  original: ReadabilityChecks,
): Pick<ReadabilityChecks, '_isValidByline' | '_isElementWithoutContent' | '_isProbablyVisible'> {
  return {
    // The marks first (Readability's own regex; rel and itemprop as 0.6 reads them): only a marked node needs
    // its text measured.
    _isValidByline(this: ReadabilityChecks, node, matchString) {
      const itemprop = node.getAttribute('itemprop');
      const marked =
        node.getAttribute('rel') === 'author' ||
        (!!itemprop && itemprop.includes('author')) ||
        this.REGEXPS.byline.test(matchString);
      return marked && original._isValidByline.call(this, node, matchString);
    },
    // Any text settles it, found without building the subtree's text.
    _isElementWithoutContent(this: ReadabilityChecks, node) {
      if (node.nodeType !== this.ELEMENT_NODE || hasText(node)) return false;
      return original._isElementWithoutContent.call(this, node);
    },
    // Without a style, `hidden` or `aria-hidden` attribute there is nothing that could hide it.
    _isProbablyVisible(this: ReadabilityChecks, node) {
      if (
        !node.hasAttributes() ||
        !(node.hasAttribute('style') || node.hasAttribute('hidden') || node.hasAttribute('aria-hidden'))
      )
        return true;
      return original._isProbablyVisible.call(this, node);
    },
  };
}

const installed = shortcuts(Readability.prototype as unknown as ReadabilityChecks);

/** Installs the shortcuts on one reader (not on Readability itself, which other code may use) and returns it. */
export function withShortcuts<T>(reader: Readability<T>): Readability<T> {
  return Object.assign(reader, installed);
}
