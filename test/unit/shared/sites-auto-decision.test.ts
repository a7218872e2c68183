import { describe, expect, it } from 'vitest';
import type { Detection } from '../../../src/core/types';
import {
  LENIENT_THRESHOLD,
  STRICT_THRESHOLD,
  shouldAutoOpen,
  thresholdFor,
} from '../../../src/shared/auto-decision';

const det = (isArticle: boolean, isNews: boolean, score: number): Detection => ({
  isArticle,
  isNews,
  score,
  signals: [],
});

describe('thresholdFor', () => {
  it('falls as sensitivity rises, within bounds, and survives bad input', () => {
    expect(thresholdFor(0)).toBeCloseTo(STRICT_THRESHOLD);
    expect(thresholdFor(1)).toBeCloseTo(LENIENT_THRESHOLD);
    expect(thresholdFor(0.25)).toBeGreaterThan(thresholdFor(0.75));
    expect(thresholdFor(5)).toBeCloseTo(LENIENT_THRESHOLD);
    expect(thresholdFor(Number.NaN)).toBeCloseTo(thresholdFor(0.5));
  });
});

describe('shouldAutoOpen', () => {
  const news = det(true, true, 0.97);
  it('never opens when auto mode is off', () => {
    expect(shouldAutoOpen(news, { autoMode: 'off', sensitivity: 1 })).toMatchObject({
      open: false,
      reason: 'off',
    });
  });
  it('opens a confident news report in both modes', () => {
    expect(shouldAutoOpen(news, { autoMode: 'news', sensitivity: 0.5 }).open).toBe(true);
    expect(shouldAutoOpen(news, { autoMode: 'article', sensitivity: 0.5 }).open).toBe(true);
  });
  it('opens a non-news article only in "any article" mode', () => {
    const essay = det(true, false, 0.97);
    expect(shouldAutoOpen(essay, { autoMode: 'news', sensitivity: 1 })).toMatchObject({
      open: false,
      reason: 'not-news',
    });
    expect(shouldAutoOpen(essay, { autoMode: 'article', sensitivity: 1 }).open).toBe(true);
  });
  it('never opens a page the detector does not call an article, whatever its score', () => {
    expect(shouldAutoOpen(det(false, false, 0.99), { autoMode: 'article', sensitivity: 1 })).toMatchObject({
      open: false,
      reason: 'not-article',
    });
  });
  it('needs more confidence at low sensitivity', () => {
    const unsure = det(true, true, 0.8);
    expect(shouldAutoOpen(unsure, { autoMode: 'news', sensitivity: 1 }).open).toBe(true);
    expect(shouldAutoOpen(unsure, { autoMode: 'news', sensitivity: 0 })).toMatchObject({
      open: false,
      reason: 'low-score',
      score: 0.8,
    });
    expect(shouldAutoOpen(det(true, true, Number.NaN), { autoMode: 'news', sensitivity: 1 }).open).toBe(
      false,
    );
  });
});
