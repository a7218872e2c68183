/**
 * `lede read FILE --lookup`: fills notes with Wikipedia/Wikidata background. Off by default; only entity
 * names are sent. `--wiki-base URL` and `--wikidata-api URL` point at a mirror (tests use a fake server).
 */
import { loadGazetteer } from '../core/knowledge';
import { lookupNotes } from '../core/knowledge/lookup-note';
import { createWikiClient, MemoryCache } from '../core/knowledge/wiki-client';
import type { Note } from '../core/types';

export interface LookupFlags {
  lang: string;
  wikipediaBase?: string;
  wikidataApi?: string;
}

/** Looks the notes up online (in place) and returns how many got a background summary. */
export async function lookupCliNotes(notes: Note[], flags: LookupFlags): Promise<number> {
  const client = createWikiClient({
    fetch: (input, init) => fetch(input, init),
    endpoints: {
      lang: flags.lang,
      ...(flags.wikipediaBase ? { wikipediaBase: flags.wikipediaBase } : {}),
      ...(flags.wikidataApi ? { wikidataApi: flags.wikidataApi } : {}),
    },
    userAgent: 'Lede-CLI/0.1 (https://github.com/lede-reader/lede)',
    cache: new MemoryCache(),
  });
  const found = await lookupNotes(notes, { client, gazetteer: loadGazetteer() });
  return Array.from(found.values()).filter((bg) => bg.summary).length;
}
