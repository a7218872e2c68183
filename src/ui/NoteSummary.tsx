/** A note's background summary with its source, licence, link, and a marker when the match is unsure. */
import type { Summary } from '../core/types';
import { formatDate, hostOf, isWebUrl } from './format';

/** Below this the linker is unsure the summary is about the entity the story means. */
export const LOW_CONFIDENCE = 0.6;

/** Licences whose deed the source line links to (Wikipedia text is CC BY-SA 4.0). */
const LICENCE_URLS: Record<string, string> = {
  'CC BY-SA 4.0': 'https://creativecommons.org/licenses/by-sa/4.0/',
  'CC BY 4.0': 'https://creativecommons.org/licenses/by/4.0/',
  'CC0 1.0': 'https://creativecommons.org/publicdomain/zero/1.0/',
};

const SOURCE_NAMES: Record<Summary['source'], string> = {
  wikipedia: 'Wikipedia',
  wikidata: 'Wikidata',
  bundled: 'Lede’s bundled facts',
};

/** `unsure` marks the match as doubtful whatever the summary's own confidence says (the online linker's verdict). */
export function NoteSummary({ summary, unsure: doubted = false }: { summary: Summary; unsure?: boolean }) {
  const unsure = doubted || (summary.confidence !== undefined && summary.confidence < LOW_CONFIDENCE);
  const licenceUrl = LICENCE_URLS[summary.licence];
  const retrieved = summary.source === 'bundled' ? null : formatDate(summary.retrieved);
  return (
    <div class="lede-summary" data-source={summary.source}>
      {unsure && (
        <p class="lede-unsure">
          <span aria-hidden="true">?</span> Unsure match: this may be about something else with the same name.
        </p>
      )}
      <p dir="auto">{summary.text}</p>
      <p class="lede-source">
        Source: {SOURCE_NAMES[summary.source]}
        {isWebUrl(summary.url) && (
          <>
            {' · '}
            <a href={summary.url} target="_blank" rel="noopener noreferrer">
              {hostOf(summary.url) ?? 'link'}
            </a>
          </>
        )}
        {summary.licence && (
          <>
            {' · '}
            {licenceUrl ? (
              <a href={licenceUrl} target="_blank" rel="noopener noreferrer license">
                {summary.licence}
              </a>
            ) : (
              summary.licence
            )}
          </>
        )}
        {retrieved && <> · retrieved {retrieved}</>}
      </p>
    </div>
  );
}
