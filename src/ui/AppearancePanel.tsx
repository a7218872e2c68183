/** Theme, font, size, line width and line height; every change applies at once and is remembered. */
import { FONTS, THEMES, type Settings } from '../shared/settings-schema';

const THEME_LABELS: Record<Settings['theme'], string> = {
  system: 'System',
  light: 'Light',
  sepia: 'Sepia',
  dark: 'Dark',
};
const FONT_LABELS: Record<Settings['fontFamily'], string> = {
  serif: 'Serif',
  sans: 'Sans',
  dyslexic: 'OpenDyslexic',
};

export interface AppearanceProps {
  settings: Settings;
  onChange: (patch: Partial<Settings>) => void;
  onClose: () => void;
}

function Choice<T extends string>(props: {
  legend: string;
  name: string;
  values: readonly T[];
  labels: Record<T, string>;
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
          <span>{props.labels[v]}</span>
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
        legend="Theme"
        name="theme"
        values={THEMES}
        labels={THEME_LABELS}
        value={s.theme}
        set={(theme) => onChange({ theme })}
      />
      <Choice
        legend="Font"
        name="font"
        values={FONTS}
        labels={FONT_LABELS}
        value={s.fontFamily}
        set={(fontFamily) => onChange({ fontFamily })}
      />
      <Range
        label="Text size"
        name="fontSize"
        min={12}
        max={36}
        step={1}
        value={s.fontSize}
        unit="px"
        set={(fontSize) => onChange({ fontSize })}
      />
      <Range
        label="Line width"
        name="lineWidth"
        min={40}
        max={100}
        step={2}
        value={s.lineWidth}
        unit=" characters"
        set={(lineWidth) => onChange({ lineWidth })}
      />
      <Range
        label="Line height"
        name="lineHeight"
        min={1.2}
        max={2.4}
        step={0.1}
        value={s.lineHeight}
        unit=""
        set={(lineHeight) => onChange({ lineHeight: Math.round(lineHeight * 10) / 10 })}
      />
      <button type="button" class="lede-button" onClick={onClose}>
        Done
      </button>
    </div>
  );
}
