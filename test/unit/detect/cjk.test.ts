import { describe, expect, it } from 'vitest';
import { cjkChars, detectWords, HAS_CJK } from '../../../src/core/detect/cjk';

describe('CJK text in detection', () => {
  it('counts Han, kana and Hangul characters, not Latin or punctuation', () => {
    expect(cjkChars('港の町で新しい橋')).toBe(8);
    expect(cjkChars('서울 시청')).toBe(4);
    expect(cjkChars('Harbour town, 2026。')).toBe(0);
    expect(HAS_CJK.test('plain text')).toBe(false);
    expect(HAS_CJK.test('plain 字')).toBe(true);
  });

  it('counts two CJK characters as a word, next to ordinary words', () => {
    expect(detectWords('The harbour town votes')).toBe(4);
    expect(detectWords('港の町で新しい橋')).toBe(4);
    expect(detectWords('Lede 新しい橋')).toBe(1 + 2);
  });
});
