/**
 * Typing a cluster of forms: group, place, person or not a name at all. The model's view of each
 * mention is weighed with what it cannot learn from 79 documents: the gazetteer, head words and cues.
 */
import type { GazetteerEntry } from '../knowledge/gazetteer';
import type { EntityKind } from '../types';
import { acronymLetters } from './acronym';
import { gazetteerClass, isWellKnownPlace } from './analyse';
import type { Candidate } from './candidates';
import { cues, placeNounAfter } from './cues';
import { headWord } from './features';
import { nameKey } from './fold';
import { FIRST_NAMES, GROUP_HEADS, OTHER_HEADS, PLACE_HEADS } from './lexicon';
import { CLASSES } from './model';
import type { Token } from './tokens';

/** One occurrence of a name in the text. */
export interface Occurrence {
  cand: Candidate;
  key: string;
  /** Class log-probabilities from the model, in CLASSES order. */
  logp: number[];
  /** Single capitalised word at the start of a sentence: its capital proves nothing. */
  sentStartOnly: boolean;
  /** An acronym defined by lowercase words ("compact fluorescent lamps (CFLs)"): a term, not a name. */
  definedLowercase: boolean;
  /** An acronym introduced by a lowercase description of a body ("the consortium of … libraries (PUB)"). */
  definedAsGroup?: boolean;
}

/** Forms grouped as one entity while recognition runs. */
export interface Cluster {
  occs: Occurrence[];
  demonyms: Candidate[];
  entry: GazetteerEntry | null;
  alive: boolean;
  /** The analysed text, for the cues around mentions. */
  text: string;
  toks: Token[];
  /** How many candidates of the text share each name key (a surname used alone backs a person). */
  keyCount?: Map<string, number>;
  /** Gazetteer features of each name key ("inner-place-dir" for "Old Sarvo"), from the analysis. */
  gaz?: Map<string, string[]>;
  /** Memoised type; cleared when the cluster grows. */
  kind?: { kind: EntityKind; confidence: number } | undefined;
}

/** The words of a name key. */
export const words = (key: string): string[] => key.split(' ').filter(Boolean);
/** Above this mean probability of "not a name", a cluster is dropped. */
const NONE_THRESHOLD = 0.6;
/** Odds of "no name" for a word seen only opening sentences (GUM train CV: 10 → 5 typed F1 +0.002). */
const SENTENCE_START_NONE = 5;
/** Odds of a person when every mention follows "the" (GUM train CV: 1 → 0.3 typed F1 0.6887 → 0.6918). */
const ARTICLE_PERSON = 0.3;

/** How much a gazetteer entry multiplies the odds of its kind: countries are near certain, towns may be surnames. */
const GAZ_SCALE = 0.5;
function gazetteerFactor(e: GazetteerEntry): number {
  return Math.pow(gazetteerFactor0(e), GAZ_SCALE);
}
function gazetteerFactor0(e: GazetteerEntry): number {
  if (e.kind === 'group') return 20;
  if (e.subtype === 'country' || e.subtype === 'territory') return 200;
  if (e.subtype === 'region') return 15;
  const pop = e.population ?? 0;
  return pop >= 1e6 ? 30 : pop >= 1e5 ? 10 : 4;
}

const NONE_DIVISOR = 3;
const PLACE_UNSUPPORTED = 0.4;
const CUE_FACTOR = 2;
const HEAD_FACTOR = 30;
const CORPORATE = new Set(['inc', 'ltd', 'corp', 'co', 'plc', 'llc', 'gmbh', 'ag', 'sa', 'nv', 'bv', 'spa', 'jr', 'sr']); // prettier-ignore
const PERSON_SHAPE_FACTOR = 3;
/** Unbacked, the shape is as often a title or a term ("Construction Grammar") as a place or a group. */
const UNBACKED_SHAPE = 3;

