// @vitest-environment jsdom
/** @jsxImportSource preact */
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { App } from '../../../src/ui/App';
import type { Synth } from '../../../src/ui/use-read-aloud';
import { click, mount } from './render';
import { fakeApi, OK, PARAGRAPHS } from './sample';

class Utterance {
  rate = 1;
  lang = '';
  onend: (() => void) | null = null;
  constructor(public text: string) {}
}

/** Records what would be spoken; `finish()` ends the current utterance like the engine would. */
function fakeSynth() {
  const spoken: Utterance[] = [];
  const calls: string[] = [];
  const synth: Synth & { finish(): void } = {
    speak: (u) => {
      spoken.push(u as unknown as Utterance);
    },
    cancel: () => calls.push('cancel'),
    pause: () => calls.push('pause'),
    resume: () => calls.push('resume'),
    finish: () => spoken[spoken.length - 1]?.onend?.(),
  };
  return { synth, spoken, calls };
}

let cleanup: (() => void) | null = null;
afterEach(() => cleanup?.());
beforeAll(() => {
  (globalThis as { SpeechSynthesisUtterance?: unknown }).SpeechSynthesisUtterance = Utterance;
  Element.prototype.scrollIntoView = function () {};
});

describe('read aloud', () => {
  it('reads paragraph by paragraph, highlights the current one, pauses, resumes and changes speed', async () => {
    const { synth, spoken, calls } = fakeSynth();
    const m = await mount(<App api={fakeApi([OK])} synth={synth} />);
    cleanup = m.unmount;
    const root = m.root;
    const listen = () => [...root.querySelectorAll('.lede-read-aloud button')][0] as HTMLButtonElement;
    await click(listen());
    expect(spoken.map((u) => u.text)).toEqual([PARAGRAPHS[0]]);
    expect(spoken[0]!.lang).toBe('en');
    const ps = [...root.querySelectorAll('.lede-body p')];
    expect(ps[0]!.classList.contains('lede-speaking')).toBe(true);
    synth.finish();
    await click(root); // let state settle
    expect(spoken[1]!.text).toBe(PARAGRAPHS[1]);
    expect(ps[0]!.classList.contains('lede-speaking')).toBe(false);
    expect(ps[1]!.classList.contains('lede-speaking')).toBe(true);
    await click(listen()); // pause
    expect(calls).toContain('pause');
    expect(listen().textContent).toMatch(/Listen/);
    await click(listen()); // resume
    expect(calls).toContain('resume');
    const rate = root.querySelector<HTMLSelectElement>('.lede-read-aloud select')!;
    rate.value = '1.5';
    rate.dispatchEvent(new Event('change', { bubbles: true }));
    await click(root);
    expect(spoken[spoken.length - 1]!.rate).toBe(1.5);
    expect(spoken[spoken.length - 1]!.text).toBe(PARAGRAPHS[1]);
    await click([...root.querySelectorAll('.lede-read-aloud button')].find((b) => b.textContent === 'Stop'));
    expect(root.querySelector('.lede-speaking')).toBeNull();
  });

  it('hides the control where there is no speech synthesis', async () => {
    const m = await mount(<App api={fakeApi([OK])} synth={null} />);
    cleanup = m.unmount;
    expect(m.root.querySelector('.lede-read-aloud')).toBeNull();
  });
});
