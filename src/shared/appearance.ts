/**
 * The reading view's appearance controls, defined once: the options page draws them as selects beside a
 * preview, the reading view's panel as radio groups. Both read labels and limits from here, so a new
 * theme or a changed range cannot drift between the two.
 */
import type { MessageKey } from './i18n';
import type { Settings } from './settings-schema';

export const THEME_LABELS: Record<Settings['theme'], MessageKey> = {
  system: 'themeSystem',
  light: 'themeLight',
  sepia: 'themeSepia',
  dark: 'themeDark',
};

export const FONT_LABELS: Record<Settings['fontFamily'], MessageKey> = {
  serif: 'fontSerif',
  sans: 'fontSans',
  dyslexic: 'fontDyslexic',
};

/** The numeric settings the user can slide. */
export type RangeKey = 'fontSize' | 'lineHeight' | 'lineWidth';

export interface RangeSpec {
  key: RangeKey;
  label: MessageKey;
  min: number;
  max: number;
  step: number;
  unit: string;
}

/** Limits match the settings schema's validation (settings-schema.ts clamps to the same bounds). */
export const RANGES: readonly RangeSpec[] = [
  { key: 'fontSize', label: 'fontSizeLabel', min: 12, max: 36, step: 1, unit: 'px' },
  { key: 'lineHeight', label: 'lineHeightLabel', min: 1.2, max: 2.4, step: 0.1, unit: '' },
  { key: 'lineWidth', label: 'lineWidthLabel', min: 40, max: 100, step: 2, unit: 'ch' },
];

/** A slider's value as a settings patch; line height is kept to one decimal (range steps drift in floats). */
export function rangePatch(key: RangeKey, value: number): Partial<Settings> {
  return { [key]: key === 'lineHeight' ? Math.round(value * 10) / 10 : value };
}
