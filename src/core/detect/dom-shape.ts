/**
 * DOM-shape evidence for the detector, gathered in ONE recursive walk over the body.
 * Reads only (never mutates) and uses only the node API that linkedom and browsers share.
 */
import {
  SKIP,
  HEADINGS,
  BLOCKS,
  PARAGRAPH_HOSTS,
  UNLIKELY,
  MAYBE,
  FORUM_CLASS,
  COMMENT_CLASS,
  PRODUCT_CLASS,
  DOC_CLASS,
  BYLINE_CLASS,
  PRICE_TEXT,
  CART_TEXT,
  FORUM_TEXT,
  CTA_TEXT,
  BY_TEXT,
  DATE_TEXT,
  AGO_TEXT,
  PHONE_TEXT,
  SHARE_CLASS,
  COMMENT_SECTION,
  QUESTION_END,
} from './dom-cues';
import { cjkChars, HAS_CJK } from './cjk';
import { MAX_SAMPLED, sampleText, type Sampled } from './wording-sample';
import { emptyDomShape, type DomShape } from './shape-record';

export type { DomShape } from './shape-record';

interface Sub {
  text: number;
  link: number;
  hasLink: boolean;
  hasMedia: boolean;
  hasHeading: boolean;
  hasTime: boolean;
  /** Holds a block-level element (so it is a container, not a paragraph). */
  hasBlock: boolean;
  /** Already counted a paragraph inside (so this element is not one more). */
  hasParagraph: boolean;
  /** Is a reader-comment section or sits inside one. */
  inComments: boolean;
}

// Han, kana and Hangul carry a word in one or two characters where Latin scripts need five or six: lengths
// count each such character twice, so that thresholds set in characters (80 for a paragraph, 140 for a
// Readability block, 500 for an article) mean about the same amount of text in Chinese, Japanese or Korean.
const CJK_WEIGHT = 2;

/** Head children the structured-data reader needs (the head is flat: no walk needed). */
function collectHead(head: Element, s: DomShape): void {
  for (let n = head.firstElementChild; n; n = n.nextElementSibling) {
    const tag = n.tagName.toUpperCase();
    if (tag === 'META') s.metas.push(n);
    else if (tag === 'SCRIPT' && (n.getAttribute('type') ?? '').toLowerCase() === 'application/ld+json')
      s.ldScripts.push(n);
  }
}

