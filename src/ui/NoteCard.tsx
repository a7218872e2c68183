/** One note: names, mention count (steps through mentions), what the story says, and the background. */
import type { Note, NoteContext } from '../core/types';
import type { Verdict } from './api';
import { NoteAlternatives } from './NoteAlternatives';
import { NoteSummary } from './NoteSummary';

export interface NoteCardProps {
  note: Note;
  /** What the story says about it (see story-quotes.ts). */
  quotes: NoteContext[];
  /** Which mention the count button last stepped to (0-based), or null. */
  stepped: number | null;
  /** True when this note was opened from the text or the map. */
  open: boolean;
  onStep: (noteId: string) => void;
  onJump: (paragraph: number) => void;
  /** The online linker's verdict, once the note was looked up. */
  verdict?: Verdict | undefined;
}

/** DOM id of a note's card, so mentions and pins can point at it. */
export const noteDomId = (id: string): string => `lede-note-${id}`;

export function NoteCard({ note, quotes, stepped, open, onStep, onJump, verdict }: NoteCardProps) {
  const unsure = !!verdict?.low;
  const titleId = `${noteDomId(note.id)}-name`;
  const count = note.mentionCount;
  return (
    <article
      class={`lede-note${open ? ' lede-note-open' : ''}`}
      id={noteDomId(note.id)}
      data-note={note.id}
      data-kind={note.kind}
      tabIndex={-1}
      aria-labelledby={titleId}
    >
      <h3 id={titleId} class="lede-note-name">
        {note.name}
      </h3>
      {note.aliases.length > 0 && <p class="lede-aliases">Also: {note.aliases.join(', ')}</p>}
      <button
        type="button"
        class="lede-link-button lede-count"
        onClick={() => onStep(note.id)}
        aria-label={`${count} ${count === 1 ? 'mention' : 'mentions'} of ${note.name}: show ${
          stepped === null ? 'the first' : 'the next'
        }`}
      >
        {count} {count === 1 ? 'mention' : 'mentions'}
        {stepped !== null && count > 1 && (
          <span class="lede-step">
            {' '}
            ({(stepped % count) + 1} of {count})
          </span>
        )}
      </button>
      {quotes.length > 0 && (
        <ul class="lede-context" aria-label="What the story says">
          {quotes.map((c, i) => (
            <li key={i}>
              <q dir="auto">{c.text}</q>{' '}
              <button
                type="button"
                class="lede-link-button lede-jump"
                onClick={() => onJump(c.paragraph)}
                aria-label={`Go to paragraph ${c.paragraph + 1}`}
              >
                ¶{c.paragraph + 1}
              </button>
            </li>
          ))}
        </ul>
      )}
      {note.summary && (
        <NoteSummary summary={note.summary} unsure={unsure && !verdict?.alternatives.length} />
      )}
      {unsure && verdict && <NoteAlternatives alternatives={verdict.alternatives} />}
    </article>
  );
}
