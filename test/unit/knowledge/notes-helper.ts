import type { Note, NoteKind } from '../../../src/core/types';

/** A minimal note as the recogniser would build it. */
export function note(name: string, kind: NoteKind, extra: Partial<Note> = {}): Note {
  return {
    id: name.toLowerCase().replace(/\W+/g, '-'),
    name,
    kind,
    aliases: [],
    mentionCount: 1,
    mentions: [],
    context: [],
    summary: null,
    salience: 1,
    ...extra,
  };
}