/** Two or three plain capitalised words, as the story writes them. */
function personShape(key: string, occs: Occurrence[]): boolean {
  const n = words(key).length;
  const o = occs.find((x) => x.key === key);
  return n >= 2 && n <= 3 && !!o && o.cand.text.split(/\s+/).every((w) => /^\p{Lu}[\p{Ll}'’-]+$/u.test(w));
}

/** The longest form of a cluster that stands on its own. */
export function longestKey(c: Cluster): string {
  let best = '';
  for (const o of c.occs) if (!o.cand.nested && words(o.key).length > words(best).length) best = o.key;
  return best || (c.occs[0]?.key ?? '');
}

/**
 * Class probabilities [none, group, place, person] of a cluster: the model's mean over its mentions,
 * weighed with the gazetteer, the head word of the name and what the story says around it.
 */
function clusterProbs(c: Cluster, text: string, toks: Token[]): number[] {
  const own = c.occs.filter((o) => !o.cand.nested);
  const occs = own.length ? own : c.occs;
  const p = new Array<number>(CLASSES.length).fill(0);
  for (const o of occs) for (let k = 0; k < p.length; k++) p[k]! += Math.exp(o.logp[k]!) / occs.length;
  if (c.entry) p[c.entry.kind === 'group' ? 1 : 2]! *= gazetteerFactor(c.entry);
  if (occs.some((o) => o.cand.titled)) p[3]! *= 20;
  const lk0 = longestKey(c);
  // The head word of the full name is the strongest cue ("Municipality of X", "X Journal").
  const head = headWord(words(longestKey(c)));
  // A country is a place whatever its last word ("Soviet Union", "United Kingdom").
  const country = !!c.entry && c.entry.kind === 'place' && gazetteerClass(c.entry) === 'country';
  // "Centre for Control of Iodine Deficiency Disorders" is a body; "Johnson Space Center" a building.
  const lw = words(longestKey(c));
  const body = (head === 'centre' || head === 'center') && lw.indexOf(head) < lw.length - 1;
  const gh = (GROUP_HEADS.has(head) || body) && !country;
  const ph = PLACE_HEADS.has(head) && !body;
  // "Old Sarvo", "Northern Albania": a known place with only a direction before it is that place's part.
  if (!c.entry && !gh && c.gaz?.get(lk0)?.includes('inner-place-dir')) p[2]! *= HEAD_FACTOR;
  if (gh) p[1]! *= ph ? 2 : HEAD_FACTOR;
  if (ph) p[2]! *= gh ? 2 : HEAD_FACTOR;
  // A group word inside the name: "Vrije Universiteit Amsterdam", "Leiden University Libraries".
  const inner = words(longestKey(c)).slice(0, -1);
  if (!gh && !ph && inner.some((w) => GROUP_HEADS.has(w))) p[1]! *= Math.sqrt(HEAD_FACTOR);
  // "Rastow lakes", "the Ashraf camp": a lowercase place word after the name is a head word in all but case.
  const placeNoun = occs.some((o) => placeNounAfter(toks, o.cand.to));
  if (gh || ph || c.entry || placeNoun) p[0]! /= NONE_DIVISOR;
  if (OTHER_HEADS.has(head) && !gh && !ph && !c.entry) p[0]! *= HEAD_FACTOR;
  // "Ansel Adams", "Jeff Rathke": plain words nobody lists are a person unless the story says otherwise.

  // Places need evidence beyond the model: a gazetteer entry, a place word, or a multi-word name.
  if (!c.entry && !ph && words(longestKey(c)).length === 1) p[2]! *= PLACE_UNSUPPORTED;
  // What the story says around the mentions.
  const cue = cues(
    text,
    toks,
    occs.map((o) => o.cand),
  );
  // "in DH", "into NLP": an unknown acronym after "in" is a field or a programme far more often than a place.
  const acro = occs.every((o) => acronymLetters(o.cand.text));
  if (acro && !c.entry) cue[1] = 0;
  for (let k = 0; k < 3; k++) p[k + 1]! *= Math.pow(CUE_FACTOR, Math.min(3, cue[k]!));
  // "schooled in Hartwell", "the hill of Ashton": a lone word the story only ever puts in place positions, never
  // as anyone's name, is no surname. The odds move to place (lowering them alone would raise "no name").
  if (!c.entry && words(lk0).length === 1 && cue[1] > 0 && cue[2] === 0 && !occs.some((o) => o.cand.titled)) {
    const moved = p[3]! * (1 - 1 / PERSON_SHAPE_FACTOR);
    p[3]! -= moved;
    p[2]! += moved;
  }
  // The shape alone is not enough ("Civic Passion", "Sun Country"): a known given name, the last word
  // used alone elsewhere ("Cres Eastman" … "Eastman"), or the story's person cues must back it.
  if (!c.entry && !gh && !ph && personShape(lk0, occs)) {
    const w = words(lk0);
    const backed = FIRST_NAMES.has(w[0]!) || (c.keyCount?.get(w[w.length - 1]!) ?? 0) > 0 || cue[2] > 0;
    if (backed) {
      p[3]! *= PERSON_SHAPE_FACTOR;
      p[2]! /= PERSON_SHAPE_FACTOR;
      // ("Laura Lind of Blue Sky Thinking": a person's affiliation backs a group instead.)
    } else if (cue[0] <= 0) p[0]! *= UNBACKED_SHAPE;
  }
  // "the Taliban", "the Hague": a name the story always puts an article before is rarely a person's.
  if (occs.every((o) => toks[o.cand.from - 1]?.low === 'the')) p[3]! *= ARTICLE_PERSON;
  // A bare acronym nobody spells out, a word seen only opening sentences: likely not a name.
  if (acro && !c.entry && c.occs.length === occs.length) p[0]! *= 3;
  // "Let", "Buy", "Come" open sentences and are towns somewhere: only a well-known place counts there.
  // ("Labor shifted from farming": a group's other name is not enough, its own name is.)
  const known =
    !!c.entry &&
    (isWellKnownPlace(c.entry) || c.entry.kind === 'group') &&
    (c.entry.kind === 'place' || occs.some((o) => o.key === nameKey(c.entry!.name)));
  // ("Tesoro and Malagos lakes are…": unless the story itself says it is a place.)
  if (!known && occs.every((o) => o.sentStartOnly) && cue[1] < 2) p[0]! *= SENTENCE_START_NONE;
  // "Freemasonry", "Christianity", "Western": doctrines, qualities and directions are not groups or places.
  const lk = longestKey(c);
  if (!c.entry && !gh && !ph && words(lk).length === 1 && /(?:ism|ity|ry|ology|ern|ic|al)$/.test(lk))
    p[0]! *= 5;
  if (occs.some((o) => o.definedLowercase)) p[0]! *= 20;
  // "our Imperial edict", "his Catholic faith": a lone word between a possessive and a noun qualifies the noun.
  // (A small town of that name somewhere does not make it one; "our London office" is London.)
  const small = !c.entry || (c.entry.kind === 'place' && !isWellKnownPlace(c.entry));
  if (words(lk0).length === 1 && small && occs.every((o) => modifierAfterPossessive(toks, o.cand)))
    p[0]! *= HEAD_FACTOR;
  if (occs.some((o) => o.definedAsGroup)) {
    p[1]! *= HEAD_FACTOR;
    p[0]! /= NONE_DIVISOR;
  }
  // A company suffix or a bare head word with nothing it refers back to ("Inc", "News") names nothing.
  if (!c.entry && words(lk).length === 1 && (CORPORATE.has(lk) || GROUP_HEADS.has(lk) || PLACE_HEADS.has(lk)))
    p[0]! *= 10;
  const z = p.reduce((x, y) => x + y, 0);
  return p.map((x) => x / z);
}

/** The cluster's type and the confidence in it, memoised until the cluster grows. */
export function kindOf(c: Cluster): { kind: EntityKind; confidence: number } {
  if (c.kind) return c.kind;
  const p = clusterProbs(c, c.text, c.toks);
  if (p[0]! > NONE_THRESHOLD) return (c.kind = { kind: 'other', confidence: p[0]! });
  let best = 1;
  for (let k = 2; k < p.length; k++) if (p[k]! > p[best]!) best = k;
  const kind: EntityKind = best === 1 ? 'group' : best === 2 ? 'place' : 'person';
  return (c.kind = { kind, confidence: p[best]! / (1 - p[0]! || 1) });
}

const POSSESSIVES = new Set(['our', 'my', 'his', 'her', 'their', 'your', 'its']);
const NOT_NOUNS = new Set(['that', 'which', 'who', 'and', 'or', 'but', 'is', 'was', 'are', 'were', 'has', 'had', 'will', 'would', 'to', 'of', 'in', 'on', 'at', 'for', 'with', 'by', 'from', 'as']); // prettier-ignore

/** A single word after "our", "his"… and before a lowercase noun: "our Imperial edict". */
function modifierAfterPossessive(toks: Token[], cand: Candidate): boolean {
  const p = toks[cand.from - 1];
  const n = toks[cand.to];
  return (
    cand.to - cand.from === 1 &&
    !!p &&
    POSSESSIVES.has(p.text) &&
    !!n &&
    n.isWord &&
    !n.cap &&
    !NOT_NOUNS.has(n.low)
  );
}
