/**
 * The whole pipeline for one page: detect, extract, recognise. Pure: the caller supplies the document,
 * the sanitiser and (optionally) the gazetteer, so the same code runs in the CLI, tests and the extension.
 */
import { detect } from './detect';
import { extract, type Purifier } from './extract';
import type { Gazetteer } from './knowledge/gazetteer';
import { buildNotes } from './notes';
import type { ReadResult } from './types';

export interface ReadOptions {
  url: string | null;
  purify: Purifier;
  gazetteer?: Gazetteer;
  /** Skip the notes stage (the content script leaves notes to the reader UI). */
  notes?: boolean;
}

/** Runs detection, extraction and (unless disabled) notes on `doc`. Extraction runs even for non-articles. */
export function readDocument(doc: Document, opts: ReadOptions): ReadResult {
  const detection = detect(doc, opts.url);
  const article = extract(doc, { purify: opts.purify });
  const notes =
    article && opts.notes !== false
      ? buildNotes(article, opts.gazetteer ? { gazetteer: opts.gazetteer } : {})
      : [];
  return { detection, article, notes };
}
