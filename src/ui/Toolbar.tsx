/** The reader's toolbar: article/notes switch (narrow layouts), read aloud, appearance, open in tab, print. */
import type { ComponentChildren } from 'preact';

export type Panel = 'article' | 'notes';

export interface ToolbarProps {
  panel: Panel;
  setPanel: (p: Panel) => void;
  noteCount: number | null;
  /** The notes panel holds a question for the reader (online lookups: ask first); the switch shows a dot. */
  notesQuestion?: boolean;
  appearanceOpen: boolean;
  toggleAppearance: () => void;
  onOpenInTab?: () => void;
  onPrint: () => void;
  children?: ComponentChildren;
}

export function Toolbar(props: ToolbarProps) {
  const tab = (p: Panel, label: string, question = false) => (
    <button
      type="button"
      class="lede-switch-button"
      aria-pressed={props.panel === p}
      aria-controls={p === 'article' ? 'lede-article' : 'lede-notes'}
      onClick={() => props.setPanel(p)}
    >
      {label}
      {question && (
        <>
          <span class="lede-question-dot" aria-hidden="true" />
          <span class="lede-visually-hidden">, a question is waiting</span>
        </>
      )}
    </button>
  );
  return (
    <header class="lede-toolbar">
      <span class="lede-brand" aria-hidden="true">
        Lede
      </span>
      <nav class="lede-switch" aria-label="Show">
        {tab('article', 'Article')}
        {tab(
          'notes',
          props.noteCount === null ? 'Notes' : `Notes (${props.noteCount})`,
          props.notesQuestion === true && props.panel !== 'notes',
        )}
      </nav>
      <div class="lede-actions">
        {props.children}
        <button
          type="button"
          class="lede-button"
          aria-expanded={props.appearanceOpen}
          aria-controls="lede-appearance"
          onClick={props.toggleAppearance}
          title="Appearance"
        >
          <span aria-hidden="true">Aa</span>
          <span class="lede-visually-hidden">Appearance</span>
        </button>
        {props.onOpenInTab && (
          <button type="button" class="lede-button" onClick={props.onOpenInTab}>
            Open in tab
          </button>
        )}
        <button type="button" class="lede-button" onClick={props.onPrint}>
          Print
        </button>
      </div>
    </header>
  );
}
