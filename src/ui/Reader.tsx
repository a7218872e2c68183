/** The reading view of one article: toolbar, article, notes panel, and how they talk to each other. */
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Article, Note } from '../core/types';
import type { Settings } from '../shared/settings-schema';
import { wikiHosts } from '../shared/wiki-endpoints';
import type { ReaderApi, ReaderHost } from './api';
import { AppearancePanel } from './AppearancePanel';
import { ArticleBody, type BodyHandle } from './ArticleBody';
import { ArticleHeader } from './ArticleHeader';
import { LookupQuestion } from './LookupQuestion';
import { MentionPeek, PEEK_ID } from './MentionPeek';
import { noteDomId } from './NoteCard';
import { NotesPanel } from './NotesPanel';
import { ReadAloudControls } from './ReadAloudControls';
import { bringIntoView, flash } from './settings-style';
import { SiteToggle } from './SiteToggle';
import { Toolbar, type Panel } from './Toolbar';
import { useBackgrounds } from './use-backgrounds';
import { browserSynth, useReadAloud, type Synth } from './use-read-aloud';

export interface ReaderProps {
  api: ReaderApi;
  host: ReaderHost;
  article: Article;
  url: string;
  settings: Settings;
  onSettings: (patch: Partial<Settings>) => void;
  /** Stores a patch now, in turn with other saves (answers the background must see before it is asked). */
  onSettingsNow: (patch: Partial<Settings>) => Promise<void>;
  /** Called once the article's DOM is in place (for the paint measurement). */
  onRendered?: () => void;
  synth?: Synth | null;
}

interface Peek {
  id: string;
  el: HTMLElement;
  top: number;
  left: number;
}

/** Why some notes have no background, in one quiet line, or null. */
function hintFor(notes: Note[] | null, api: ReaderApi, s: Settings): string | null {
  if (!notes?.some((n) => !n.summary)) return null;
  const offline = api.isOffline ? api.isOffline() : typeof navigator !== 'undefined' && !navigator.onLine;
  if (offline) return 'You are offline: notes show what the story says, without background summaries.';
  if (s.lookups === 'off') return 'Online lookups are off: some notes have no background summary.';
  return null;
}

