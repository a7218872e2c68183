/**
 * The cleaning stage before Readability scores the page, on the clone: images made real, structure that
 * must survive (captions, pull quotes) made explicit, then clutter removed.
 */
import { keepPullQuotes } from './prepare/keep-pull-quotes';
import { resolveLazyImages } from './prepare/lazy-images';
import { markCaptions } from './prepare/mark-captions';
import { removeClutter } from './prepare/remove-clutter';

/** Prepares the cloned document in place. */
export function prepareClone(doc: Document): void {
  resolveLazyImages(doc);
  keepPullQuotes(doc);
  markCaptions(doc);
  removeClutter(doc);
}
