/**
 * The cleaning stage after Readability: rules applied to the element Readability chose, in an order
 * where each rule sees the work of the previous one (captions first, so they are not mistaken for
 * boilerplate; teasers before empty-container pruning).
 */
import { dropBoilerplate } from './post/drop-boilerplate';
import { dropMetaLines } from './post/drop-meta-lines';
import { dropRepeatedCards } from './post/drop-repeated-cards';
import { dropTeasers } from './post/drop-teasers';
import { dropTitleHeading } from './post/drop-title-heading';
import { markDetachedCaptions } from './post/mark-detached-captions';
import { pruneEmpty } from './post/prune-empty';

export interface CleanContext {
  title: string;
  byline: string | null;
  siteName: string | null;
}

/** Cleans Readability's article element in place. */
export function cleanArticle(root: Element, ctx: CleanContext): void {
  dropTitleHeading(root, ctx.title);
  markDetachedCaptions(root);
  dropRepeatedCards(root);
  dropTeasers(root);
  dropBoilerplate(root);
  dropMetaLines(root, [ctx.byline, ctx.siteName]);
  pruneEmpty(root);
}
