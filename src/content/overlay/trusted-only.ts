/** What the reader's controls act on: pointer, keyboard and form events. */
const ACTED_ON = [
  'click',
  'auxclick',
  'dblclick',
  'mousedown',
  'mouseup',
  'pointerdown',
  'pointerup',
  'keydown',
  'keyup',
  'keypress',
  'beforeinput',
  'input',
  'change',
  'submit',
] as const;

/**
 * The overlay lives in the page, and the page's scripts can reach into its shadow root: they could call
 * `.click()` on our buttons or dispatch `input` on our sliders and so change the reader's settings, dismiss
 * auto mode for the site, or switch lookups on. Events the browser did not make for a person
 * (`isTrusted` false) are stopped at the shadow root, in the capture phase, before any control sees them.
 * A keyboard user is not affected: Enter or Space on a button makes a trusted click.
 */
export function acceptOnlyTrustedEvents(root: ShadowRoot, signal: AbortSignal): void {
  const stop = (e: Event): void => {
    if (e.isTrusted) return;
    e.stopImmediatePropagation();
    e.preventDefault();
  };
  for (const type of ACTED_ON) root.addEventListener(type, stop, { capture: true, signal });
}
