/**
 * "Always open articles on this site", for the reader's toolbar: adds the page's site to auto mode
 * (asking for its permission) or, when it is already there, says so and offers to stop.
 */
import { useEffect, useState } from 'preact/hooks';
import { t } from '../shared/i18n';
import type { SiteApi, SiteStatus } from '../shared/site-actions';

export function SiteToggle({ api, url }: { api: SiteApi; url: string }) {
  const [status, setStatus] = useState<SiteStatus | null>(null);
  const [note, setNote] = useState('');
  const refresh = (): void => {
    api.status(url).then(setStatus, () => setStatus(null));
  };
  useEffect(refresh, [api, url]);
  if (!status) return null;

  if (status.site && status.granted) {
    return (
      <span class="lede-site-toggle" data-lede="site-on">
        {t('siteAlwaysOn', status.site.subdomains ? `*.${status.host}` : status.host)}{' '}
        <button
          type="button"
          class="lede-button"
          onClick={() => api.stop(status.host).then(refresh, refresh)}
        >
          {t('siteStop')}
        </button>
      </span>
    );
  }
  return (
    <span class="lede-site-toggle">
      <button
        type="button"
        class="lede-button"
        data-lede="site-always"
        // api.always must be the first call: the permission prompt needs this click.
        onClick={() =>
          api.always(status.host).then((ok) => {
            setNote(ok ? '' : t('siteAlwaysRefused'));
            refresh();
          }, refresh)
        }
      >
        {t('siteAlways')}
      </button>
      {note && <span role="status">{note}</span>}
    </span>
  );
}
