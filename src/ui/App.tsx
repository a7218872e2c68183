/** The reader: asks the API for the page, then shows the article and its notes, or says why it cannot. */
import { useEffect, useState } from 'preact/hooks';
import type { TabReadResult } from '../shared/protocol';
import type { ReaderApi, ReaderHost } from './api';
import { NotArticle } from './NotArticle';
import { Reader } from './Reader';
import { rootStyle } from './settings-style';
import { Skeleton } from './Skeleton';
import { StateMessage } from './StateMessage';
import { useSettings } from './use-settings';
import type { Synth } from './use-read-aloud';

type View =
  { kind: 'loading' } | { kind: 'result'; result: TabReadResult } | { kind: 'error'; message: string };

/** Performance marks an end-to-end test reads to measure answer → painted. */
export const MARK_ANSWER = 'lede:answer';
export const MARK_PAINTED = 'lede:painted';

function markPainted(): void {
  // The frame after the article's DOM went in has been painted once this task runs.
  requestAnimationFrame(() => setTimeout(() => performance.mark(MARK_PAINTED), 0));
}

export interface AppProps {
  api: ReaderApi;
  host?: ReaderHost;
  /** Speech synthesis; defaults to the browser's, null hides read aloud (tests pass a fake). */
  synth?: Synth | null;
}

export function App({ api, host = 'popup', synth }: AppProps) {
  const [view, setView] = useState<View>({ kind: 'loading' });
  const { settings, ready: settingsReady, update: updateSettings, saveNow } = useSettings(api);

  const load = (force: boolean): void => {
    setView({ kind: 'loading' });
    api.read(force).then(
      (result) => {
        performance.mark(MARK_ANSWER);
        setView({ kind: 'result', result });
      },
      (err: unknown) => setView({ kind: 'error', message: err instanceof Error ? err.message : String(err) }),
    );
  };
  useEffect(() => load(false), [api]);

  return (
    <div class="lede-root" data-host={host} {...rootStyle(settings)}>
      {content()}
    </div>
  );

  function content() {
    // Until the reader's own settings are in, an article would flash in the default theme and size.
    if (view.kind === 'loading' || !settingsReady) return <Skeleton />;
    if (view.kind === 'error')
      return (
        <StateMessage
          state="error"
          title="Lede could not read this page"
          body={view.message}
          action={() => load(false)}
        />
      );
    const r = view.result;
    switch (r.state) {
      case 'restricted':
        return <StateMessage state="restricted" title="Lede cannot read this page" body={r.reason} />;
      case 'failed':
        return (
          <StateMessage
            state="failed"
            title="Extraction failed"
            body={`Lede could not get the story out of this page. ${r.message}`}
            action={() => load(false)}
            actionLabel="Try again"
          />
        );
      case 'no-content':
        return (
          <StateMessage
            state="no-content"
            title="No article found"
            body="Lede found no readable story on this page."
            action={() => load(true)}
            actionLabel="Try anyway"
          />
        );
      case 'not-article':
        return (
          <NotArticle
            detection={r.detection}
            title={r.article?.title ?? null}
            onShowAnyway={() => load(true)}
          />
        );
      case 'ok':
        return (
          <Reader
            api={api}
            host={host}
            article={r.article}
            url={r.url}
            settings={settings}
            onSettings={updateSettings}
            onSettingsNow={saveNow}
            onRendered={markPainted}
            synth={synth}
          />
        );
    }
  }
}
