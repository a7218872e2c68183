/**
 * The notes panel's line about online background: the first-run question (one sentence, yes or no), the
 * "allow access" request when lookups are on but the browser has not granted the wiki hosts, and a quiet
 * status while lookups run. Keyboard users keep their place: after an answer, focus moves to what replaced
 * the buttons.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '../shared/i18n';
import type { OnlineState } from './use-backgrounds';

export interface LookupQuestionProps {
  state: OnlineState;
  /** Host names the lookups reach (for the "allow access" sentence). */
  hosts: string[];
  /** Must run straight from the click: a "yes" asks the browser for access. */
  onAnswer: (yes: boolean) => void;
}

export function LookupQuestion({ state, hosts, onAnswer }: LookupQuestionProps) {
  const box = useRef<HTMLDivElement>(null);
  const [answered, setAnswered] = useState<boolean | null>(null);
  useEffect(() => {
    // The buttons are gone; without this, focus would fall back to the top of the document.
    if (answered !== null) box.current?.focus();
  }, [answered]);

  // In the in-page overlay, clicks a page script makes never get here (content/overlay/trusted-only.ts).
  const answer = (yes: boolean) => () => {
    onAnswer(yes);
    setAnswered(yes);
  };
  const body = (() => {
    if (state === 'ask')
      return (
        <>
          <p id="lede-lookup-question">{t('lookupQuestion')}</p>
          <div class="lede-lookup-actions">
            <button type="button" class="lede-button" data-lede="lookups-yes" onClick={answer(true)}>
              {t('lookupYes')}
            </button>
            <button type="button" class="lede-button" data-lede="lookups-no" onClick={answer(false)}>
              {t('lookupNo')}
            </button>
          </div>
        </>
      );
    if (state === 'permission')
      return (
        <>
          <p>{t('lookupNeedsAccess', hosts.join(', '))}</p>
          <div class="lede-lookup-actions">
            <button type="button" class="lede-button" data-lede="lookups-allow" onClick={answer(true)}>
              {t('lookupAllow')}
            </button>
          </div>
        </>
      );
    if (state === 'looking')
      return (
        <p role="status" class="lede-muted">
          {t('lookupLooking')}
        </p>
      );
    if (state === 'off' && answered === false)
      return (
        <p role="status" class="lede-muted">
          {t('lookupSavedOff')}
        </p>
      );
    return null;
  })();
  if (state === 'none') return null;
  const asking = state === 'ask' || state === 'permission';
  // The wrapper stays while lookups are on, empty once they are done: it is where focus goes after an answer.
  const cls = body ? `lede-lookup${asking ? ' lede-lookup-ask' : ''}` : undefined;
  return (
    <div
      class={cls}
      data-lede="lookup"
      data-state={state}
      ref={box}
      tabIndex={-1}
      {...(state === 'ask' ? { role: 'group', 'aria-labelledby': 'lede-lookup-question' } : {})}
    >
      {body}
    </div>
  );
}
