/**
 * Tokens, candidate spans and document statistics for one text: the shared first step of
 * recognition and of model training.
 */
import { findCandidates, type Candidate } from './candidates';
import type { DocStats } from './features';
import { nameKey } from './fold';
import { tokenize, type Token } from './tokens';

export interface Analysis {
  toks: Token[];
  cands: Candidate[];
  keys: string[];
  stats: DocStats;
}

/** Tokenises `text` and finds its candidate names. */
export function analyse(text: string): Analysis {
  const toks = tokenize(text);
  const lower = new Map<string, number>();
  const capital = new Map<string, number>();
  for (const t of toks) {
    if (!t.isWord) continue;
    const m = !t.cap && !t.upper ? lower : capital;
    m.set(t.low, (m.get(t.low) ?? 0) + 1);
  }
  const cands = findCandidates(toks, text, {
    lower: (low) => lower.get(low) ?? 0,
    capital: (low) => capital.get(low) ?? 0,
  });
  const keys = cands.map((c) => nameKey(c.text));
  const keyCount = new Map<string, number>();
  for (const k of keys) keyCount.set(k, (keyCount.get(k) ?? 0) + 1);
  return { toks, cands, keys, stats: { lower, keyCount } };
}
