import { describe, expect, it } from 'vitest';
import { storyQuotes } from '../../../src/ui/story-quotes';
import { NOTES, TEXT } from './sample';

describe('storyQuotes', () => {
  it('keeps the core’s context when there is some', () => {
    const hwu = NOTES.find((n) => n.id === 'hwu')!;
    expect(storyQuotes(hwu, TEXT)).toEqual(hwu.context);
  });
  it('quotes the sentence of the first mention otherwise, with its paragraph', () => {
    const pe = NOTES.find((n) => n.id === 'port-ellis')!;
    expect(storyQuotes(pe, TEXT)).toEqual([
      {
        text: 'The Harbour Workers Union said on Monday that ferries between Valmora and Port Ellis would stop for two days.',
        paragraph: 0,
        kind: 'sentence',
      },
    ]);
    const cta = NOTES.find((n) => n.id === 'cta')!;
    expect(storyQuotes(cta, TEXT)[0]!.paragraph).toBe(3);
  });
  it('quotes nothing when the offsets do not match the text', () => {
    const pe = NOTES.find((n) => n.id === 'port-ellis')!;
    expect(storyQuotes({ ...pe, mentions: [{ ...pe.mentions[0]!, start: 1 }] }, TEXT)).toEqual([]);
  });
});
