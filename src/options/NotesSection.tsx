/** Notes: online lookups, Wikipedia language, a custom endpoint, the cache size and "clear cache". */
import { useEffect, useState } from 'preact/hooks';
import { t, type MessageKey } from '../shared/i18n';
import { LOOKUPS, type Settings } from '../shared/settings-schema';
import { wikiHosts } from '../shared/wiki-endpoints';
import type { OptionsApi } from './options-api';

const LOOKUP_LABELS: Record<Settings['lookups'], MessageKey> = {
  ask: 'lookupsAsk',
  on: 'lookupsOn',
  off: 'lookupsOff',
};
const LANG = /^[a-z]{2,3}(-[a-z]+)?$/;
const ENDPOINT = /^https?:\/\/[^\s]+$/i;

interface Props {
  api: OptionsApi;
  settings: Settings;
  update(patch: Partial<Settings>): void;
}

export function NotesSection({ api, settings: s, update }: Props) {
  // Text fields keep what is typed; only valid values reach the settings.
  const [lang, setLang] = useState(s.wikiLang);
  const [endpoint, setEndpoint] = useState(s.customEndpoint);
  const [cacheMsg, setCacheMsg] = useState('');
  // Whether the browser lets Lede reach the wiki (or the mirror) of the current settings; null = unknown.
  const [granted, setGranted] = useState<boolean | null>(null);
  const access = api.lookupAccess;
  useEffect(() => {
    if (!access || s.lookups !== 'on') return setGranted(null);
    const ctrl = new AbortController();
    const check = (): void => {
      access.granted(s).then(
        (g) => !ctrl.signal.aborted && setGranted(g),
        () => !ctrl.signal.aborted && setGranted(null),
      );
    };
    check();
    api.watchPermissions(check, ctrl.signal);
    return () => ctrl.abort();
  }, [access, s.lookups, s.wikiLang, s.customEndpoint]);
  const langOk = LANG.test(lang);
  const endpointOk = endpoint === '' || (ENDPOINT.test(endpoint) && endpoint.length < 300);

  return (
    <section aria-labelledby="notes-h" data-section="notes">
      <h2 id="notes-h">{t('sectionNotes')}</h2>
      <fieldset>
        <legend>{t('lookupsLabel')}</legend>
        {LOOKUPS.map((v) => (
          <label key={v} class="choice">
            <input
              type="radio"
              name="lookups"
              value={v}
              checked={s.lookups === v}
              onChange={() => {
                // "On" asks for the wiki's host permission in this click (browsers need the gesture).
                if (v === 'on') void access?.request({ ...s, lookups: v }).catch(() => false);
                update({ lookups: v });
              }}
            />{' '}
            {t(LOOKUP_LABELS[v])}
          </label>
        ))}
      </fieldset>
      {granted === false && (
        <p class="warn" data-lookup-access>
          {t('lookupNeedsAccess', wikiHosts(s).join(', '))}{' '}
          <button type="button" onClick={() => void access?.request(s).catch(() => false)}>
            {t('lookupAllow')}
          </button>
        </p>
      )}
      <label>
        {t('wikiLangLabel')}{' '}
        <input
          type="text"
          name="wikiLang"
          size={6}
          value={lang}
          aria-invalid={!langOk}
          aria-describedby="lang-help"
          disabled={s.lookups === 'off'}
          onInput={(e) => {
            const v = e.currentTarget.value.trim().toLowerCase();
            setLang(v);
            if (LANG.test(v)) update({ wikiLang: v });
          }}
        />
      </label>
      <p class="help" id="lang-help">
        {t('wikiLangHelp')}
      </p>
      <label>
        {t('endpointLabel')}{' '}
        <input
          type="url"
          name="customEndpoint"
          size={40}
          value={endpoint}
          placeholder="https://wiki.example.org"
          aria-invalid={!endpointOk}
          aria-describedby="endpoint-help"
          disabled={s.lookups === 'off'}
          onInput={(e) => {
            const v = e.currentTarget.value.trim();
            setEndpoint(v);
            if (v === '' || (ENDPOINT.test(v) && v.length < 300)) update({ customEndpoint: v });
          }}
        />
      </label>
      <p class="help" id="endpoint-help">
        {endpointOk ? t('endpointHelp') : t('endpointInvalid')}
      </p>
      <label>
        {t('cacheSizeLabel')}{' '}
        <input
          type="number"
          name="cacheMaxEntries"
          min={0}
          max={100000}
          step={100}
          value={s.cacheMaxEntries}
          onChange={(e) => {
            const v = Number(e.currentTarget.value);
            if (Number.isInteger(v) && v >= 0 && v <= 100000) update({ cacheMaxEntries: v });
          }}
        />
      </label>{' '}
      <button
        type="button"
        data-action="clear-cache"
        onClick={() =>
          api.clearCache().then(
            (n) => setCacheMsg(t('cacheCleared', String(n))),
            (err: unknown) => setCacheMsg(err instanceof Error ? err.message : String(err)),
          )
        }
      >
        {t('cacheClear')}
      </button>
      <p role="status" class="status">
        {cacheMsg}
      </p>
    </section>
  );
}
