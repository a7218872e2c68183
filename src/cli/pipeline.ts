/** Reads one saved page through the core pipeline, with Node's DOM plumbing. */
import type { Gazetteer } from '../core/knowledge/gazetteer';
import { readDocument } from '../core/read';
import type { ReadResult } from '../core/types';
import { loadHtml } from './load';
import { nodePurifier, parseDocument } from './node-dom';

export interface CliReadOptions {
  url: string | null;
  gazetteer?: Gazetteer;
}

/** Loads, parses and reads `file`. Throws InputError for input that is not a readable HTML page. */
export async function readFileAsResult(file: string, opts: CliReadOptions): Promise<ReadResult> {
  const html = await loadHtml(file);
  const doc = parseDocument(html, opts.url);
  return readDocument(doc, {
    url: opts.url,
    purify: nodePurifier(),
    ...(opts.gazetteer ? { gazetteer: opts.gazetteer } : {}),
  });
}
