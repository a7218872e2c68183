/**
 * Online background for the reader's notes: asks nothing and sends nothing until the user has said yes,
 * then fills the notes in one by one as the background answers. The story's own notes are shown throughout;
 * a lookup only ever adds to them.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Note } from '../core/types';
import type { Settings } from '../shared/settings-schema';
import type { ReaderApi, Verdict } from './api';

/**
 * `ask`: the first-run question is due; `permission`: lookups are on but the browser has not granted the
 * wiki hosts; `looking` / `done`: lookups ran; `off` / `none`: nothing to do (switched off, or no host API).
 */
export type OnlineState = 'none' | 'off' | 'ask' | 'permission' | 'looking' | 'done';

export interface Backgrounds {
  /** The notes with whatever background has arrived so far (the input notes until then). */
  notes: Note[] | null;
  /** Each looked-up note's linker verdict, by note id (confidence, alternatives). */
  found: Record<string, Verdict>;
  state: OnlineState;
  /** The answer to the first-run question (and the "allow" button): call it from the click. */
  answer(yes: boolean): void;
}

export function useBackgrounds(
  api: ReaderApi,
  notes: Note[] | null,
  settings: Settings,
  saveNow: (patch: Partial<Settings>) => Promise<void>,
): Backgrounds {
  const [looked, setLooked] = useState<Record<string, Note>>({});
  const [found, setFound] = useState<Record<string, Verdict>>({});
  const [state, setState] = useState<OnlineState>('none');
  // Bumped after a permission prompt, so a grant that lands after the settings change is noticed.
  const [asked, setAsked] = useState(0);
  // The background reads the stored settings: after an answer, lookups wait for it to be stored, or the first
  // requests would be refused as "off".
  const stored = useRef<Promise<unknown>>(Promise.resolve());
  const online = api.online;
  const { lookups, wikiLang, customEndpoint, cacheMaxEntries } = settings;

  useEffect(() => {
    setLooked({});
    setFound({});
    if (!online || !notes?.length) return setState('none');
    if (lookups === 'off') return setState('off');
    if (lookups === 'ask') return setState('ask');
    const ctrl = new AbortController();
    const s = { ...settings, lookups, wikiLang, customEndpoint, cacheMaxEntries };
    stored.current
      .then(() => online.granted(s))
      .catch(() => false)
      .then((granted) => {
        if (ctrl.signal.aborted) return;
        if (!granted) return setState('permission');
        setState('looking');
        return online
          .lookup(
            notes,
            s,
            ({ note, verdict }) => {
              setLooked((m) => ({ ...m, [note.id]: note }));
              setFound((m) => ({ ...m, [note.id]: verdict }));
            },
            ctrl.signal,
          )
          .then(() => !ctrl.signal.aborted && setState('done'));
      })
      .catch(() => !ctrl.signal.aborted && setState('done'));
    return () => ctrl.abort();
    // Not `settings` as a whole: a font change must not start the lookups again.
  }, [online, notes, lookups, wikiLang, customEndpoint, cacheMaxEntries, asked]);

  const answer = (yes: boolean): void => {
    // The prompt first, in the click: browsers only show it during a user gesture.
    const request = yes && online ? online.request(settings).catch(() => false) : null;
    const lookups = yes && online ? 'on' : 'off';
    stored.current = saveNow({ lookups });
    if (request) void request.then(() => setAsked((n) => n + 1));
  };

  const merged = useMemo(() => notes && notes.map((n) => looked[n.id] ?? n), [notes, looked]);
  return { notes: merged, found, state, answer };
}
