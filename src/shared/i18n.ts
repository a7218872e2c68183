/**
 * Localised strings from `_locales` through the browser's i18n API. Keys are checked against the
 * English catalogue at compile time, so a missing string is a type error, not a blank label.
 */
import type en from '../../public/_locales/en/messages.json';

export type MessageKey = keyof typeof en;

/** Looks a message up; `subs` fill `$1`…`$9`. */
export type Translate = (key: MessageKey, subs?: string | string[]) => string;

/** A translator over any `getMessage`; falls back to the key so a gap shows rather than hides. */
export function makeTranslate(getMessage: (key: string, subs?: string | string[]) => string): Translate {
  return (key, subs) => {
    try {
      return getMessage(key, subs) || key;
    } catch {
      return key;
    }
  };
}

/** Translator over a catalogue object in memory (tests, and pages outside the extension). */
export function catalogueTranslate(catalogue: Record<string, { message: string }>): Translate {
  return makeTranslate((key, subs) => {
    const text = catalogue[key]?.message ?? '';
    const list = subs === undefined ? [] : Array.isArray(subs) ? subs : [subs];
    return text.replace(/\$(\d)/g, (_m, d: string) => list[Number(d) - 1] ?? '');
  });
}

interface I18nApi {
  i18n?: { getMessage(key: string, subs?: string | string[]): string };
}

let active: Translate | null = null;

/**
 * The translator for extension pages and content scripts, in the browser's UI language.
 * `getMessage` is synchronous in both browsers, so no promise wrapper (or polyfill) is needed.
 */
export function t(key: MessageKey, subs?: string | string[]): string {
  if (!active) {
    const g = globalThis as { browser?: I18nApi; chrome?: I18nApi };
    const api = g.browser?.i18n ?? g.chrome?.i18n;
    active = makeTranslate(api ? (k, s) => api.getMessage(k, s) : (k) => k);
  }
  return active(key, subs);
}

/** Replaces the translator (tests render the UI outside an extension). */
export function setTranslator(translate: Translate | null): void {
  active = translate;
}
