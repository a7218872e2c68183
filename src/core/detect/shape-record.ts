/** Raw counts and lengths the walk collects; `gatherEvidence` (features.ts) turns them into model inputs. */
export interface DomShape {
  textLen: number;
  linkTextLen: number;
  links: number;
  /** Paragraphs of at least 80 characters that are not mostly links. */
  longParagraphs: number;
  paragraphText: number;
  /** Text of the long paragraphs under the one parent holding most of it (the "body" of the page). */
  densestText: number;
  densestCount: number;
  /** Blocks holding at least 300 characters of paragraphs: one for a story, many for a sectioned sales page. */
  textClusters: number;
  /** Readability-style score without its early exit: sum of sqrt(len - 140) over long blocks. */
  readerSum: number;
  articles: number;
  h1: number;
  h1Text: string;
  headings: number;
  times: number;
  bylines: number;
  /** Items in runs of >= 3 sibling blocks of the same shape that each hold a link and an image or heading. */
  teasers: number;
  maxTeaserRun: number;
  forumMarks: number;
  commentMarks: number;
  productMarks: number;
  prices: number;
  cartTexts: number;
  forumTexts: number;
  ctaTexts: number;
  codeBlocks: number;
  tables: number;
  inputs: number;
  docMarks: number;
  navLinks: number;
  lists: number;
  listItems: number;
  images: number;
  /** Short texts that read as a calendar date ("March 4, 2025", "2025-03-04"). */
  dateTexts: number;
  /** Short relative times ("3 hours ago"): the mark of comment threads and feeds. */
  agoTexts: number;
  shareMarks: number;
  buttons: number;
  /** Items in runs of >= 3 same-shape sibling blocks that each hold a link and real text (posts, comments). */
  posts: number;
  firstLongParagraph: string;
  /** Short texts that are phone numbers: the mark of service and shop pages. */
  phones: number;
  /** Text inside (outermost) list items: service and documentation pages are bullet points. */
  listText: number;
  /** Headings that end in a question mark: the FAQ blocks of service and help pages. */
  questionHeadings: number;
  /** Nodes the structured-data reader needs, collected on the way so it does not query the DOM again. */
  ldScripts: Element[];
  metas: Element[];
  itemTypes: string[];
  /** A few thousand characters of paragraph text (the densest block's first), for cheap wording cues. */
  sample: string;
}

/** A record with nothing counted yet. */
export function emptyDomShape(): DomShape {
  return {
    textLen: 0,
    linkTextLen: 0,
    links: 0,
    longParagraphs: 0,
    paragraphText: 0,
    densestText: 0,
    densestCount: 0,
    textClusters: 0,
    readerSum: 0,
    articles: 0,
    h1: 0,
    h1Text: '',
    headings: 0,
    times: 0,
    bylines: 0,
    teasers: 0,
    maxTeaserRun: 0,
    forumMarks: 0,
    commentMarks: 0,
    productMarks: 0,
    prices: 0,
    cartTexts: 0,
    forumTexts: 0,
    ctaTexts: 0,
    codeBlocks: 0,
    tables: 0,
    inputs: 0,
    docMarks: 0,
    navLinks: 0,
    lists: 0,
    listItems: 0,
    images: 0,
    dateTexts: 0,
    agoTexts: 0,
    shareMarks: 0,
    buttons: 0,
    posts: 0,
    firstLongParagraph: '',
    sample: '',
    phones: 0,
    listText: 0,
    questionHeadings: 0,
    ldScripts: [],
    metas: [],
    itemTypes: [],
  };
}