/** Walks the document once and returns the raw DOM shape. */
export function measureDom(doc: Document, opts: { includeHidden?: boolean } = {}): DomShape {
  const skipHidden = !opts.includeHidden;
  const s: DomShape = emptyDomShape();
  const byParent = new Map<Element, { text: number; count: number }>();
  const paragraphs: Sampled[] = [];
  let inLink = 0;
  let inLi = 0;
  let inNav = 0;
  let inComments = 0;
  let itemTypesLeft = 50;

  const walk = (el: Element): Sub => {
    const tag = el.tagName.toUpperCase();
    const sub: Sub = {
      text: 0,
      link: 0,
      hasLink: false,
      hasMedia: false,
      hasHeading: false,
      hasTime: false,
      hasBlock: false,
      hasParagraph: false,
      inComments: false,
    };
    const cls = (el.getAttribute('class') ?? '') + ' ' + (el.getAttribute('id') ?? '');
    const hasCls = cls.length > 1;
    // Replies under a story are the story's comments, not a forum: forum evidence counts outside them.
    const commentSection = hasCls && tag !== 'BODY' && tag !== 'HTML' && COMMENT_SECTION.test(cls);
    if (commentSection) inComments++;
    sub.inComments = inComments > 0;
    if (hasCls) {
      if (FORUM_CLASS.test(cls) && inComments === 0) s.forumMarks++;
      if (COMMENT_CLASS.test(cls)) s.commentMarks++;
      if (PRODUCT_CLASS.test(cls)) s.productMarks++;
      if (DOC_CLASS.test(cls)) s.docMarks++;
      if (SHARE_CLASS.test(cls)) s.shareMarks++;
    }
    const isLink = tag === 'A';
    const isLi = tag === 'LI';
    const isNav = tag === 'NAV';
    if (isLink) {
      inLink++;
      s.links++;
      sub.hasLink = true;
      if (inNav > 0) s.navLinks++;
    }
    if (isLi) {
      inLi++;
      s.listItems++;
    }
    if (isNav) inNav++;
    switch (tag) {
      case 'ARTICLE':
        s.articles++;
        break;
      case 'H1':
        s.h1++;
        break;
      case 'TIME':
        s.times++;
        sub.hasTime = true;
        break;
      case 'BUTTON':
        s.buttons++;
        break;
      case 'PRE':
        s.codeBlocks++;
        break;
      case 'TABLE':
        s.tables++;
        break;
      case 'INPUT':
      case 'TEXTAREA':
        s.inputs++;
        break;
      case 'UL':
      case 'OL':
        s.lists++;
        break;
      case 'IMG':
      case 'PICTURE':
      case 'VIDEO':
        s.images++;
        sub.hasMedia = true;
        break;
    }
    if (HEADINGS.has(tag)) {
      s.headings++;
      sub.hasHeading = true;
      if (QUESTION_END.test(el.textContent ?? '')) s.questionHeadings++;
    }
    if ((hasCls && BYLINE_CLASS.test(cls)) || el.getAttribute('rel') === 'author') s.bylines++;

    // Children, grouped by shape to find repeated teaser blocks.
    let shapes: Map<string, number> | null = null;
    let postShapes: Map<string, number> | null = null;
    let brs = 0;
    for (let n = el.firstChild; n; n = n.nextSibling) {
      if (n.nodeType === 3) {
        // Browsers keep <noscript> content as raw markup text; only linkedom parses it into elements.
        if (tag === 'NOSCRIPT') continue;
        const raw = n.nodeValue ?? '';
        if (raw.length === 0) continue;
        // trim() only: collapsing inner whitespace would allocate a string per text node for little gain.
        const t = raw.trim();
        if (!t) continue;
        const len = HAS_CJK.test(t) ? t.length + cjkChars(t) * (CJK_WEIGHT - 1) : t.length;
        sub.text += len;
        if (inLink > 0) sub.link += len;
        if (t.length < 60) {
          if (DATE_TEXT.test(t)) {
            s.dateTexts++;
            sub.hasTime = true;
          } else if (AGO_TEXT.test(t)) {
            if (inComments === 0) s.agoTexts++;
            sub.hasTime = true;
          }
        }
        if (t.length < 40) {
          if (PRICE_TEXT.test(t)) s.prices++;
          if (CART_TEXT.test(t)) s.cartTexts++;
          else if (FORUM_TEXT.test(t)) s.forumTexts++;
          else if (CTA_TEXT.test(t)) s.ctaTexts++;
          else if (BY_TEXT.test(t)) s.bylines++;
          if (PHONE_TEXT.test(t)) s.phones++;
        }
        continue;
      }
      if (n.nodeType !== 1) continue;
      const child = n as Element;
      const ctag = child.tagName.toUpperCase();
      if (ctag === 'BR') {
        brs++;
        continue;
      }
      if (ctag === 'SCRIPT') {
        if ((child.getAttribute('type') ?? '').toLowerCase() === 'application/ld+json')
          s.ldScripts.push(child);
        continue;
      }
      if (ctag === 'META') {
        s.metas.push(child);
        continue;
      }
      if (ctag === 'HEAD') {
        collectHead(child, s);
        continue;
      }
      if (
        SKIP.has(ctag) ||
        (skipHidden && child.hasAttribute('hidden')) ||
        child.getAttribute('aria-hidden') === 'true'
      )
        continue;
      const style = child.getAttribute('style');
      if (style && /display\s*:\s*none/i.test(style)) continue;
      if (itemTypesLeft > 0 && child.hasAttribute('itemtype')) {
        itemTypesLeft--;
        s.itemTypes.push(child.getAttribute('itemtype') ?? '');
      }
      const c = walk(child);
      sub.text += c.text;
      sub.link += c.link;
      sub.hasLink ||= c.hasLink;
      sub.hasMedia ||= c.hasMedia;
      sub.hasHeading ||= c.hasHeading;
      sub.hasTime ||= c.hasTime;
      sub.hasBlock ||= c.hasBlock || BLOCKS.has(ctag);
      sub.hasParagraph ||= c.hasParagraph;
      const teaser = c.hasLink && (c.hasMedia || c.hasHeading) && c.text < 600;
      // Reference lists (dated citations in <li>) look like posts; real posts carry an avatar or sit in blocks.
      const post =
        c.hasLink && c.hasTime && c.text >= 80 && c.link < c.text * 0.5 && (c.hasMedia || ctag !== 'LI');
      if (teaser || post) {
        const key = ctag + '.' + (child.getAttribute('class') ?? '').trim().split(/\s+/, 1)[0];
        if (teaser) {
          shapes ??= new Map();
          shapes.set(key, (shapes.get(key) ?? 0) + 1);
        }
        if (post && !c.inComments) {
          postShapes ??= new Map();
          postShapes.set(key, (postShapes.get(key) ?? 0) + 1);
        }
      }
    }
    if (shapes) {
      for (const run of shapes.values()) {
        if (run >= 3) {
          s.teasers += run;
          if (run > s.maxTeaserRun) s.maxTeaserRun = run;
        }
      }
    }

    if (postShapes) {
      for (const run of postShapes.values()) if (run >= 3) s.posts += run;
    }

    if (isLink) inLink--;
    if (isLi) {
      inLi--;
      if (inLi === 0) s.listText += sub.text;
    }
    if (isNav) inNav--;
    if (commentSection) inComments--;
    if (tag === 'H1' && !s.h1Text)
      s.h1Text = (el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 300);

    const block = tag === 'P' || tag === 'PRE' || tag === 'ARTICLE' || (tag === 'DIV' && brs > 0);
    if (
      block &&
      sub.text >= 140 &&
      (inLi === 0 || tag !== 'P') &&
      !(UNLIKELY.test(cls) && !MAYBE.test(cls))
    ) {
      s.readerSum += Math.sqrt(sub.text - 140);
    }
    const paragraphLike = tag === 'P' || (PARAGRAPH_HOSTS.has(tag) && (brs > 1 || !sub.hasBlock));
    if (paragraphLike && !sub.hasParagraph && sub.text >= 80 && sub.link < sub.text * 0.5) {
      sub.hasParagraph = true;
      s.longParagraphs++;
      s.paragraphText += sub.text;
      if (!s.firstLongParagraph) s.firstLongParagraph = (el.textContent ?? '').trim().slice(0, 200);
      // Credit the parent and the grandparent: themes often wrap each paragraph in its own block.
      const parent = el.parentElement;
      const grand = parent?.parentElement;
      if (paragraphs.length < MAX_SAMPLED) paragraphs.push({ el, parent, grand });
      for (const holder of [parent, grand]) {
        if (!holder) continue;
        const e = byParent.get(holder) ?? { text: 0, count: 0 };
        e.text += sub.text;
        e.count++;
        byParent.set(holder, e);
      }
    }
    return sub;
  };

  // Every top-level element, not just doc.body or doc.documentElement: malformed pages parse under linkedom
  // into several <body> elements, or a stray <script> before <html> becomes the documentElement.
  // (childNodes, not firstChild/nextSibling: linkedom's doctype node has no nextSibling.)
  for (const n of Array.from(doc.childNodes)) {
    if (n.nodeType !== 1) continue;
    const top = walk(n as Element);
    s.textLen += top.text;
    s.linkTextLen += top.link;
  }
  let densest: Element | null = null;
  for (const [holder, e] of byParent) {
    if (e.text >= 300) s.textClusters++;
    if (e.text > s.densestText) {
      s.densestText = e.text;
      s.densestCount = e.count;
      densest = holder;
    }
  }
  s.sample = sampleText(paragraphs, densest);
  return s;
}
