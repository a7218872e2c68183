/**
 * Read aloud with the browser's speech synthesis, one utterance per paragraph: the current paragraph
 * can be highlighted, and Chrome's habit of cutting long utterances off never bites.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Paragraph } from './text-map';

export type SpeechState = 'idle' | 'playing' | 'paused';

/** The slice of `speechSynthesis` used here, so tests can pass a fake. */
export interface Synth {
  speak(u: SpeechSynthesisUtterance): void;
  cancel(): void;
  pause(): void;
  resume(): void;
}

export interface ReadAloud {
  state: SpeechState;
  index: number | null;
  rate: number;
  play(): void;
  pause(): void;
  stop(): void;
  setRate(rate: number): void;
}

/** The browser's synthesiser, or null where there is none. */
export function browserSynth(): Synth | null {
  return typeof speechSynthesis !== 'undefined' && typeof SpeechSynthesisUtterance !== 'undefined'
    ? speechSynthesis
    : null;
}

const SPEAKING = 'lede-speaking';

export function useReadAloud(
  synth: Synth | null,
  paragraphs: () => Paragraph[],
  lang: string | null,
): ReadAloud {
  const [state, setState] = useState<SpeechState>('idle');
  const [index, setIndex] = useState<number | null>(null);
  const [rate, setRateState] = useState(1);
  // Each utterance carries the turn it was started in; `end` events of cancelled ones are ignored.
  const turn = useRef(0);
  const rateRef = useRef(1);

  const highlight = (i: number | null): void => {
    paragraphs().forEach((p, k) => p.el.classList.toggle(SPEAKING, k === i));
  };

  const speakFrom = (i: number): void => {
    if (!synth) return;
    const list = paragraphs();
    const my = ++turn.current;
    synth.cancel();
    const p = list[i];
    if (!p) {
      setState('idle');
      setIndex(null);
      highlight(null);
      return;
    }
    const u = new SpeechSynthesisUtterance(p.text);
    u.rate = rateRef.current;
    if (lang) u.lang = lang;
    u.onend = () => {
      if (turn.current === my) speakFrom(i + 1);
    };
    setIndex(i);
    setState('playing');
    highlight(i);
    p.el.scrollIntoView?.({ block: 'nearest' });
    synth.speak(u);
  };

  useEffect(
    () => () => {
      turn.current++;
      synth?.cancel();
    },
    [synth],
  );

  return {
    state,
    index,
    rate,
    play: () => {
      if (state === 'paused') {
        synth?.resume();
        setState('playing');
      } else speakFrom(index ?? 0);
    },
    pause: () => {
      synth?.pause();
      setState('paused');
    },
    stop: () => {
      turn.current++;
      synth?.cancel();
      setState('idle');
      setIndex(null);
      highlight(null);
    },
    setRate: (r) => {
      rateRef.current = r;
      setRateState(r);
      // A new rate applies from the start of the current paragraph.
      if (state === 'playing' && index !== null) speakFrom(index);
    },
  };
}
