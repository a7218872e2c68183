/**
 * Article and news detection: a fitted logistic model over structured-data, URL-shape and DOM-shape
 * features (weights.json, fitted by scripts/fit-detect.mjs), plus hand-weighted news evidence.
 * Pure and read-only: works on linkedom documents in Node and on live documents in the browser.
 */
import type { Detection, Signal } from '../types';
import { gatherEvidence } from './features';
import { contributions, scoreOf, type Weights } from './model';
import { isNewsFrom, newsSignals } from './news';
import { noteFor } from './signal-notes';
import weightsJson from './weights.json';

export { detectionFeatures, FEATURE_NAMES, type Features, type FeatureName } from './features';

const WEIGHTS = weightsJson as Weights;
/** Contributions smaller than this (in logits) are not worth showing as a reason. */
const SHOWN = 0.2;
export const MIN_TEXT = 500;
const SHORT_CAP = 0.2;

/** Is `doc` an article, and is it news? `url` is the page address, or null when unknown. */
export function detect(doc: Document, url: string | null): Detection {
  const ev = gatherEvidence(doc, url);
  const parts = contributions(WEIGHTS, ev.features);
  // A precondition, not a signal: under MIN_TEXT characters there is nothing for a reader to show
  // (Readability's own threshold for an article), whatever the metadata claims.
  const tooShort = ev.dom.textLen < MIN_TEXT;
  const score = tooShort ? Math.min(scoreOf(WEIGHTS, parts), SHORT_CAP) : scoreOf(WEIGHTS, parts);
  const isArticle = score >= WEIGHTS.threshold;
  const signals: Signal[] = parts
    .filter(([, c]) => Math.abs(c) >= SHOWN)
    .sort((a, b) => Math.abs(b[1]) - Math.abs(a[1]))
    .map(([id, c]) => ({ id, weight: Math.round(c * 100) / 100, note: noteFor(id, ev) }));
  if (tooShort)
    signals.unshift({ id: 'too_short', weight: 0, note: `only ${ev.dom.textLen} characters of text` });
  const news = newsSignals(ev);
  return {
    isArticle,
    isNews: isArticle && isNewsFrom(news),
    score: Math.round(score * 1000) / 1000,
    signals: [...signals, ...news],
  };
}
