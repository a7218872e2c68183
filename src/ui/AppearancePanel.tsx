/** Theme, font, size, line width and line height; every change applies at once and is remembered. */
import { FONT_LABELS, RANGES, rangePatch, THEME_LABELS } from '../shared/appearance';
import { t, type MessageKey } from '../shared/i18n';
import { FONTS, THEMES, type Settings } from '../shared/settings-schema';

export interface AppearanceProps {
  settings: Settings;
  onChange: (patch: Partial<Settings>) => void;
  onClose: () => void;
}

function Choice<T extends string>(props: {
  legend: string;
  name: string;
  values: readonly T[];
  labels: Record<T, MessageKey>;
  value: T;
  set: (v: T) => void;
}) {
  return (
    <fieldset class={`lede-choice lede-choice-${props.name}`}>
      <legend>{props.legend}</legend>
      {props.values.map((v) => (
        <label key={v} data-value={v}>
          <input
            type="radio"
            name={`lede-${props.name}`}
            value={v}
            checked={props.value === v}
            onChange={() => props.set(v)}
          />
          <span>{t(props.labels[v])}</span>
        </label>
      ))}
    </fieldset>
  );
}

function Range(props: {
  label: string;
  name: string;
  min: number;
  max: number;
  step: number;
  value: number;
  unit: string;
  set: (v: number) => void;
}) {
  return (
    <label class="lede-range">
      <span>{props.label}</span>
      <input
        type="range"
        name={props.name}
        min={props.min}
        max={props.max}
        step={props.step}
        value={props.value}
        onInput={(e) => props.set(Number(e.currentTarget.value))}
      />
      <output>
        {props.value}
        {props.unit}
      </output>
    </label>
  );
}

export function AppearancePanel({ settings: s, onChange, onClose }: AppearanceProps) {
  return (
    <div
      class="lede-appearance"
      id="lede-appearance"
      role="dialog"
      aria-label="Appearance"
      onKeyDown={(e) => e.key === 'Escape' && onClose()}
    >
      <Choice
        legend={t('themeLabel')}
        name="theme"
        values={THEMES}
        labels={THEME_LABELS}
        value={s.theme}
        set={(theme) => onChange({ theme })}
      />
      <Choice
        legend={t('fontLabel')}
        name="font"
        values={FONTS}
        labels={FONT_LABELS}
        value={s.fontFamily}
        set={(fontFamily) => onChange({ fontFamily })}
      />
      {RANGES.map((r) => (
        <Range
          key={r.key}
          label={t(r.label)}
          name={r.key}
          min={r.min}
          max={r.max}
          step={r.step}
          value={s[r.key]}
          unit={r.unit}
          set={(v) => onChange(rangePatch(r.key, v))}
        />
      ))}
      <button type="button" class="lede-button" onClick={onClose}>
        Done
      </button>
    </div>
  );
}
