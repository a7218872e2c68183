/**
 * The cleaned article. The sanitised fragment is inserted as DOM nodes the component owns (Preact never
 * diffs inside it), so mentions can be marked by walking text nodes once the notes arrive.
 */
import { useEffect, useLayoutEffect, useRef } from 'preact/hooks';
import type { Note } from '../core/types';
import { markMentions } from './mark-mentions';
import { safeArticleFragment } from './sanitize';
import { alignParagraphs, mapParagraphs, type Paragraph } from './text-map';

/** What the rest of the reader needs from the rendered body. */
export interface BodyHandle {
  /** Rendered paragraph for each paragraph of `Article.text` (undefined when it could not be matched). */
  paragraphs: (Paragraph | undefined)[];
  /** Every rendered paragraph in order, captions included: what read aloud reads. */
  all: Paragraph[];
  /** Per note id, the first mark of each of its mentions in document order. */
  mentions: Map<string, HTMLElement[]>;
}

export interface ArticleBodyProps {
  html: string;
  text: string;
  notes: Note[] | null;
  handle: { current: BodyHandle };
  onRendered?: () => void;
  /** A mention was hovered or focused (el) or left (null). */
  onPeek: (noteId: string | null, el: HTMLElement | null) => void;
  /** A mention was clicked or activated with the keyboard. */
  onOpen: (noteId: string) => void;
}

const mentionOf = (t: EventTarget | null): HTMLElement | null =>
  t instanceof Element ? (t.closest('mark.lede-mention') as HTMLElement | null) : null;

export function ArticleBody(props: ArticleBodyProps) {
  const box = useRef<HTMLDivElement>(null);

  useLayoutEffect(() => {
    const el = box.current;
    if (!el) return;
    el.replaceChildren(safeArticleFragment(props.html));
    const all = mapParagraphs(el);
    props.handle.current = { paragraphs: alignParagraphs(all, props.text), all, mentions: new Map() };
    props.onRendered?.();
  }, [props.html]);

  useEffect(() => {
    if (!props.notes?.length) return;
    const h = props.handle.current;
    const marks = markMentions(h.paragraphs, props.notes, props.text);
    for (const [id, els] of marks) {
      const note = props.notes.find((n) => n.id === id);
      els.forEach((m, i) => {
        // One tab stop per note keeps the keyboard path short; the note's count button steps through the rest.
        m.tabIndex = i === 0 ? 0 : -1;
        m.setAttribute('role', 'button');
        m.setAttribute('aria-label', `${m.textContent ?? ''}: show note on ${note?.name ?? 'this name'}`);
      });
    }
    h.mentions = marks;
  }, [props.notes]);

  const peek = (e: Event): void => {
    const m = mentionOf(e.target);
    if (m?.dataset.note) props.onPeek(m.dataset.note, m);
  };
  const unpeek = (e: Event): void => {
    if (mentionOf(e.target)) props.onPeek(null, null);
  };
  const open = (e: Event): void => {
    const m = mentionOf(e.target);
    if (!m?.dataset.note) return;
    e.preventDefault();
    props.onOpen(m.dataset.note);
  };
  const key = (e: KeyboardEvent): void => {
    if (e.key === 'Enter' || e.key === ' ') open(e);
    else if (e.key === 'Escape') props.onPeek(null, null);
  };

  return (
    <div
      ref={box}
      class="lede-body"
      onMouseOver={peek}
      onMouseOut={unpeek}
      onFocusIn={peek}
      onFocusOut={unpeek}
      onClick={open}
      onKeyDown={key}
    />
  );
}
