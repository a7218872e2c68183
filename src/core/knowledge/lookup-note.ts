/**
 * Background for one note, online: the bundled facts first, then Wikidata candidates (searched by the
 * story's full name for an acronym), linked by kind, country and description, and the chosen article's
 * Wikipedia summary. Any failure of the network leaves the bundled result: a note never loses what the
 * story and the bundled data already say.
 */
import type { Summary } from '../types';
import { bundledSummary, linkBundled, storyCountryWeights, wikipediaUrl } from './attach';
import type { BundledGazetteer } from './create-gazetteer';
import { queriesFor } from './link/acronym';
import { bundledCandidates } from './attach';
import { candidateFromFacts, type Candidate } from './link/candidate';
import { wikidataSummary } from './wikidata-summary';
import { linkNote, type NoteLike } from './link/link-note';
import type { WikiClient } from './wiki-client';
import { isWikiError, type WikiErrorKind } from './wiki/errors';
import type { EntityFacts, SearchHit } from './wiki/wikidata';
import type { Note } from '../types';

export interface Background {
  wikipedia?: string;
  wikidata?: string;
  summary: Summary | null;
  confidence: number;
  /** True when the linker was not sure: show `alternatives` and say so. */
  low: boolean;
  alternatives: { label: string; description?: string; wikipedia?: string; wikidata?: string }[];
  facts?: { inception?: string; website?: string; thumbnail?: string };
  /** Set when the online part failed; the rest is the bundled result. */
  error?: WikiErrorKind;
}

export interface LookupNoteOptions {
  client: WikiClient;
  gazetteer: BundledGazetteer;
  /** Weights of the story's countries (see storyCountryWeights). */
  countries: Map<string, number>;
  signal?: AbortSignal;
  now?: () => number;
}

/** Looks a note up online; resolves (never rejects) with the best background it can give. */
export async function lookupNote(note: Note, opts: LookupNoteOptions): Promise<Background> {
  const { client, gazetteer, countries } = opts;
  const bundled = linkBundled(note, gazetteer, countries);
  const offline: Background = {
    summary:
      bundled.best && !bundled.low ? bundledSummary(bundled.best, bundled.confidence, gazetteer.built) : null,
    confidence: bundled.confidence,
    low: bundled.low,
    alternatives: bundled.alternatives.map(brief),
  };
  if (bundled.best && !bundled.low) {
    if (bundled.best.wikipedia) offline.wikipedia = bundled.best.wikipedia;
    if (bundled.best.wikidata) offline.wikidata = bundled.best.wikidata;
  }
  try {
    let best: Candidate | null = bundled.best && !bundled.low ? bundled.best : null;
    let result = bundled;
    let facts: EntityFacts | undefined;
    if (!best?.wikipedia) {
      const online = await wikidataCandidates(note, opts);
      const sorted = [...countries].sort((a, b) => b[1] - a[1]).map(([c]) => c);
      const like: NoteLike = {
        name: note.name,
        kind: note.kind,
        aliases: note.aliases,
        context: note.context,
        countries: sorted,
        countryWeights: Object.fromEntries(countries),
      };
      result = linkNote(like, mergeCandidates(bundledCandidates(note, gazetteer), online.candidates));
      best = result.best;
      facts = best?.wikidata ? online.facts.get(best.wikidata) : undefined;
    }
    if (!best)
      return {
        ...offline,
        confidence: result.confidence,
        low: true,
        alternatives: result.alternatives.map(brief),
      };
    const out: Background = {
      summary:
        best.source === 'wikidata'
          ? wikidataSummary(best, result.confidence, client.endpoints, today(opts))
          : bundledSummary(best, result.confidence, gazetteer.built),
      confidence: result.confidence,
      low: result.low,
      alternatives: result.alternatives.map(brief),
    };
    if (best.wikidata) out.wikidata = best.wikidata;
    if (facts) out.facts = pickFacts(facts);
    if (best.wikipedia && !result.low) {
      const page = await client.summary(best.wikipedia, opts.signal);
      if (page.status === 'ok' && page.extract) {
        out.wikipedia = page.title;
        if (page.wikidata) out.wikidata ??= page.wikidata;
        out.summary = {
          text: page.extract,
          source: 'wikipedia',
          url: page.url ?? wikipediaUrl(page.title, client.endpoints.wikipediaBase),
          licence: 'CC BY-SA 4.0',
          retrieved: today(opts),
          confidence: result.confidence,
          coordinates: page.coordinates ?? best.coordinates ?? null,
        };
      } else if (page.status === 'disambiguation') {
        // The title names several things: keep the facts, and say we are not sure which page it is.
        out.low = true;
      } else if (page.status === 'ok') {
        out.wikipedia = page.title;
      }
    }
    return out;
  } catch (e) {
    // Whatever went wrong, the note keeps its bundled facts and the caller gets no rejection.
    return { ...offline, error: isWikiError(e) ? e.kind : 'internal' };
  }
}

