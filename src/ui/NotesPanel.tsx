/** The notes panel: groups and places in two sections, most salient first, trivial ones folded. */
import type { ComponentChildren } from 'preact';
import type { Note, NoteKind } from '../core/types';
import type { Verdict } from './api';
import { LazyMap } from './LazyMap';
import { coordsOf } from './coords';
import { NoteCard } from './NoteCard';
import { storyQuotes } from './story-quotes';

export interface NotesPanelProps {
  /** In the popup, where the article and its h1 are hidden while notes show: the story's title for the notes' h1. */
  title?: string | null;
  notes: Note[] | null;
  /** The article's text, for quotes of notes the core found no context for. */
  text: string;
  openId: string | null;
  stepped: Record<string, number>;
  /** A quiet line when summaries are missing because lookups are off or the browser is offline. */
  hint: string | null;
  onStep: (noteId: string) => void;
  onJump: (paragraph: number) => void;
  onOpen: (noteId: string) => void;
  /** The online linker's verdicts, by note id. */
  verdicts?: Record<string, Verdict>;
  /** The line about online background (first-run question, access, status), above the notes. */
  lookup?: ComponentChildren;
}

const TITLES: Record<NoteKind, string> = { group: 'Groups', place: 'Places' };

function Section(props: NotesPanelProps & { kind: NoteKind; list: Note[] }) {
  const { kind, list } = props;
  if (!list.length) return null;
  const shown = list.filter((n) => !n.folded);
  const folded = list.filter((n) => n.folded);
  const card = (n: Note) => (
    <li key={n.id}>
      <NoteCard
        note={n}
        quotes={storyQuotes(n, props.text)}
        open={props.openId === n.id}
        stepped={props.stepped[n.id] ?? null}
        onStep={props.onStep}
        onJump={props.onJump}
        verdict={props.verdicts?.[n.id]}
      />
    </li>
  );
  return (
    <section class="lede-notes-section" data-kind={kind} aria-labelledby={`lede-notes-${kind}`}>
      <h2 id={`lede-notes-${kind}`}>
        {TITLES[kind]} <span class="lede-count-badge">{list.length}</span>
      </h2>
      {kind === 'place' && list.some((n) => coordsOf(n)) && <LazyMap places={list} onOpen={props.onOpen} />}
      <ul class="lede-note-list">{shown.map(card)}</ul>
      {folded.length > 0 && (
        <details class="lede-folded" open={folded.some((n) => n.id === props.openId)}>
          <summary>Also mentioned ({folded.length})</summary>
          <ul class="lede-note-list">{folded.map(card)}</ul>
        </details>
      )}
    </section>
  );
}

export function NotesPanel(props: NotesPanelProps) {
  const { notes } = props;
  const byKind = (k: NoteKind) =>
    (notes ?? []).filter((n) => n.kind === k).sort((a, b) => b.salience - a.salience);
  return (
    <section class="lede-notes" id="lede-notes" aria-label="Notes on groups and places">
      {props.title && <h1 class="lede-visually-hidden">Notes on “{props.title}”</h1>}
      {notes === null ? (
        <p role="status" class="lede-muted">
          Finding groups and places…
        </p>
      ) : notes.length === 0 ? (
        <p class="lede-muted">No named groups or places found in this story.</p>
      ) : (
        <>
          {props.lookup}
          {props.hint && <p class="lede-hint lede-muted">{props.hint}</p>}
          <Section {...props} kind="group" list={byKind('group')} />
          <Section {...props} kind="place" list={byKind('place')} />
        </>
      )}
    </section>
  );
}
