/** A note's background summary with its source, licence, link, and a marker when the match is unsure. */
import type { Summary } from '../core/types';
import { formatDate, hostOf, isWebUrl } from './format';

/** Below this the linker is unsure the summary is about the entity the story means. */
export const LOW_CONFIDENCE = 0.6;

const SOURCE_NAMES: Record<Summary['source'], string> = {
  wikipedia: 'Wikipedia',
  wikidata: 'Wikidata',
  bundled: 'Lede’s bundled facts',
};

export function NoteSummary({ summary }: { summary: Summary }) {
  const unsure = summary.confidence !== undefined && summary.confidence < LOW_CONFIDENCE;
  const retrieved = summary.source === 'bundled' ? null : formatDate(summary.retrieved);
  return (
    <div class="lede-summary">
      {unsure && (
        <p class="lede-unsure">
          <span aria-hidden="true">?</span> Unsure match: this may be about something else with the same name.
        </p>
      )}
      <p dir="auto">{summary.text}</p>
      <p class="lede-source">
        Source: {SOURCE_NAMES[summary.source]}
        {summary.licence && <> · {summary.licence}</>}
        {retrieved && <> · retrieved {retrieved}</>}
        {isWebUrl(summary.url) && (
          <>
            {' · '}
            <a href={summary.url} target="_blank" rel="noopener noreferrer">
              {hostOf(summary.url) ?? 'link'}
            </a>
          </>
        )}
      </p>
    </div>
  );
}
