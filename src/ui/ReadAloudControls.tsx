/** Play/pause, stop and speed for read aloud. */
import type { ReadAloud } from './use-read-aloud';

const RATES = [0.8, 1, 1.2, 1.5, 2];

export function ReadAloudControls({ ra }: { ra: ReadAloud }) {
  const playing = ra.state === 'playing';
  return (
    <div class="lede-read-aloud" role="group" aria-label="Read aloud">
      <button
        type="button"
        class="lede-button"
        aria-pressed={playing}
        onClick={playing ? ra.pause : ra.play}
        title={playing ? 'Pause reading aloud' : 'Read aloud'}
      >
        <span aria-hidden="true">{playing ? '❚❚' : '▶'}</span> {playing ? 'Pause' : 'Listen'}
      </button>
      {ra.state !== 'idle' && (
        <button type="button" class="lede-button" onClick={ra.stop}>
          Stop
        </button>
      )}
      <label class="lede-rate">
        <span class="lede-visually-hidden">Speed</span>
        <select value={String(ra.rate)} onChange={(e) => ra.setRate(Number(e.currentTarget.value))}>
          {RATES.map((r) => (
            <option key={r} value={String(r)}>
              {r}×
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}
