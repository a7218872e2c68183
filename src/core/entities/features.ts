/**
 * Features of one candidate span for the mention classifier. The same function serves training
 * (scripts/train-ner.ts) and recognition, so what the model learnt is what it sees.
 */
import type { Candidate } from './candidates';
import {
  FIRST_NAMES,
  GROUP_HEADS,
  GROUP_NOUNS,
  PLACE_HEADS,
  PLACE_NOUNS,
  PLACE_OPENERS,
  ROLE_NOUNS,
  TITLES,
} from './lexicon';
import type { Token } from './tokens';

/** What the feature function may know about the whole document. */
export interface DocStats {
  /** Occurrences of each folded word in lowercase in the text. */
  lower: Map<string, number>;
  /** How many candidates share each name key. */
  keyCount: Map<string, number>;
  /** Context cues [group, place, person] summed over every mention with the same key. */
  keyCues: Map<string, [number, number, number]>;
  /** Gazetteer features of each key ("gaz=country", "gaz-demonym"). */
  gaz: Map<string, string[]>;
  hasGazetteer: boolean;
}

const strip = (low: string): string => low.replace(/['’]s$/, '').replace(/\.$/, '');

function wordAt(toks: Token[], i: number): string {
  const t = toks[i];
  if (!t) return '<none>';
  if (!t.isWord) return t.text;
  if (t.cap && !t.sentStart)
    return 'C:' + (GROUP_HEADS.has(t.low) ? 'gh' : PLACE_HEADS.has(t.low) ? 'ph' : 'x');
  return t.low;
}

/** The head of a name: the word before "of" ("Bank of England"), else the last word. */
export function headWord(lows: string[]): string {
  const i = lows.findIndex((w, k) => k > 0 && HEAD_BREAK.has(w));
  if (i > 0) return lows[i - 1] ?? '';
  // "World War II", "Apollo 11": a trailing number is not the head.
  let j = lows.length - 1;
  while (j > 0 && /^(?:\d+|[ivxl]+)$/.test(lows[j]!)) j--;
  return lows[j] ?? '';
}
const HEAD_BREAK = new Set(['of', 'for', 'against', 'de', 'du', 'des', 'del', 'della', 'di', 'da', 'on']);

/** Feature strings for candidate `c`; `key` is its name key. */
export function candidateFeatures(toks: Token[], c: Candidate, key: string, stats: DocStats): string[] {
  const words = toks.slice(c.from, c.to).filter((t) => t.isWord);
  const f: string[] = ['bias'];
  const head = headWord(words.map((w) => strip(w.low)));
  const first = strip(words[0]?.low ?? '');
  const n = words.length;
  // Word identities are left out on purpose: 79 documents teach names poorly, and the gazetteer knows them.
  f.push('head=' + head);
  f.push('suf3=' + head.slice(-3), 'suf2=' + head.slice(-2));
  f.push('len=' + Math.min(n, 4));
  if (n === 1 && words[0]!.upper) f.push('acronym');
  if (words.some((w) => /\d/.test(w.text))) f.push('digit');
  if (words.some((w) => /-/.test(w.text))) f.push('hyphen');
  if (words.some((w) => !w.cap && !w.upper)) f.push('inner-lower');
  if (GROUP_HEADS.has(head)) f.push('gh');
  if (PLACE_HEADS.has(head)) f.push('ph');
  const last = strip(words[n - 1]!.low);
  if (last !== head) f.push('last=' + last);
  if (words.some((w) => GROUP_HEADS.has(strip(w.low)) && strip(w.low) !== head)) f.push('gh-inner');
  if (words.some((w) => PLACE_HEADS.has(strip(w.low)) && strip(w.low) !== head)) f.push('ph-inner');
  if (PLACE_OPENERS.has(first) && n > 1) f.push('place-opener');
  if (FIRST_NAMES.has(first)) f.push(n > 1 ? 'firstname' : 'firstname-alone');
  if (c.titled) f.push('titled');
  if (c.nested) f.push('nested');
  if (words[0]!.sentStart) f.push(n === 1 ? 'sent-start-1' : 'sent-start');
  if (n === 1 && (stats.lower.get(first) ?? 0) > 0) f.push('seen-lower');
  if (/(?:ian|ean|ese|ish|an|i)$/.test(head) && n === 1) f.push('demonym-shape');
  const cue = stats.keyCues.get(key);
  if (cue) {
    const names = ['group', 'place', 'person'];
    cue.forEach((n, k) => n > 0 && f.push(`cue-${names[k]}=${n >= 3 ? 3 : n}`));
  }
  if (stats.hasGazetteer) {
    const g = stats.gaz.get(key) ?? [];
    f.push(...g);
    if (!g.length) f.push('gaz-none');
  }
  // Two or three plain capitalised words that no list knows: the usual shape of a person's name.
  const plain = words.every(
    (w) => /^\p{Lu}[\p{Ll}'’-]+$/u.test(w.text) && !GROUP_HEADS.has(w.low) && !PLACE_HEADS.has(w.low),
  );
  if (n >= 2 && n <= 3 && plain && !(stats.gaz.get(key) ?? []).length) f.push('person-shape');
  const kc = stats.keyCount.get(key) ?? 1;
  f.push('count=' + (kc >= 4 ? 'many' : kc >= 2 ? 'some' : 'one'));
  const p1 = wordAt(toks, c.from - 1);
  const p2 = wordAt(toks, c.from - 2);
  const n1 = wordAt(toks, c.to);
  const n2 = wordAt(toks, c.to + 1);
  f.push('p1=' + p1, 'p2=' + p2, 'n1=' + n1, 'n2=' + n2, 'p12=' + p2 + '_' + p1, 'n12=' + n1 + '_' + n2);
  if (p1 === 'the' || p2 === 'the') f.push('the');
  if (TITLES.has(p1) || ROLE_NOUNS.has(p1)) f.push('p-role');
  if (GROUP_NOUNS.has(n1) || GROUP_NOUNS.has(n2)) f.push('n-groupnoun');
  if (PLACE_NOUNS.has(n1)) f.push('n-placenoun');
  if (/^['’]s$/.test(n1)) f.push('poss');
  if (p1 === '(' && n1 === ')') f.push('paren');
  if (n1 === ',' && toks[c.to + 1]?.cap) f.push('comma-cap');
  if (p1 === ',' && toks[c.from - 2]?.cap) f.push('after-comma-cap');
  return f;
}
