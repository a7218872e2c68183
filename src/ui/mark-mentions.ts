/**
 * Marks mentions in the rendered article by splitting text nodes and wrapping the pieces in <mark>
 * elements the UI creates itself: page HTML is never rebuilt as a string.
 */
import type { Note } from '../core/types';
import { paragraphOffsets, type Paragraph } from './text-map';

interface Span {
  note: Note;
  index: number;
  start: number;
  end: number;
}

/** Local [start, end) of a mention in its paragraph; falls back to a search when the offsets drifted. */
function locate(p: Paragraph, local: number, text: string): number {
  if (p.text.slice(local, local + text.length) === text) return local;
  const near = p.text.indexOf(text, Math.max(0, local - 40));
  return near >= 0 ? near : p.text.indexOf(text);
}

function wrapPiece(node: Text, from: number, to: number, make: () => HTMLElement): HTMLElement {
  const mid = from > 0 ? node.splitText(from) : node;
  if (to - from < mid.length) mid.splitText(to - from);
  const mark = make();
  mid.replaceWith(mark);
  mark.appendChild(mid);
  return mark;
}

/** Wraps one mention; returns its marks in document order (several when it crosses inline elements). */
function wrap(p: Paragraph, s: Span, doc: Document): HTMLElement[] {
  const pieces: { node: Text; from: number; to: number }[] = [];
  for (let i = s.start; i < s.end; i++) {
    const pos = p.pos[i];
    if (!pos) continue;
    const last = pieces[pieces.length - 1];
    if (last && last.node === pos.node && last.to === pos.offset) last.to = pos.offset + 1;
    else pieces.push({ node: pos.node, from: pos.offset, to: pos.offset + 1 });
  }
  const marks: HTMLElement[] = [];
  // Right to left, so the offsets of earlier pieces in the same text node stay valid after each split.
  for (let k = pieces.length - 1; k >= 0; k--) {
    const piece = pieces[k]!;
    marks.unshift(
      wrapPiece(piece.node, piece.from, piece.to, () => {
        const m = doc.createElement('mark');
        m.className = 'lede-mention';
        m.dataset.note = s.note.id;
        m.dataset.mention = String(s.index);
        m.dataset.kind = s.note.kind;
        return m;
      }),
    );
  }
  return marks;
}

/** Marks every mention of `notes` in `paragraphs` (aligned with the article text's paragraphs); returns, per note id, the first mark of each mention. */
export function markMentions(
  paragraphs: (Paragraph | undefined)[],
  notes: Note[],
  articleText: string,
): Map<string, HTMLElement[]> {
  const starts = paragraphOffsets(articleText);
  const byPara = new Map<number, Span[]>();
  for (const note of notes) {
    note.mentions.forEach((m, index) => {
      const p = paragraphs[m.paragraph];
      if (!p) return;
      const local = locate(p, m.start - (starts[m.paragraph] ?? 0), m.text);
      if (local < 0) return;
      const list = byPara.get(m.paragraph) ?? [];
      list.push({ note, index, start: local, end: local + m.text.length });
      byPara.set(m.paragraph, list);
    });
  }
  const found = new Map<string, { index: number; el: HTMLElement }[]>();
  for (const [pi, spans] of byPara) {
    const p = paragraphs[pi]!;
    const doc = p.el.ownerDocument;
    spans.sort((a, b) => b.start - a.start || b.end - a.end);
    let limit = Infinity;
    for (const s of spans) {
      if (s.end > limit) continue; // overlapping mentions: keep the later (longer at equal start) one
      const marks = wrap(p, s, doc);
      limit = s.start;
      if (!marks[0]) continue;
      const list = found.get(s.note.id) ?? [];
      list.push({ index: s.index, el: marks[0] });
      found.set(s.note.id, list);
    }
  }
  const result = new Map<string, HTMLElement[]>();
  for (const [id, list] of found) {
    // Document order, so stepping through mentions moves down the page.
    list.sort((a, b) => (a.el.compareDocumentPosition(b.el) & 4 ? -1 : 1));
    result.set(
      id,
      list.map((x) => x.el),
    );
  }
  return result;
}
