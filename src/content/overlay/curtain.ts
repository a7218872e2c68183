/**
 * A plain full-page cover the auto-mode script raises the moment it decides to open, while the overlay
 * script is still being injected (a round trip to the background and a large script to parse). It hides
 * the page's clutter during that gap and is replaced by the overlay; it never changes the page itself.
 * Kept free of Preact and of the reading view so that content/auto.js stays small.
 */

export interface Curtain {
  /** What had focus before the curtain took it, for the overlay to give back on close. */
  previousFocus: Element | null;
  /** performance.now() when it went up. */
  raisedAt: number;
  remove(): void;
}

declare global {
  interface Window {
    __ledeCurtain?: Curtain;
  }
}

const CSS = `
:host { all: initial !important; display: block !important; }
dialog { position: fixed; inset: 0; width: auto; height: auto; max-width: none; max-height: none; margin: 0;
  padding: 0; border: 0; background: Canvas; color: GrayText; color-scheme: light dark;
  font: 15px/1.4 system-ui, sans-serif; display: grid; place-items: center; }
dialog::backdrop { background: Canvas; }
`;

/**
 * Raises the curtain; `onCancel` runs when the user presses Esc before the reader arrives.
 * Returns the existing curtain when one is up.
 */
export function raiseCurtain(label: string, onCancel: () => void): Curtain {
  if (window.__ledeCurtain) return window.__ledeCurtain;
  const previousFocus = document.activeElement;
  const raisedAt = performance.now();
  const host = document.createElement('lede-curtain');
  const root = host.attachShadow({ mode: 'open' });
  const style = document.createElement('style');
  style.textContent = CSS;
  const dialog = document.createElement('dialog');
  dialog.setAttribute('aria-label', label);
  dialog.setAttribute('aria-busy', 'true');
  dialog.tabIndex = -1;
  const text = document.createElement('p');
  text.textContent = label;
  dialog.append(text);
  root.append(style, dialog);
  document.documentElement.append(host);
  dialog.showModal();
  const curtain: Curtain = {
    previousFocus,
    raisedAt,
    remove() {
      if (window.__ledeCurtain === curtain) delete window.__ledeCurtain;
      host.remove();
    },
  };
  dialog.addEventListener('cancel', (e) => {
    e.preventDefault();
    curtain.remove();
    if (previousFocus instanceof HTMLElement) previousFocus.focus({ preventScroll: true });
    onCancel();
  });
  window.__ledeCurtain = curtain;
  return curtain;
}
