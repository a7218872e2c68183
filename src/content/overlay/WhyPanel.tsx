/** "Why did this open?": the decision and the detector's strongest signals, in plain words. */
import { t } from '../../shared/i18n';
import type { OpenContext } from './control';

const SHOWN = 8;

export function WhyPanel({ ctx }: { ctx: OpenContext }) {
  const { detection, decision } = ctx;
  const signals = [...detection.signals]
    .sort((a, b) => Math.abs(b.weight) - Math.abs(a.weight))
    .slice(0, SHOWN);
  return (
    <section class="lede-ov-why" data-lede="why-panel" aria-label={t('overlayWhy')}>
      <p>
        {t(detection.isNews ? 'whyNews' : 'whyArticle', [
          detection.score.toFixed(2),
          decision.threshold.toFixed(2),
        ])}
      </p>
      <ul>
        {signals.map((s) => (
          <li key={s.id}>
            {s.weight >= 0 ? '+ ' : '− '}
            {s.note}
          </li>
        ))}
      </ul>
      <p>{t('whyChange')}</p>
    </section>
  );
}
