/**
 * The cleaning stage before Readability scores the page, on the clone: scripts and style sheets dropped,
 * images made real, structure that must survive (captions, pull quotes) made explicit, then clutter removed.
 */
import { dropScripts } from './prepare/drop-scripts';
import { keepPullQuotes } from './prepare/keep-pull-quotes';
import { resolveLazyImages } from './prepare/lazy-images';
import { markCaptions } from './prepare/mark-captions';
import { removeClutter } from './prepare/remove-clutter';

/** Prepares the cloned document in place. */
export function prepareClone(doc: Document): void {
  dropScripts(doc);
  resolveLazyImages(doc);
  keepPullQuotes(doc);
  markCaptions(doc);
  removeClutter(doc);
}

/**
 * The page as the cleaning stage leaves it, for the recovery rules that read it again: prepared on the first
 * call and shared afterwards, so readers that change it must copy it. A copy of the prepared page is the same
 * tree as a new copy of the page prepared again, and cheaper: the clutter is gone and the rules do not rerun.
 */
export function preparedPage(doc: Document): () => Document {
  let prepared: Document | null = null;
  return () => {
    if (!prepared) {
      prepared = doc.cloneNode(true) as Document;
      prepareClone(prepared);
    }
    return prepared;
  };
}
