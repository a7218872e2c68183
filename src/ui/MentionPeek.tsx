/** The small card shown next to a hovered or focused mention: who or what it is, in one glance. */
import type { Note } from '../core/types';

export const PEEK_ID = 'lede-peek';

export function MentionPeek({ note, top, left }: { note: Note; top: number; left: number }) {
  const about = note.context[0]?.text ?? note.summary?.text ?? null;
  return (
    <div id={PEEK_ID} class="lede-peek" role="tooltip" style={{ top: `${top}px`, left: `${left}px` }}>
      <strong>{note.name}</strong> <span class="lede-kind">{note.kind}</span>
      {about && <p>{about.length > 220 ? `${about.slice(0, 217)}…` : about}</p>}
      <p class="lede-peek-hint">Click for the full note</p>
    </div>
  );
}
