/**
 * The cleaning stage after Readability: rules applied to the element Readability chose, in an order
 * where each rule sees the work of the previous one (captions first, so they are not mistaken for
 * boilerplate; teasers before empty-container pruning).
 */
import { undoableRemovals } from './dom';
import { dropAuthorBio } from './post/drop-author-bio';
import { dropCardRuns } from './post/drop-card-runs';
import { dropBoilerplate } from './post/drop-boilerplate';
import { dropDanglingHeadings } from './post/drop-dangling-headings';
import { dropMetaLines } from './post/drop-meta-lines';
import { dropRepeatedCards } from './post/drop-repeated-cards';
import { dropRepeatedCopies } from './post/drop-repeated-copies';
import { dropTagLinks } from './post/drop-tag-links';
import { dropTeasers } from './post/drop-teasers';
import { dropTitleHeading } from './post/drop-title-heading';
import { markDetachedCaptions } from './post/mark-detached-captions';
import { pruneEmpty } from './post/prune-empty';

export interface CleanContext {
  title: string;
  byline: string | null;
  siteName: string | null;
}

/**
 * Cleans Readability's article element in place and returns it; when the teaser rules would remove most
 * of it, it is cleaned without them instead.
 */
export function cleanArticle(root: Element, ctx: CleanContext): Element {
  // A story printed twice (desktop and mobile copies) is read once, before anything is measured.
  dropRepeatedCopies(root);
  // Cards of other stories go before the measure below: the story's own run of cards is never touched, so a
  // listing page keeps its items, and a short story followed by many cards is not taken for a listing.
  dropCardRuns(root);
  const before = (root.textContent ?? '').length;
  dropTitleHeading(root, ctx.title);
  markDetachedCaptions(root);
  // Every rule from here on only removes blocks, so their work can be undone for pages that are lists
  // themselves (shop listings, forum threads): there the teaser rules would take the content for clutter
  // and leave almost nothing.
  const undo = undoableRemovals(() => {
    dropRepeatedCards(root);
    dropTeasers(root);
    finish(root, ctx);
  });
  if ((root.textContent ?? '').length >= before * KEEP_AT_LEAST) return root;
  undo();
  finish(root, ctx);
  return root;
}

/** The rules after the teaser rules. */
function finish(root: Element, ctx: CleanContext): void {
  dropTagLinks(root);
  dropBoilerplate(root);
  dropMetaLines(root, [ctx.byline, ctx.siteName]);
  dropAuthorBio(root, ctx.byline);
  pruneEmpty(root);
  dropDanglingHeadings(root);
}

/** Share of Readability's text that the teaser rules may remove before the page counts as a list. */
const KEEP_AT_LEAST = 0.35;
