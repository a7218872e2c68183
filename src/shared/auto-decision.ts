/**
 * Whether auto mode opens the reader by itself on a page, from the detector's verdict and the user's
 * settings. Pure: the content script, the tests and the WCXB measurement (scripts/bench-auto.ts) all
 * run this same function.
 */
import type { Detection } from '../core/types';
import type { Settings } from './settings-schema';

/** Why the reader did or did not open; `open` is true only for 'open'. */
export type AutoReason = 'off' | 'not-article' | 'not-news' | 'low-score' | 'open';

export interface AutoDecision {
  open: boolean;
  reason: AutoReason;
  /** The score the page needed, from the sensitivity. */
  threshold: number;
  score: number;
}

/**
 * Score needed at sensitivity 0 (opens rarely) and at 1 (opens readily). The range is an operating
 * point on the trade-off curve that scripts/bench-auto.ts prints for WCXB development pages: at the
 * default sensitivity (0.5, score ≥ 0.84) few non-article pages open, most articles still do.
 */
export const STRICT_THRESHOLD = 0.98;
export const LENIENT_THRESHOLD = 0.7;

/**
 * The article score a page needs to open by itself. Opening uninvited costs more than not opening
 * (the user can still click the toolbar button), so even the most sensitive setting asks for more
 * than the detector's own article/not-article boundary.
 */
export function thresholdFor(sensitivity: number): number {
  const s = Number.isFinite(sensitivity) ? Math.min(1, Math.max(0, sensitivity)) : 0.5;
  return STRICT_THRESHOLD - (STRICT_THRESHOLD - LENIENT_THRESHOLD) * s;
}

/** Decides whether the reader opens on its own for `detection`, under `settings`. */
export function shouldAutoOpen(
  detection: Detection,
  settings: Pick<Settings, 'autoMode' | 'sensitivity'>,
): AutoDecision {
  const threshold = thresholdFor(settings.sensitivity);
  const base = { threshold, score: detection.score };
  if (settings.autoMode === 'off') return { ...base, open: false, reason: 'off' };
  if (!detection.isArticle) return { ...base, open: false, reason: 'not-article' };
  if (settings.autoMode === 'news' && !detection.isNews) return { ...base, open: false, reason: 'not-news' };
  if (!(detection.score >= threshold)) return { ...base, open: false, reason: 'low-score' };
  return { ...base, open: true, reason: 'open' };
}