function today(opts: LookupNoteOptions): string {
  return new Date((opts.now ?? Date.now)()).toISOString().slice(0, 10);
}

/** Wikidata candidates for the note's search forms (full name before acronym), with their facts. */
async function wikidataCandidates(
  note: Note,
  opts: LookupNoteOptions,
): Promise<{ candidates: Candidate[]; facts: Map<string, EntityFacts> }> {
  const hits: SearchHit[] = [];
  for (const q of queriesFor(note).slice(0, 2)) {
    const found = await opts.client.search(q, opts.signal);
    hits.push(...found);
    if (found.length) break;
  }
  const ids = [...new Set(hits.map((h) => h.id))].slice(0, 7);
  const facts = new Map((await opts.client.entities(ids, opts.signal)).map((f) => [f.id, f]));
  const candidates = ids
    .map((id, rank) => {
      const f = facts.get(id);
      const hit = hits.find((h) => h.id === id);
      return f ? candidateFromFacts(f, rank, (q) => opts.gazetteer.countryOfWikidata(q), hit) : null;
    })
    .filter((c): c is Candidate => !!c);
  return { candidates, facts };
}

/**
 * One candidate per entity: a Wikidata candidate replaces the bundled entry with the same Wikidata id or
 * Wikipedia title (two copies of one entity would split the vote and make the linker unsure), keeping the
 * bundled subtype and population, which the prominence score uses.
 */
export function mergeCandidates(bundled: Candidate[], online: Candidate[]): Candidate[] {
  const out = [...online];
  for (const b of bundled) {
    const twin = online.find(
      (o) => (b.wikidata && o.wikidata === b.wikidata) || (b.wikipedia && o.wikipedia === b.wikipedia),
    );
    if (!twin) {
      out.push(b);
      continue;
    }
    if (!twin.subtype && b.subtype) twin.subtype = b.subtype;
    if (!twin.population && b.population) twin.population = b.population;
    if (twin.kind === 'unknown') twin.kind = b.kind;
    if (!twin.countries.length) twin.countries = b.countries;
  }
  return out;
}

function pickFacts(f: EntityFacts): NonNullable<Background['facts']> {
  const out: NonNullable<Background['facts']> = {};
  if (f.inception) out.inception = f.inception;
  if (f.website) out.website = f.website;
  if (f.thumbnail) out.thumbnail = f.thumbnail;
  return out;
}

function brief(c: Candidate): Background['alternatives'][number] {
  const b: Background['alternatives'][number] = { label: c.label };
  if (c.description) b.description = c.description;
  if (c.wikipedia) b.wikipedia = c.wikipedia;
  if (c.wikidata) b.wikidata = c.wikidata;
  return b;
}

/** Copies a background onto its note (title, id, summary, coordinates), leaving the story's own parts alone. */
export function applyBackground(note: Note, bg: Background): Note {
  if (bg.wikipedia) note.wikipedia = bg.wikipedia;
  else delete note.wikipedia;
  if (bg.wikidata) note.wikidata = bg.wikidata;
  if (bg.summary) {
    note.summary = bg.summary;
    if (bg.summary.coordinates) note.coordinates = bg.summary.coordinates;
  }
  return note;
}

export interface LookupNotesOptions extends Omit<LookupNoteOptions, 'countries'> {
  /** Most notes looked up, in the order given (the reader passes them by salience). Default 12. */
  limit?: number;
  /** Called as each note's background arrives, so the UI can fill notes in one by one. */
  onBackground?: (note: Note, bg: Background) => void;
}

/**
 * Looks up a story's notes one after another (the client queues per host anyway) and applies each
 * background. Stops early, without rejecting, when `signal` aborts or lookups are switched off.
 */
export async function lookupNotes(notes: Note[], opts: LookupNotesOptions): Promise<Map<Note, Background>> {
  const out = new Map<Note, Background>();
  for (const n of notes.filter((x) => !x.folded).slice(0, opts.limit ?? 12)) {
    if (opts.signal?.aborted) break;
    const bg = await lookupNote(n, { ...opts, countries: storyCountryWeights(notes, opts.gazetteer, n) });
    out.set(n, bg);
    applyBackground(n, bg);
    opts.onBackground?.(n, bg);
    if (bg.error === 'off' || bg.error === 'aborted') break;
  }
  return out;
}
