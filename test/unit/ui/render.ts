/** Renders a Preact tree into jsdom and waits for promises and effects to settle. */
import { render, type VNode } from 'preact';
import { act } from 'preact/test-utils';

export async function mount(vnode: VNode): Promise<{ root: HTMLElement; unmount: () => void }> {
  const root = document.createElement('div');
  document.body.append(root);
  await act(async () => {
    render(vnode, root);
  });
  await settle();
  return {
    root,
    unmount: () => {
      render(null, root);
      root.remove();
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
