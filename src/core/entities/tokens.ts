/**
 * Tokeniser for the recogniser: words with their offsets, paragraph and sentence position.
 * Keeps names whole ("Mujahedeen-e-Khalq", "U.S.", "O'Brien", "AT&T") and splits possessives off.
 */
import { fold } from './fold';

export interface Token {
  text: string;
  start: number;
  end: number;
  /** Folded (lowercase, no diacritics). */
  low: string;
  isWord: boolean;
  /** Starts with an uppercase letter. */
  cap: boolean;
  /** Two or more letters, all uppercase ("MEK", "U.S."). */
  upper: boolean;
  /** First word of a sentence (or of a paragraph). */
  sentStart: boolean;
  paragraph: number;
  /** In a paragraph written in capitals (a wire headline or dateline): its capitals prove nothing. */
  shout: boolean;
}

const WORD =
  /[\p{L}\p{N}](?:[\p{L}\p{N}\p{M}]|['’](?=\p{L}\p{L})|['’](?=\p{Lu})|[-‐](?=[\p{L}\p{N}])|\.(?=\p{L}\.)|&(?=\p{Lu}))*\p{M}*|['’]s\b|[^\s\p{L}\p{N}]/gu;
/** Abbreviations whose full stop does not end a sentence. */
const ABBREV = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'st', 'sen', 'rep', 'gov', 'gen', 'col', 'capt', 'lt', 'sgt', 'rev', 'jr', 'sr',
  'mt', 'ft', 'no', 'vs', 'v', 'etc', 'inc', 'co', 'corp', 'ltd', 'jan', 'feb', 'mar', 'apr', 'aug', 'sep', 'sept',
  'oct', 'nov', 'dec', 'fig', 'al', 'e.g', 'i.e', 'cf', 'approx', 'ave', 'blvd', 'rd', 'cal',
]); // prettier-ignore

/** Start offsets of the paragraphs of `text` split on blank lines ("\n\n"). */
export function paragraphStarts(text: string): number[] {
  const starts = [0];
  let i = text.indexOf('\n\n');
  while (i >= 0) {
    starts.push(i + 2);
    i = text.indexOf('\n\n', i + 2);
  }
  return starts;
}

/** Splits `text` into tokens with offsets, sentence starts and paragraph indices. */
export function tokenize(text: string): Token[] {
  const paras = paragraphStarts(text);
  const out: Token[] = [];
  let p = 0;
  let boundary = true;
  let skipTo = 0;
  for (const [s0, start, glued] of pieces(text)) {
    let s = s0;
    if (start < skipTo) continue;
    if (glued) boundary = true;
    // "U.S." keeps its final full stop.
    if (/\p{L}\.\p{L}/u.test(s) && text[start + s.length] === '.') {
      s += '.';
      skipTo = start + s.length;
    }
    while (p + 1 < paras.length && (paras[p + 1] ?? Infinity) <= start) {
      p++;
      boundary = true;
    }
    const isWord = /^[\p{L}\p{N}]/u.test(s);
    const low = fold(s);
    const tok: Token = {
      text: s,
      start,
      end: start + s.length,
      low,
      isWord,
      cap: isWord && /^\p{Lu}/u.test(s),
      upper: isWord && /^(?:\p{Lu}\.?){2,}$|^\p{Lu}[\p{Lu}\d&-]+$/u.test(s.replace(/['’]s$/, '')),
      sentStart: false,
      paragraph: p,
      shout: false,
    };
    if (isWord) {
      tok.sentStart = boundary || opensAfterAbbreviation(out[out.length - 1], tok);
      boundary = false;
    } else if (/[.!?]/.test(s)) {
      const prev = out[out.length - 1];
      const abbrev = prev && prev.isWord && (ABBREV.has(prev.low) || /^\p{Lu}$/u.test(prev.text));
      if (!abbrev && !(prev && prev.upper && /\.$/.test(prev.text))) boundary = true;
    } else if (s === ':' || s === '•' || s === '|') {
      boundary = true;
    }
    out.push(tok);
  }
  markShouting(out);
  return out;
}

/** Words that open a sentence after an abbreviation's full stop ("… in the U.S. The state …"). */
const OPENERS = new Set(['the', 'a', 'an', 'it', 'he', 'she', 'they', 'we', 'i', 'this', 'that', 'these', 'those', 'but', 'and', 'in', 'on', 'at', 'for', 'his', 'her', 'its', 'their', 'there', 'however', 'when', 'if', 'as']); // prettier-ignore

/** "Washington D.C. The…": the full stop of "D.C." also ends the sentence when an opener follows. */
function opensAfterAbbreviation(p: Token | undefined, t: Token): boolean {
  return !!p && t.cap && p.isWord && p.upper && p.text.endsWith('.') && OPENERS.has(t.low);
}

/** Caption text glued to the story ("Brendan McDermidThe U.S. said") comes apart at the sentence opener. */
const GLUED =
  /^(\p{L}*\p{Ll})(The|A|An|In|On|At|It|He|She|They|We|But|This|That|For|As|By|His|Her|Its|Their)$/u;

function* pieces(text: string): Generator<[string, number, boolean]> {
  for (const m of text.matchAll(WORD)) {
    const at = m.index ?? 0;
    const g = GLUED.exec(m[0]);
    if (g && g[1]!.length >= 3) {
      yield [g[1]!, at, false];
      yield [g[2]!, at + g[1]!.length, true];
    } else yield [m[0], at, false];
  }
}

function markShouting(toks: Token[]): void {
  let i = 0;
  while (i < toks.length) {
    let j = i;
    let upper = 0;
    let words = 0;
    while (j < toks.length && toks[j]!.paragraph === toks[i]!.paragraph) {
      if (toks[j]!.isWord && /\p{L}/u.test(toks[j]!.text)) {
        words++;
        if (toks[j]!.text === toks[j]!.text.toUpperCase()) upper++;
      }
      j++;
    }
    if (words > 0 && upper / words >= 0.7) for (let k = i; k < j; k++) toks[k]!.shout = true;
    i = j;
  }
}
