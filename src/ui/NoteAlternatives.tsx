/** When the linker is unsure which entity a note means: says so, and lists what the name may refer to. */
import { t } from '../shared/i18n';
import type { Alternative } from './api';
import { isWebUrl } from './format';

export function NoteAlternatives({ alternatives }: { alternatives: Alternative[] }) {
  if (!alternatives.length) return null;
  return (
    <div class="lede-alternatives" data-lede="alternatives">
      <p class="lede-unsure">
        <span aria-hidden="true">?</span> {t('noteUnsureWhich')}
      </p>
      <ul aria-label={t('noteAlternatives')}>
        {alternatives.map((a, i) => (
          <li key={i}>
            {isWebUrl(a.url) ? (
              <a href={a.url} target="_blank" rel="noopener noreferrer">
                {a.label}
              </a>
            ) : (
              a.label
            )}
            {a.description && <span class="lede-muted"> ({a.description})</span>}
          </li>
        ))}
      </ul>
    </div>
  );
}
