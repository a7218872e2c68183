/** The overlay's frame around the reading view: close, "not now on this page" and "why did this open?". */
import { useEffect, useState } from 'preact/hooks';
import { t } from '../../shared/i18n';
import type { Settings } from '../../shared/settings-schema';
import type { ReaderApi } from '../../ui/api';
import { App } from '../../ui/App';
import type { OpenContext } from './control';
import { WhyPanel } from './WhyPanel';

export interface ShellProps {
  api: ReaderApi;
  ctx: OpenContext;
  onClose(): void;
  onNotNow(): void;
}

/** The frame's colours: the chosen theme, with "system" resolved (see frameThemes in styles.ts). */
function frameTheme(theme: Settings['theme'] | null): string {
  if (theme && theme !== 'system') return theme;
  return matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

/** The reading view applies the reading settings itself (font, size…); the frame only follows the theme. */
export function OverlayShell({ api, ctx, onClose, onNotNow }: ShellProps) {
  const [why, setWhy] = useState(false);
  const [theme, setTheme] = useState<Settings['theme'] | null>(null);
  useEffect(() => {
    const ctrl = new AbortController();
    api.loadSettings().then(
      (s) => !ctrl.signal.aborted && setTheme(s.theme),
      () => undefined,
    );
    api.watchSettings((s) => setTheme(s.theme), ctrl.signal);
    return () => ctrl.abort();
  }, [api]);
  return (
    <div class="lede-ov-frame" data-theme={frameTheme(theme)}>
      <div class="lede-ov-bar" role="toolbar" aria-label={t('overlayToolbar')}>
        <button type="button" aria-expanded={why} data-lede="why" onClick={() => setWhy(!why)}>
          {t('overlayWhy')}
        </button>
        <button type="button" data-lede="not-now" onClick={onNotNow}>
          {t('overlayNotNow')}
        </button>
        <button type="button" data-lede="close" title={t('overlayCloseHint')} onClick={onClose} autoFocus>
          {t('overlayClose')}
        </button>
      </div>
      {why && <WhyPanel ctx={ctx} />}
      <div class="lede-ov-view">
        <App api={api} host="overlay" />
      </div>
    </div>
  );
}
