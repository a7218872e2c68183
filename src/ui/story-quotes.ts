/**
 * What the story says about a note, for the panel: the core's own context lines, or, when it found none,
 * the sentence around the first mention, so every note can still jump to where the story names it.
 */
import type { Note, NoteContext } from '../core/types';
import { paragraphOffsets } from './text-map';

/** Sentence of `para` that contains [start, end), trimmed to at most `max` characters around the mention. */
function sentenceAround(para: string, start: number, end: number, max = 180): string {
  const before = para.slice(0, start);
  const from = Math.max(before.search(/[^.!?]*$/), 0);
  const rest = para.slice(end).search(/[.!?](\s|$)/);
  const to = rest < 0 ? para.length : end + rest + 1;
  let s = para.slice(from, to).trim();
  if (s.length > max) {
    const a = Math.max(0, start - from - max / 2);
    s = `${a > 0 ? '…' : ''}${s.slice(a, a + max).trim()}…`;
  }
  return s;
}

/** Up to `limit` quotes for `note`, each with the index of its paragraph in `text`. */
export function storyQuotes(note: Note, text: string, limit = 3): NoteContext[] {
  if (note.context.length) return note.context.slice(0, limit);
  const m = note.mentions[0];
  if (!m) return [];
  const paras = text.split('\n\n');
  const para = paras[m.paragraph];
  if (para === undefined) return [];
  const local = m.start - (paragraphOffsets(text)[m.paragraph] ?? 0);
  if (para.slice(local, local + m.text.length) !== m.text) return [];
  return [
    { text: sentenceAround(para, local, local + m.text.length), paragraph: m.paragraph, kind: 'sentence' },
  ];
}
