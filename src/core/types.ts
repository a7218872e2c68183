/**
 * The shared vocabulary of Lede. Everything that crosses a module or process boundary
 * (core → CLI, content script → popup, background → UI) is one of these shapes.
 */

/** One piece of evidence the detector weighed. `weight` is its contribution to the score. */
export interface Signal {
  id: string;
  weight: number;
  /** Human-readable reason, shown in "why did Lede open?". */
  note: string;
}

/** Is this page an article, and is it news? */
export interface Detection {
  isArticle: boolean;
  isNews: boolean;
  /** Probability-like score in [0, 1] that the page is an article. */
  score: number;
  signals: Signal[];
}

export interface LeadImage {
  src: string;
  alt: string;
  caption?: string;
}

/** The cleaned story. `html` is always sanitised (DOMPurify) before it leaves the core. */
export interface Article {
  title: string;
  byline: string | null;
  /** ISO 8601, or null when the page gives no usable date. */
  published: string | null;
  siteName: string | null;
  lang: string | null;
  dir: 'ltr' | 'rtl' | null;
  excerpt: string | null;
  leadImage: LeadImage | null;
  html: string;
  /** Plain text, paragraphs separated by a blank line ("\n\n"). */
  text: string;
  wordCount: number;
  readingMinutes: number;
}

export type NoteKind = 'group' | 'place';
export type EntityKind = NoteKind | 'person' | 'other';

/** One occurrence of an entity in `Article.text`. Offsets are UTF-16 indices into the text. */
export interface Mention {
  start: number;
  end: number;
  text: string;
  /** Index of the paragraph (split of `Article.text` on blank lines) that holds the mention. */
  paragraph: number;
}

/** Something the article itself says about an entity. */
export interface NoteContext {
  text: string;
  paragraph: number;
  kind: 'appositive' | 'premodifier' | 'definition' | 'sentence';
}

/** Background from outside the article, always with its source. */
export interface Summary {
  text: string;
  source: 'wikipedia' | 'wikidata' | 'bundled';
  /** Link to the source page, when there is one. */
  url: string | null;
  /** e.g. "CC BY-SA 4.0" for Wikipedia text. */
  licence: string;
  /** ISO date the text was retrieved (bundled: the data's build date). */
  retrieved: string | null;
  /** 0..1: how sure the linker is that this is the entity the story means. */
  confidence?: number;
  coordinates?: { lat: number; lon: number } | null;
}

/** A background note on one named group or place in the story. */
export interface Note {
  id: string;
  name: string;
  kind: NoteKind;
  /** Every other form the story uses for it (acronym, short form…), without `name`. */
  aliases: string[];
  mentionCount: number;
  mentions: Mention[];
  context: NoteContext[];
  summary: Summary | null;
  /** Wikipedia page title, when known (bundled knowledge or lookup). */
  wikipedia?: string;
  /** Wikidata id (Q…), when known. */
  wikidata?: string;
  coordinates?: { lat: number; lon: number } | null;
  /** Higher is more salient; notes are sorted by it. */
  salience: number;
  /** True for trivial notes the UI may fold (the site's own name, a lone dateline city). */
  folded?: boolean;
}

/** What the core returns for one page. */
export interface ReadResult {
  detection: Detection;
  article: Article | null;
  notes: Note[];
}
