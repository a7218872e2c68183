/** The overlay's frame around the reading view: close, "not now on this page" and "why did this open?". */
import { useState } from 'preact/hooks';
import { t } from '../../shared/i18n';
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

/** The reading view applies the reading settings itself (theme, font, size) and follows their changes. */
export function OverlayShell({ api, ctx, onClose, onNotNow }: ShellProps) {
  const [why, setWhy] = useState(false);
  return (
    <>
      <div class="lede-ov-bar" role="toolbar" aria-label={t('overlayToolbar')}>
        <span class="lede-ov-brand">Lede</span>
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
    </>
  );
}
