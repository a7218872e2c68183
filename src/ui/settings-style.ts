/** Turns reading settings into the attributes and CSS custom properties of the reader's root element. */
import type { Settings } from '../shared/settings-schema';

export interface RootStyle {
  'data-theme': Settings['theme'];
  'data-font': Settings['fontFamily'];
  style: Record<string, string>;
}

/** Attributes for `.lede-root`; the stylesheet does the rest, so a change applies without re-rendering text. */
export function rootStyle(s: Settings): RootStyle {
  return {
    'data-theme': s.theme,
    'data-font': s.fontFamily,
    style: {
      '--lede-font-size': `${s.fontSize}px`,
      '--lede-line-height': String(s.lineHeight),
      '--lede-measure': `${s.lineWidth}ch`,
    },
  };
}

/** True when the reader asked the system for less motion. */
export function prefersReducedMotion(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
}

/** Scrolls `el` into view and focuses it, smoothly unless reduced motion is asked for. */
export function bringIntoView(el: HTMLElement): void {
  if (!el.hasAttribute('tabindex')) el.tabIndex = -1;
  el.scrollIntoView?.({ block: 'center', behavior: prefersReducedMotion() ? 'auto' : 'smooth' });
  el.focus({ preventScroll: true });
}

/** Briefly highlights `el` (a paragraph the reader jumped to) so the eye finds it. */
export function flash(el: HTMLElement): void {
  el.classList.remove('lede-flash');
  void el.offsetWidth; // restart the animation when the same paragraph is flashed twice
  el.classList.add('lede-flash');
  setTimeout(() => el.classList.remove('lede-flash'), 1600);
}
