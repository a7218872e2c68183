/**
 * The fitted logistic model: score = sigmoid(intercept + Σ contributions), where each feature's
 * contribution is coef · standardised value plus, when fitted, a piecewise-constant shape of the raw value
 * (shape-boost.ts). Each contribution is capped, and they double as the "why" signals.
 */
import type { FeatureName, Features } from './features';
import { shapeValue, type Shape } from './shape-boost';

export interface FeatureWeight {
  mean: number;
  std: number;
  coef: number;
  /** Piecewise-constant correction on top of the linear term (thresholds the line cannot draw). */
  shape?: Shape;
}

export interface Weights {
  intercept: number;
  threshold: number;
  /** No single feature may move the logit by more than this: no one signal decides alone. */
  maxContribution?: number;
  features: Partial<Record<FeatureName, FeatureWeight>>;
}

/** Contribution of every feature in `weights` to the logit, in weights order. */
export function contributions(weights: Weights, x: Features): [FeatureName, number][] {
  const out: [FeatureName, number][] = [];
  const cap = weights.maxContribution ?? Infinity;
  const urlUnknown = x.url_known === 0;
  for (const [name, w] of Object.entries(weights.features) as [FeatureName, FeatureWeight][]) {
    // Unknown URL: its features are missing, not zero, so they contribute nothing (mean imputation).
    if (urlUnknown && name.startsWith('url_')) {
      out.push([name, 0]);
      continue;
    }
    const v = x[name] ?? 0;
    let c = (w.coef * (v - w.mean)) / (w.std || 1);
    if (w.shape) c += shapeValue(w.shape, v);
    out.push([name, Math.max(-cap, Math.min(cap, c))]);
  }
  return out;
}

/** Probability that the page is an article, from its contributions. */
export function scoreOf(weights: Weights, parts: [FeatureName, number][]): number {
  let s = weights.intercept;
  for (const [, c] of parts) s += c;
  return 1 / (1 + Math.exp(-s));
}
