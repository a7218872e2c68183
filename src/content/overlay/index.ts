/**
 * The in-page reader overlay (content/overlay.js), injected by the background only when auto mode
 * decides to open. A modal <dialog> in a shadow root: the top layer puts it above the page, the
 * modal state makes the page inert (focus stays in the reader), and the shadow root keeps the
 * page's styles out. Closing removes the one element it added and gives focus and scroll back.
 */
import { h, render } from 'preact';
import { t } from '../../shared/i18n';
import type { OpenContext, OverlayControl } from './control';
import { overlayReaderApi } from './overlay-api';
import { OverlayShell } from './OverlayShell';
import { overlayStyles } from './styles';
import { acceptOnlyTrustedEvents } from './trusted-only';
import './curtain';

interface Mounted {
  host: HTMLElement;
  /** Our history entry is still on top (not yet popped by the back button). */
  pushed: boolean;
  teardown: AbortController;
  focus: Element | null;
  scroll: [number, number];
}

let current: Mounted | null = null;

function close(popHistory = true): void {
  const m = current;
  if (!m) return;
  current = null;
  m.teardown.abort();
  const root = m.host.shadowRoot;
  const mountPoint = root?.querySelector('.lede-ov-root');
  if (mountPoint) render(null, mountPoint);
  m.host.remove();
  // Esc or the close button: take our entry off the history too, so Back leads where it did before.
  if (popHistory && m.pushed) history.back();
  if (m.focus instanceof HTMLElement || m.focus instanceof SVGElement) m.focus.focus({ preventScroll: true });
  if (window.scrollX !== m.scroll[0] || window.scrollY !== m.scroll[1]) window.scrollTo(...m.scroll);
}

function open(ctx: OpenContext): void {
  if (current) return;
  const host = document.createElement('lede-overlay');
  // On our own element only (removed on close): lets tests measure how soon the reader covers the page.
  host.dataset.openedAt = String(Math.round(performance.now()));
  host.dataset.detectMs = ctx.detectMs.toFixed(1);
  const curtainAt = window.__ledeCurtain?.raisedAt;
  if (curtainAt !== undefined) host.dataset.coveredAt = String(Math.round(curtainAt));
  const root = host.attachShadow({ mode: 'open' });
  const style = document.createElement('style');
  style.textContent = overlayStyles();
  const dialog = document.createElement('dialog');
  dialog.className = 'lede-overlay';
  dialog.setAttribute('aria-label', t('overlayLabel'));
  const mountPoint = document.createElement('div');
  mountPoint.className = 'lede-ov-root';
  mountPoint.style.display = 'contents';
  dialog.append(mountPoint);
  root.append(style, dialog);

  const teardown = new AbortController();
  const m: Mounted = {
    host,
    pushed: false,
    teardown,
    // The curtain auto mode raised while this script loaded holds focus now; give back what it took.
    focus: window.__ledeCurtain?.previousFocus ?? document.activeElement,
    scroll: [window.scrollX, window.scrollY],
  };
  current = m;
  // After <body>, not inside it: page scripts that rebuild body's children leave the reader alone.
  document.documentElement.append(host);
  dialog.showModal();

  // Back closes the reader: one entry of our own, same URL, so the address bar does not change.
  history.pushState(history.state, '');
  m.pushed = true;
  const signal = teardown.signal;
  acceptOnlyTrustedEvents(root, signal);
  window.addEventListener(
    'popstate',
    () => {
      m.pushed = false;
      close(false);
    },
    { signal },
  );
  // Esc fires `cancel`; Chrome may close the dialog itself on a second Esc without user activation.
  dialog.addEventListener(
    'cancel',
    (e) => {
      e.preventDefault();
      close();
    },
    { signal },
  );
  dialog.addEventListener('close', () => close(), { signal });
  // Typing in the reader must not trigger the page's own keyboard shortcuts (they listen on document).
  // Esc still works: the dialog's cancel comes from the key's default action, not from propagation.
  for (const type of ['keydown', 'keyup', 'keypress']) {
    dialog.addEventListener(type, (e) => e.stopPropagation(), { signal });
  }

  const api = overlayReaderApi(ctx.url, ctx.detection);
  render(
    h(OverlayShell, {
      api,
      ctx,
      onClose: () => close(),
      onNotNow: () => {
        ctx.onNotNow(ctx.url);
        close();
      },
    }),
    mountPoint,
  );
}

const control: OverlayControl = { open, close: () => close(), isOpen: () => current !== null };
window.__ledeOverlay ??= control;
