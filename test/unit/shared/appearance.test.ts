import { describe, expect, it } from 'vitest';
import en from '../../../public/_locales/en/messages.json';
import { FONT_LABELS, RANGES, rangePatch, THEME_LABELS } from '../../../src/shared/appearance';
import { DEFAULTS, FONTS, THEMES, validateSettings } from '../../../src/shared/settings-schema';

describe('appearance controls', () => {
  it('offer exactly the range the stored settings accept', () => {
    for (const r of RANGES) {
      const ok = (v: number) => validateSettings({ ...DEFAULTS, [r.key]: v }).ignored.length === 0;
      expect(ok(r.min), `${r.key} min`).toBe(true);
      expect(ok(r.max), `${r.key} max`).toBe(true);
      expect(ok(r.min - r.step), `${r.key} below min`).toBe(false);
      expect(ok(r.max + r.step), `${r.key} above max`).toBe(false);
      expect(DEFAULTS[r.key]).toBeGreaterThanOrEqual(r.min);
      expect(DEFAULTS[r.key]).toBeLessThanOrEqual(r.max);
    }
  });

  it('label every theme and font with a string the catalogue has', () => {
    const keys = Object.keys(en);
    for (const theme of THEMES) expect(keys).toContain(THEME_LABELS[theme]);
    for (const font of FONTS) expect(keys).toContain(FONT_LABELS[font]);
    for (const r of RANGES) expect(keys).toContain(r.label);
  });

  it('keep line height to one decimal however the slider drifts', () => {
    expect(rangePatch('lineHeight', 1.7000000000000002)).toEqual({ lineHeight: 1.7 });
    expect(rangePatch('fontSize', 21)).toEqual({ fontSize: 21 });
  });
});
