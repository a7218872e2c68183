/**
 * Three of Readability's per-node checks, with the cheap test first. Readability 0.6 runs them on every node
 * it walks, and each reads the node's whole textContent (or its inline style) before the test that usually
 * settles the answer; on a large page that is quadratic. The answers are the same (test/unit/extract/
 * readability-shortcuts.test.ts compares them with Readability's own methods on every element of the
 * fixture pages, and fails if an upgrade renames them).
 *
 * And one memo: Readability's conditional cleaning measures each block's text five times over (list share,
 * commas, content length, link density, text density) and the text of every nested block again for each
 * ancestor. Its test only reads the tree, so while it runs a text is kept until the next removal.
 */
import { Readability } from '@mozilla/readability';
import { hasText } from './dom';

/** The private methods replaced here, as Readability 0.6 declares them. */
export interface ReadabilityChecks {
  _isValidByline(node: Element, matchString: string): boolean;
  _isElementWithoutContent(node: Element): boolean;
  _isProbablyVisible(node: Element): boolean;
  REGEXPS: { byline: RegExp };
  ELEMENT_NODE: number;
}

/** The conditional cleaning and the helpers it reads texts and removes nodes with, as Readability 0.6 declares them. */
export interface ReadabilityCleaning {
  _cleanConditionally(e: Element, tag: string): void;
  _getInnerText(e: Node, normalizeSpaces?: boolean): string;
  _removeNodes(
    nodeList: ArrayLike<Element>,
    filterFn?: (this: ReadabilityCleaning, node: Element, i: number, list: ArrayLike<Element>) => boolean,
  ): void;
}

/** Texts measured during one conditional cleaning, by node; [normalised, as is]. */
type TextMemo = Map<Node, [string | undefined, string | undefined]>;
const memos = new WeakMap<object, TextMemo>();

/** Readability's conditional cleaning with each text measured once between two removals. */
export function cleaningMemo(original: ReadabilityCleaning): ReadabilityCleaning {
  return {
    _cleanConditionally(e, tag) {
      memos.set(this, new Map());
      try {
        original._cleanConditionally.call(this, e, tag);
      } finally {
        memos.delete(this);
      }
    },
    _getInnerText(e, normalizeSpaces) {
      const memo = memos.get(this);
      if (!memo) return original._getInnerText.call(this, e, normalizeSpaces);
      const slot = normalizeSpaces === false ? 1 : 0;
      let entry = memo.get(e);
      if (!entry) memo.set(e, (entry = [undefined, undefined]));
      return (entry[slot] ??= original._getInnerText.call(this, e, normalizeSpaces));
    },
    _removeNodes(nodeList, filterFn) {
      const memo = memos.get(this);
      if (!memo || !filterFn) return original._removeNodes.call(this, nodeList, filterFn);
      // A removal changes the text of every ancestor: the memo starts again after each one.
      return original._removeNodes.call(this, nodeList, function (node, i, list) {
        const remove = filterFn.call(this, node, i, list);
        if (remove) memo.clear();
        return remove;
      });
    },
  };
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

const installed = {
  ...shortcuts(Readability.prototype as unknown as ReadabilityChecks),
  ...cleaningMemo(Readability.prototype as unknown as ReadabilityCleaning),
};

/** Installs the shortcuts on one reader (not on Readability itself, which other code may use) and returns it. */
export function withShortcuts<T>(reader: Readability<T>): Readability<T> {
  return Object.assign(reader, installed);
}
