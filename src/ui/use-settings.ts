/** Reading settings for the UI: loaded once, kept in step with other pages, applied at once, saved calmly. */
import { useEffect, useRef, useState } from 'preact/hooks';
import { DEFAULTS, type Settings } from '../shared/settings-schema';
import type { ReaderApi } from './api';

/** Range inputs fire many changes a second; storage.sync allows about two writes a second. */
const SAVE_DELAY_MS = 250;

/** Current settings (defaults until loaded), whether they have loaded, and a setter that applies instantly. */
export function useSettings(api: ReaderApi): [Settings, boolean, (patch: Partial<Settings>) => void] {
  const [settings, setSettings] = useState<Settings>(DEFAULTS);
  const [ready, setReady] = useState(false);
  const pending = useRef<Partial<Settings>>({});
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  // Each save reads, patches and writes the stored settings: one at a time, or a later one loses an earlier.
  const chain = useRef<Promise<unknown>>(Promise.resolve());
  const save = (patch: Partial<Settings>): void => {
    chain.current = chain.current.then(() => api.saveSettings(patch)).catch(() => undefined);
  };

  useEffect(() => {
    const ctrl = new AbortController();
    api.loadSettings().then(
      (s) => {
        if (!ctrl.signal.aborted) setSettings(s);
        setReady(true);
      },
      () => setReady(true),
    );
    api.watchSettings(
      (s) => setSettings((cur) => ({ ...s, ...pending.current, version: cur.version })),
      ctrl.signal,
    );
    return () => {
      ctrl.abort();
      // Closing the popup must not lose the last change.
      if (timer.current) {
        clearTimeout(timer.current);
        save(pending.current);
      }
    };
  }, [api]);

  const update = (patch: Partial<Settings>): void => {
    setSettings((cur) => ({ ...cur, ...patch }));
    pending.current = { ...pending.current, ...patch };
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => {
      const toSave = pending.current;
      pending.current = {};
      timer.current = null;
      save(toSave);
    }, SAVE_DELAY_MS);
  };
  return [settings, ready, update];
}
