/**
 * The sites where auto mode runs: list, add (asks for the host permission), remove (gives it back),
 * subdomains, and the list as text for import and export.
 */
import { useEffect, useState } from 'preact/hooks';
import { t } from '../shared/i18n';
import type { Settings, Site } from '../shared/settings-schema';
import { formatSitesText, isIpHost, normaliseHost, parseSitesText } from '../shared/sites';
import type { OptionsApi } from './options-api';

interface Props {
  api: OptionsApi;
  settings: Settings;
}

export function SitesSection({ api, settings }: Props) {
  const [input, setInput] = useState('');
  const [subdomains, setSubdomains] = useState(false);
  const [message, setMessage] = useState('');
  const [granted, setGranted] = useState<Record<string, boolean>>({});
  const [text, setText] = useState(() => formatSitesText(settings.sites));
  // Bumped after each grant: "Allow" on a listed site changes no setting, so nothing else re-renders.
  const [checks, setChecks] = useState(0);

  // Permission state can change outside this page (the browser's own site-access controls).
  useEffect(() => {
    let live = true;
    Promise.all(settings.sites.map(async (s) => [s.host, await api.isGranted(s)] as const)).then(
      (pairs) => live && setGranted(Object.fromEntries(pairs)),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [api, settings.sites, checks]);
  useEffect(() => setText(formatSitesText(settings.sites)), [settings.sites]);
  useEffect(() => {
    const ctrl = new AbortController();
    api.watchPermissions(() => setChecks((n) => n + 1), ctrl.signal);
    return () => ctrl.abort();
  }, [api]);

  // Every handler below calls api.addSites first thing: the permission prompt needs the click.
  const add = (sites: Site[], rejected: string[] = []): void => {
    api.addSites(sites).then(
      (ok) => {
        setMessage(
          [ok ? '' : t('siteRefused'), rejected.length ? t('sitesRejected', rejected.join(', ')) : '']
            .filter(Boolean)
            .join(' '),
        );
        if (ok) setInput('');
        setChecks((n) => n + 1);
      },
      (err: unknown) => setMessage(err instanceof Error ? err.message : String(err)),
    );
  };

  const onAdd = (e: Event): void => {
    e.preventDefault();
    const host = normaliseHost(input);
    if (!host) {
      setMessage(t('siteInvalid', input.trim()));
      return;
    }
    add([{ host, subdomains: subdomains && !isIpHost(host) }]);
  };

  const onImportText = (): void => {
    const parsed = parseSitesText(text);
    if (!parsed.sites.length) {
      setMessage(parsed.rejected.length ? t('sitesRejected', parsed.rejected.join(', ')) : '');
      return;
    }
    add(parsed.sites, parsed.rejected);
  };

  const onRemove = (host: string): void => {
    api.removeSite(host).then(
      (gone) => setMessage(gone ? t('siteRemoved', host) : t('siteRemovedKept', host)),
      (err: unknown) => setMessage(err instanceof Error ? err.message : String(err)),
    );
  };

  return (
    <section aria-labelledby="sites-h" data-section="sites">
      <h2 id="sites-h">{t('sectionSites')}</h2>
      <p class="help">{t('sitesIntro')}</p>
      {settings.sites.length === 0 ? (
        <p data-empty>{t('sitesEmpty')}</p>
      ) : (
        <ul class="site-list">
          {settings.sites.map((s) => (
            <li key={s.host} data-host={s.host}>
              <span class="site-host">{s.subdomains ? `*.${s.host}` : s.host}</span>
              {!isIpHost(s.host) && (
                <label>
                  <input
                    type="checkbox"
                    checked={s.subdomains}
                    // Widening to subdomains needs a new permission, so it goes through addSites.
                    onChange={(e) => add([{ host: s.host, subdomains: e.currentTarget.checked }])}
                  />{' '}
                  {t('siteSubdomains')}
                </label>
              )}
              {granted[s.host] === false && (
                <button type="button" class="site-allow" onClick={() => add([s])}>
                  {t('siteAllow')}
                </button>
              )}
              <button
                type="button"
                class="site-remove"
                aria-label={t('siteRemoveLabel', s.host)}
                onClick={() => onRemove(s.host)}
              >
                {t('siteRemove')}
              </button>
              {granted[s.host] === false && <span class="warn site-warn">{t('siteNeedsPermission')}</span>}
            </li>
          ))}
        </ul>
      )}
      <form class="site-add" onSubmit={onAdd}>
        <label>
          {t('siteAddLabel')}{' '}
          <input
            type="text"
            name="host"
            value={input}
            placeholder="news.example.com"
            autoComplete="off"
            spellcheck={false}
            onInput={(e) => setInput(e.currentTarget.value)}
          />
        </label>
        <label>
          <input
            type="checkbox"
            checked={subdomains}
            onChange={(e) => setSubdomains(e.currentTarget.checked)}
          />{' '}
          {t('siteSubdomains')}
        </label>
        <button type="submit" data-action="add-site">
          {t('siteAdd')}
        </button>
      </form>
      <p role="status" class="status" data-status="sites">
        {message}
      </p>
      <details>
        <summary>{t('sitesText')}</summary>
        <p class="help">{t('sitesTextHelp')}</p>
        <textarea
          rows={6}
          cols={40}
          aria-label={t('sitesText')}
          spellcheck={false}
          value={text}
          onInput={(e) => setText(e.currentTarget.value)}
        />
        <p>
          <button type="button" onClick={onImportText}>
            {t('sitesImport')}
          </button>
        </p>
      </details>
    </section>
  );
}
