/**
 * Choosing which entity a note is about. Every candidate earns points for what agrees with the story:
 * its kind (group vs place; a person is never chosen), its name (or an acronym of it), its country against
 * the countries the story mentions, and the words of its description against the story's own description
 * of the entity. The confidence is the winner's margin over the runner-up; when it is low, the linker says
 * so and offers the alternatives instead of guessing.
 */
import type { NoteKind } from '../../types';
import { keyOf } from '../normalise';
import { abbreviates, isAcronym } from './acronym';
import type { Candidate } from './candidate';

/** The parts of a note the linker reads. */
export interface NoteLike {
  name: string;
  kind: NoteKind;
  aliases?: string[];
  /** What the story says about the entity (appositives, defining sentences…). */
  context?: (string | { text: string })[];
  /** ISO codes of the countries the story's places belong to, most mentioned first. */
  countries?: string[];
  /** Weight of each country in the story (any scale); without it, the order of `countries` is used. */
  countryWeights?: Record<string, number>;
}

export interface LinkResult {
  best: Candidate | null;
  /** 0..1 */
  confidence: number;
  /** True when the best candidate is not clearly better than the others: show alternatives. */
  low: boolean;
  /** Other plausible candidates, best first (at most 3), when the confidence is low. */
  alternatives: Candidate[];
  /** Why the best candidate won, for the "why this entity?" line. */
  reasons: string[];
}

export interface LinkOptions {
  /** Below this confidence the result is marked low (default 0.6). */
  lowBelow?: number;
}

/** Points of an imaginary candidate that stands for "an entity we have no data on". */
const NONE_POINTS = 2.5;

const STOP = new Set(
  'a an the of in on at to for and or by with from as is was are were be been its it his her their this that which who based known'.split(
    ' ',
  ),
);

/** Picks the candidate that fits the note best; see the file comment. */
export function linkNote(note: NoteLike, candidates: Candidate[], opts: LinkOptions = {}): LinkResult {
  const scored = candidates
    .filter((c) => c.kind !== 'person' && c.kind !== 'other')
    .map((c) => ({ c, ...score(note, c) }))
    .sort((a, b) => b.points - a.points || a.c.rank - b.c.rank);
  const first = scored[0];
  if (!first || first.points <= 0) {
    return {
      best: null,
      confidence: 0,
      low: true,
      alternatives: scored.slice(0, 3).map((s) => s.c),
      reasons: [],
    };
  }
  // The runner-up is the next candidate, or "none of these": what a bare match of kind and name earns.
  const margin = first.points - Math.max(scored[1]?.points ?? -Infinity, NONE_POINTS);
  // A logistic on the margin, damped when the winner itself has little in its favour.
  const strength = Math.min(1, first.points / 4);
  const confidence = round2((1 / (1 + Math.exp(-1.5 * margin))) * (0.5 + 0.5 * strength));
  const low = confidence < (opts.lowBelow ?? 0.6);
  return {
    best: first.c,
    confidence,
    low,
    alternatives: low ? scored.slice(1, 4).map((s) => s.c) : [],
    reasons: first.reasons,
  };
}

function score(note: NoteLike, c: Candidate): { points: number; reasons: string[] } {
  const reasons: string[] = [];
  let points = 0;

  if (c.kind === note.kind) {
    points += 2;
    reasons.push(`is a ${note.kind}`);
  } else if (c.kind !== 'unknown') {
    points -= 2.5;
  }

  const forms = [note.name, ...(note.aliases ?? [])];
  const names = [c.label, ...c.aliases, ...(c.wikipedia ? [c.wikipedia.replace(/\s*\(.*\)$/, '')] : [])];
  const nameKeys = new Set(names.map(keyOf));
  if (forms.some((f) => nameKeys.has(keyOf(f)))) {
    points += 2;
    reasons.push('name matches');
  } else if (forms.some((f) => isAcronym(f) && names.some((n) => abbreviates(f, n)))) {
    points += 1.5;
    reasons.push('acronym matches');
  }

  const hints = note.countries ?? [];
  if (hints.length && c.countries.length) {
    const top = hints[0] ?? '';
    const weights = note.countryWeights;
    const share = (x: string): number =>
      weights
        ? (weights[x] ?? 0) / Math.max(1e-9, weights[top] ?? 1)
        : hints.includes(x)
          ? x === top
            ? 1
            : 0.5
          : 0;
    const best = Math.max(...c.countries.map(share));
    const town = c.subtype === 'city' || c.subtype === 'town';
    if (best >= 0.5) {
      points += 1 + 0.5 * best;
      reasons.push(`country agrees (${c.countries.join(', ')})`);
    } else {
      // A town abroad, in a story about somewhere else, is most likely a namesake of a place we do not know.
      points -= town ? 3 : 1.5;
    }
  }

  // Prominence: a country, or a big city, is what a bare name most often means.
  if (c.subtype === 'country') points += 1;
  else if (c.population) points += Math.max(0, Math.min(1, 0.4 * Math.log10(c.population / 20000)));

  const overlap = descriptionOverlap(note, c);
  if (overlap > 0) {
    points += Math.min(2, overlap * 0.75);
    reasons.push('description agrees with the story');
  }

  // Source order is a weak prior: search engines and the gazetteer put the likelier entity first.
  points += Math.max(0, 0.6 - 0.15 * c.rank);
  return { points, reasons };
}

/** Content words of the candidate's description found in what the story says about the entity. */
function descriptionOverlap(note: NoteLike, c: Candidate): number {
  const story = new Set(
    (note.context ?? []).flatMap((x) => words(typeof x === 'string' ? x : x.text)).map(stem),
  );
  if (!story.size || !c.description) return 0;
  const desc = new Set(words(c.description).map(stem));
  let n = 0;
  for (const w of desc) if (story.has(w)) n++;
  return n;
}

function words(s: string): string[] {
  return keyOf(s)
    .split(' ')
    .filter((w) => w.length > 2 && !STOP.has(w));
}

/** Crude English stemming, enough for "exiled" ~ "exile" and "groups" ~ "group". */
function stem(w: string): string {
  return w.replace(/(ies|es|s|ed|ing|d)$/, '');
}

function round2(x: number): number {
  return Math.round(x * 100) / 100;
}
