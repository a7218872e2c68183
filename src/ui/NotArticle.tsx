/** The "not an article" state: what Lede saw on the page, and a way to show it anyway. */
import type { Detection } from '../core/types';
import { StateMessage } from './StateMessage';

/** Signals that weighed most, either way, so the reader can judge the verdict. */
function topSignals(d: Detection, n = 5) {
  return [...d.signals].sort((a, b) => Math.abs(b.weight) - Math.abs(a.weight)).slice(0, n);
}

export function NotArticle(props: { detection: Detection; title: string | null; onShowAnyway: () => void }) {
  const { detection } = props;
  const signals = topSignals(detection);
  return (
    <StateMessage
      state="not-article"
      title="This does not look like an article"
      body={`Lede is ${Math.round((1 - detection.score) * 100)}% sure this page is not a story to read${
        props.title ? ` (it found “${props.title}”)` : ''
      }.`}
      action={props.onShowAnyway}
      actionLabel="Show anyway"
    >
      {signals.length > 0 && (
        <section class="lede-signals" aria-labelledby="lede-saw">
          <h2 id="lede-saw">What Lede saw</h2>
          <ul>
            {signals.map((s) => (
              <li key={s.id}>
                <span class="lede-sign" aria-label={s.weight >= 0 ? 'for' : 'against'}>
                  {s.weight >= 0 ? '+' : '−'}
                </span>{' '}
                {s.note}
              </li>
            ))}
          </ul>
        </section>
      )}
    </StateMessage>
  );
}
