/**
 * What the story itself says about an entity: appositives ("Manze, a small hill town,"),
 * pre-modifiers ("the exiled opposition group Mujahedeen-e-Khalq") and defining sentences
 * ("The Mujahedeen-e-Khalq began as a Marxist group…").
 */
import type { NoteContext } from '../types';
import { GROUP_NOUNS, PLACE_NOUNS } from './lexicon';
import { paragraphStarts } from './tokens';

const STOP = new Set(
  'of in on at for and or to by with from that which who is was are were said says has had have'.split(' '),
);

const APPOSITIVE =
  /^,\s+((?:a|an|the|one of|which is|home to)\s(?:[^,.;:()"“”]|[,.](?=\d)){3,120}?)(?=[,.](?!\d)|[;:)]|\s[-–—]\s)/i;
const DEFINING =
  /^(?:['’]s\s+\w+\s+)?\s*(?:is|was|are|were|began as|became|has been|had been|remains|started as)\s+(?:a|an|the|one)\b/i;
const MAX_SENTENCE = 320;

function paragraphOf(starts: number[], at: number): number {
  let p = 0;
  while (p + 1 < starts.length && starts[p + 1]! <= at) p++;
  return p;
}

function sentenceAround(text: string, start: number, end: number): [number, number] {
  let s = start;
  while (s > 0 && !/[.!?]\s$|\n$/.test(text.slice(Math.max(0, s - 2), s))) s--;
  let e = end;
  while (e < text.length && !/^[.!?](?:\s|$)|^\n/.test(text.slice(e, e + 2))) e++;
  return [s, Math.min(text.length, e + 1)];
}

/** Descriptions of the entity mentioned at `spans` (offsets into `text`), at most `max`, best first. */
export function describe(text: string, spans: { start: number; end: number }[], max = 4): NoteContext[] {
  const starts = paragraphStarts(text);
  const out: NoteContext[] = [];
  const seen = new Set<string>();
  const add = (t: string, at: number, kind: NoteContext['kind']) => {
    const clean = t.replace(/\s+/g, ' ').trim();
    const k = clean.toLowerCase();
    if (clean.length < 3 || seen.has(k)) return;
    seen.add(k);
    out.push({ text: clean, paragraph: paragraphOf(starts, at), kind });
  };
  for (const m of spans) {
    const after = text.slice(m.end, m.end + 160);
    const ap = APPOSITIVE.exec(after);
    // "Afghanistan, the US military said…" is a reporting clause, not a description.
    if (ap && !/\b(?:said|says|say|told|tells|added|reported|according)\b/i.test(ap[1]!))
      add(ap[1]!, m.start, 'appositive');
    // "the exiled Iranian opposition group X": lowercase (or demonym) words after an article, ending in a noun.
    const before = text.slice(Math.max(0, m.start - 120), m.start);
    const pm = /\b(?:the|a|an)\s+((?:[\p{Ll}\p{Lu}][\p{L}-]*\s+){1,6})$/iu.exec(before);
    if (pm) {
      const ws = pm[1]!.trim().split(/\s+/);
      const last = ws[ws.length - 1]!;
      const ok =
        (GROUP_NOUNS.has(last) || PLACE_NOUNS.has(last)) &&
        ws.every((w) => (/^\p{Ll}/u.test(w) && !STOP.has(w)) || /(?:an|ese|ish|i)$/.test(w));
      if (ok) add(pm[1]!, m.start, 'premodifier');
    }
    const lead = text.slice(m.start - 4 >= 0 ? m.start - 4 : 0, m.start);
    const atSentenceStart = /(?:^|[.!?\n]\s*|^The\s)$/.test(lead) || /(?:^|\n)$/.test(text.slice(0, m.start));
    if (DEFINING.test(text.slice(m.end, m.end + 40)) && (atSentenceStart || /\bthe\s$/i.test(lead))) {
      const [s, e] = sentenceAround(text, m.start, m.end);
      if (e - s <= MAX_SENTENCE) add(text.slice(s, e), m.start, 'definition');
    }
  }
  const order = { definition: 0, appositive: 1, premodifier: 2, sentence: 3 };
  return out.sort((x, y) => order[x.kind] - order[y.kind]).slice(0, max);
}
