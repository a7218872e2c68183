/**
 * Offline linking of a story's notes to bundled knowledge: each note gets the bundled entry that fits its
 * kind, the story's countries and the story's own description of it, with a confidence; when nothing fits
 * well enough the note keeps no title rather than a wrong one ("Olympia" in a story about Greece is not the
 * capital of Washington state).
 */
import type { Note, Summary } from '../types';
import type { Gazetteer, GazetteerEntry } from './gazetteer';
import { queriesFor } from './link/acronym';
import { candidateFromEntry, type Candidate } from './link/candidate';
import { linkNote, type LinkResult } from './link/link-note';
import { guessTitle } from './link/guess-title';

export interface AttachOptions {
  /**
   * Give notes that match no bundled entry a title guessed from Wikipedia's naming conventions
   * ("Manila Bay", "Kyoto University"); such notes get no summary. Off by default: a guess is only as good
   * as an online check of it.
   */
  guessTitles?: boolean | 'places';
  /** ISO date shown as the retrieval date of bundled facts. */
  built?: string;
}

const COUNTRY_LEVEL = new Set(['country', 'territory']);

/**
 * How much each country figures in a story: its country notes count by their mentions, the countries of
 * its towns and regions count half. `skip` leaves one note out, so that a note never votes for itself.
 */
export function storyCountryWeights(notes: Note[], gazetteer: Gazetteer, skip?: Note): Map<string, number> {
  const weight = new Map<string, number>();
  for (const n of notes) {
    if (n.kind !== 'place' || n === skip) continue;
    const top = gazetteer.lookup(n.name)[0];
    if (!top?.country) continue;
    const w = (COUNTRY_LEVEL.has(top.subtype) ? 1 : 0.5) * Math.max(1, n.mentionCount);
    weight.set(top.country, (weight.get(top.country) ?? 0) + w);
  }
  return weight;
}

/** The countries a story is about, most weight first. */
export function storyCountries(notes: Note[], gazetteer: Gazetteer, skip?: Note): string[] {
  return [...storyCountryWeights(notes, gazetteer, skip)].sort((a, b) => b[1] - a[1]).map(([c]) => c);
}

/** Candidates for a note from the gazetteer: every entry found for its search forms, in lookup order. */
export function bundledCandidates(
  note: { name: string; aliases?: string[] },
  gazetteer: Gazetteer,
): Candidate[] {
  const seen = new Set<GazetteerEntry>();
  const out: Candidate[] = [];
  for (const q of queriesFor(note)) {
    gazetteer.lookup(q).forEach((e, i) => {
      if (seen.has(e)) return;
      seen.add(e);
      out.push(candidateFromEntry(e, i));
    });
  }
  return out;
}

/** Links one note against the gazetteer, given the weights of the story's countries. */
export function linkBundled(note: Note, gazetteer: Gazetteer, weights: Map<string, number>): LinkResult {
  const countries = [...weights].sort((a, b) => b[1] - a[1]).map(([c]) => c);
  return linkNote(
    {
      name: note.name,
      kind: note.kind,
      aliases: note.aliases,
      context: note.context,
      countries,
      countryWeights: Object.fromEntries(weights),
    },
    bundledCandidates(note, gazetteer),
  );
}

/** Sets `wikipedia`, `wikidata`, `coordinates` and a bundled `summary` on each note it can link; returns the notes. */
export function attachKnowledge(notes: Note[], gazetteer: Gazetteer, opts: AttachOptions = {}): Note[] {
  for (const note of notes) {
    const link = linkBundled(note, gazetteer, storyCountryWeights(notes, gazetteer, note));
    delete note.wikipedia;
    delete note.wikidata;
    if (link.best && !link.low) {
      const c = link.best;
      if (c.wikipedia) note.wikipedia = c.wikipedia;
      if (c.wikidata) note.wikidata = c.wikidata;
      if (c.coordinates) note.coordinates = c.coordinates;
      note.summary = bundledSummary(c, link.confidence, opts.built ?? null);
    } else {
      note.summary = null;
      if (opts.guessTitles === true || (opts.guessTitles === 'places' && note.kind === 'place')) {
        const guess = guessTitle(note.name, note.kind);
        if (guess) note.wikipedia = guess;
      }
    }
  }
  return notes;
}

/** The bundled facts as a Summary, with the licence of the data they come from (see data/LICENSES.md). */
export function bundledSummary(c: Candidate, confidence: number, built: string | null): Summary | null {
  if (!c.description) return null;
  return {
    text: c.description,
    source: 'bundled',
    url: c.wikipedia ? wikipediaUrl(c.wikipedia) : null,
    licence: c.licence,
    retrieved: built,
    confidence,
    coordinates: c.coordinates ?? null,
  };
}

/** The English Wikipedia URL of a title (the online client builds URLs for other languages). */
export function wikipediaUrl(title: string, base = 'https://en.wikipedia.org'): string {
  return `${base}/wiki/${encodeURIComponent(title.replace(/ /g, '_'))}`;
}
