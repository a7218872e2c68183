/** The reader: asks the API for the page, then shows the article and its notes, or says why it cannot. */
import { useEffect, useState } from 'preact/hooks';
import type { Note } from '../core/types';
import type { TabReadResult } from '../shared/protocol';
import type { ReaderApi } from './api';
import { safeArticleHtml } from './sanitize';

type View =
  { kind: 'loading' } | { kind: 'result'; result: TabReadResult } | { kind: 'error'; message: string };

export function App({ api }: { api: ReaderApi }) {
  const [view, setView] = useState<View>({ kind: 'loading' });
  const [notes, setNotes] = useState<Note[] | null>(null);

  const load = (force: boolean): void => {
    setView({ kind: 'loading' });
    setNotes(null);
    api.read(force).then(
      (result) => {
        setView({ kind: 'result', result });
        if (result.state === 'ok') api.notes(result.article).then(setNotes, () => setNotes([]));
      },
      (err: unknown) => setView({ kind: 'error', message: err instanceof Error ? err.message : String(err) }),
    );
  };
  useEffect(() => load(false), []);

  if (view.kind === 'loading')
    return (
      <p class="lede-loading" role="status">
        Reading the page…
      </p>
    );
  if (view.kind === 'error')
    return <Message title="Lede could not read this page" body={view.message} retry={() => load(false)} />;
  const r = view.result;
  switch (r.state) {
    case 'restricted':
      return <Message title="Lede cannot read this page" body={r.reason} />;
    case 'failed':
      return <Message title="Extraction failed" body={r.message} retry={() => load(false)} />;
    case 'no-content':
      return (
        <Message
          title="No article found"
          body="Lede found no readable story on this page."
          retry={() => load(true)}
          retryLabel="Try anyway"
        />
      );
    case 'not-article':
      return (
        <Message
          title="This does not look like an article"
          body={`Lede scored this page ${r.detection.score.toFixed(2)}: ${r.detection.signals
            .slice(0, 3)
            .map((s) => s.note)
            .join('; ')}.`}
          retry={() => load(true)}
          retryLabel="Show anyway"
        />
      );
    case 'ok': {
      const a = r.article;
      return (
        <main class="lede-reader" lang={a.lang ?? undefined} dir={a.dir ?? undefined}>
          <article>
            <header>
              <h1 class="lede-title">{a.title}</h1>
              <p class="lede-meta">
                {[
                  a.byline,
                  a.published ? new Date(a.published).toLocaleDateString() : null,
                  a.siteName,
                  `${a.readingMinutes} min read`,
                ]
                  .filter(Boolean)
                  .join(' · ')}
              </p>
            </header>
            <div class="lede-body" dangerouslySetInnerHTML={{ __html: safeArticleHtml(a.html) }} />
          </article>
          <aside class="lede-notes" aria-label="Notes on groups and places">
            <h2>Groups and places</h2>
            {notes === null ? <p role="status">Finding groups and places…</p> : <NoteList notes={notes} />}
          </aside>
        </main>
      );
    }
  }
}

function NoteList({ notes }: { notes: Note[] }) {
  if (!notes.length) return <p>No named groups or places found.</p>;
  return (
    <ul class="lede-note-list">
      {notes.map((n) => (
        <li key={n.id} data-kind={n.kind}>
          <strong>{n.name}</strong> <span class="lede-kind">{n.kind}</span>
          {n.aliases.length > 0 && <span> (also {n.aliases.join(', ')})</span>} · {n.mentionCount}×
          {n.context[0] && <q>{n.context[0].text}</q>}
        </li>
      ))}
    </ul>
  );
}

function Message(props: { title: string; body: string; retry?: () => void; retryLabel?: string }) {
  return (
    <main class="lede-message">
      <h1>{props.title}</h1>
      <p>{props.body}</p>
      {props.retry && (
        <button type="button" onClick={props.retry}>
          {props.retryLabel ?? 'Retry'}
        </button>
      )}
    </main>
  );
}
