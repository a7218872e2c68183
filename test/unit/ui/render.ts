/** Renders a Preact tree into jsdom and waits for promises and effects to settle. */
import { render, type VNode } from 'preact';
import { act } from 'preact/test-utils';

/**
 * `inShadow` mounts inside a shadow root, as the in-page overlay does, and hands that root to the caller first
 * (to install what the overlay installs on it).
 */
export async function mount(
  vnode: VNode,
  inShadow?: (shadow: ShadowRoot) => void,
): Promise<{ root: HTMLElement; unmount: () => void }> {
  const root = document.createElement('div');
  if (inShadow) {
    const host = document.createElement('div');
    document.body.append(host);
    const shadow = host.attachShadow({ mode: 'open' });
    inShadow(shadow);
    shadow.append(root);
  } else document.body.append(root);
  await act(async () => {
    render(vnode, root);
  });
  await settle();
  return {
    root,
    unmount: () => {
      render(null, root);
      (root.getRootNode() instanceof ShadowRoot ? (root.getRootNode() as ShadowRoot).host : root).remove();
    },
  };
}

/** Lets pending promises, effects and animation frames run. */
export async function settle(rounds = 3): Promise<void> {
  for (let i = 0; i < rounds; i++) {
    await act(async () => {
      await new Promise((r) => setTimeout(r, 20));
    });
  }
}

/** Clicks `el` inside act() and settles. */
export async function click(el: Element | null | undefined): Promise<void> {
  if (!el) throw new Error('nothing to click');
  await act(async () => {
    (el as HTMLElement).click();
  });
  await settle();
}