export function Reader(props: ReaderProps) {
  const { api, article, settings } = props;
  const [notes, setNotes] = useState<Note[] | null>(null);
  const [panel, setPanel] = useState<Panel>('article');
  const [openId, setOpenId] = useState<string | null>(null);
  const [stepped, setStepped] = useState<Record<string, number>>({});
  const [appearance, setAppearance] = useState(false);
  const [peek, setPeek] = useState<Peek | null>(null);
  const body = useRef<BodyHandle>({ paragraphs: [], all: [], mentions: new Map() });
  const column = useRef<HTMLDivElement>(null);
  const synth = useMemo(() => (props.synth === undefined ? browserSynth() : props.synth), [props.synth]);
  const ra = useReadAloud(synth, () => body.current.all, article.lang);

  useEffect(() => {
    let live = true;
    setNotes(null);
    api.notes(article).then(
      (n) => live && setNotes(n),
      () => live && setNotes([]),
    );
    return () => {
      live = false;
    };
  }, [api, article]);

  useEffect(() => {
    if (props.host === 'tab' && article.title) document.title = `${article.title} · Lede`;
  }, [props.host, article.title]);

  /** The document or shadow root the reader lives in (the overlay of #8 renders into a shadow root). */
  const scope = (): Document | ShadowRoot | null =>
    (column.current?.getRootNode() as Document | ShadowRoot | undefined) ?? null;

  // Online background fills the notes in as it arrives; the text's mention marks keep the story's notes.
  const online = useBackgrounds(api, notes, settings, props.onSettingsNow);
  const byId = (id: string) => online.notes?.find((n) => n.id === id) ?? null;

  // Panel switches re-render first; focus and scroll run right after that commit, once the target is
  // visible. Not in requestAnimationFrame: Firefox pauses it in background tabs.
  const pending = useRef<(() => void) | null>(null);
  const [, setTick] = useState(0);
  const after = (fn: () => void): void => {
    pending.current = fn;
    setTick((t) => t + 1);
  };
  useLayoutEffect(() => {
    const fn = pending.current;
    pending.current = null;
    fn?.();
  });

  const jump = (paragraph: number): void => {
    const p = body.current.paragraphs[paragraph];
    if (!p) return;
    setPanel('article');
    after(() => {
      bringIntoView(p.el);
      flash(p.el);
    });
  };

  const step = (id: string): void => {
    const marks = body.current.mentions.get(id) ?? [];
    if (!marks.length) return;
    const next = stepped[id] === undefined ? 0 : (stepped[id] + 1) % marks.length;
    setStepped({ ...stepped, [id]: next });
    setPanel('article');
    after(() => {
      const m = marks[next]!;
      for (const other of marks) other.classList.toggle('lede-current', other === m);
      bringIntoView(m);
    });
  };

  const openNote = (id: string): void => {
    setPeek(null);
    setOpenId(id);
    setPanel('notes');
    after(() => {
      const card = scope()?.getElementById(noteDomId(id));
      if (card) bringIntoView(card);
    });
  };

  const showPeek = (id: string | null, el: HTMLElement | null): void => {
    peek?.el.removeAttribute('aria-describedby');
    const box = column.current;
    if (!id || !el || !box) return setPeek(null);
    el.setAttribute('aria-describedby', PEEK_ID);
    const r = el.getBoundingClientRect();
    const b = box.getBoundingClientRect();
    const left = Math.max(8, Math.min(r.left - b.left, b.width - 300));
    setPeek({ id, el, top: r.bottom - b.top + box.scrollTop + 6, left });
  };

  const peekNote = peek ? byId(peek.id) : null;
  return (
    <>
      <Toolbar
        panel={panel}
        setPanel={setPanel}
        noteCount={notes ? notes.length : null}
        notesQuestion={online.state === 'ask' || online.state === 'permission'}
        appearanceOpen={appearance}
        toggleAppearance={() => setAppearance(!appearance)}
        onOpenInTab={props.host === 'popup' && api.openInTab ? () => void api.openInTab?.() : undefined}
        onPrint={() => (api.print ? api.print() : window.print())}
      >
        {synth && <ReadAloudControls ra={ra} />}
        {props.host === 'popup' && api.site && <SiteToggle api={api.site} url={props.url} />}
      </Toolbar>
      {appearance && (
        <AppearancePanel
          settings={settings}
          onChange={props.onSettings}
          onClose={() => {
            setAppearance(false);
            // Back to the button that opened the panel, so keyboard users keep their place.
            scope()?.querySelector<HTMLElement>('[aria-controls="lede-appearance"]')?.focus();
          }}
        />
      )}
      {/* One main landmark holding both panels, so it stays exposed whichever panel the popup shows. */}
      <main class="lede-layout" data-panel={panel}>
        <div class="lede-main" id="lede-article" ref={column}>
          <article class="lede-article" lang={article.lang ?? undefined} dir={article.dir ?? undefined}>
            <ArticleHeader article={article} url={props.url} />
            <ArticleBody
              html={article.html}
              text={article.text}
              notes={notes}
              handle={body}
              onRendered={props.onRendered}
              onPeek={showPeek}
              onOpen={openNote}
            />
          </article>
          {peekNote && peek && <MentionPeek note={peekNote} top={peek.top} left={peek.left} />}
        </div>
        <NotesPanel
          title={props.host === 'popup' ? article.title : null}
          notes={online.notes}
          text={article.text}
          openId={openId}
          stepped={stepped}
          hint={hintFor(online.notes, api, settings)}
          verdicts={online.found}
          lookup={
            <LookupQuestion state={online.state} hosts={wikiHosts(settings)} onAnswer={online.answer} />
          }
          onStep={step}
          onJump={jump}
          onOpen={openNote}
        />
      </main>
    </>
  );
}
