/** Runs of story cards: dropped after a story in its own <article>, kept where the cards are the page. */
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { dropCardRuns } from '../../../src/core/extract/post/drop-card-runs';

const root = (html: string): Element =>
  parseHTML(`<!doctype html><html><body><div id="root">${html}</div></body></html>`).document.getElementById(
    'root',
  ) as unknown as Element;

const prose = (topic: string): string =>
  `<p>The ${topic} was the talk of the lane all week, and the people who came to see it for themselves stayed to talk about it over tea in the hall until it was dark outside.</p>`;
const card = (topic: string): string => `<article><img src="/${topic}.jpg" alt="">${prose(topic)}</article>`;
const ids = (el: Element): string[] =>
  Array.from(el.querySelectorAll('p')).map((p) => p.textContent!.split(' ')[1]!);

describe('dropCardRuns', () => {
  it('drops the cards that follow a story set in its own <article>', () => {
    const el = root(
      `<article>${prose('orchard')}${prose('harvest')}</article><section>${card('stile')}${card('door')}</section>`,
    );
    dropCardRuns(el);
    expect(ids(el)).toEqual(['orchard', 'harvest']);
  });

  it('keeps a single card: one <article> after the story is not a run', () => {
    const el = root(`<article>${prose('orchard')}</article><section>${card('stile')}</section>`);
    dropCardRuns(el);
    expect(ids(el)).toEqual(['orchard', 'stile']);
  });

  it('keeps a listing, whose first paragraph is in a card itself', () => {
    const el = root(`<div>${card('stile')}${card('door')}</div><div>${card('beans')}${card('fair')}</div>`);
    dropCardRuns(el);
    expect(ids(el)).toEqual(['stile', 'door', 'beans', 'fair']);
  });

  it('keeps cards set beside the first <article>: they are items of the same list', () => {
    const long = `<article>${prose('report').repeat(6)}</article>`;
    const el = root(
      `<section><article>${prose('orchard')}</article>${long}${card('stile')}${card('door')}</section>`,
    );
    dropCardRuns(el);
    expect(ids(el)).toEqual(['orchard', ...Array(6).fill('report'), 'stile', 'door']);
  });

  it('keeps the steps of a story that sets each step as an <article> after an introduction', () => {
    const el = root(`${prose('orchard')}${card('step1')}${card('step2')}${card('step3')}`);
    dropCardRuns(el);
    expect(ids(el)).toEqual(['orchard', 'step1', 'step2', 'step3']);
  });

  it('keeps long <article> sections: a card is only the start of a story', () => {
    const long = `<article>${prose('a').repeat(6)}</article>`;
    const el = root(`<article>${prose('orchard')}</article><section>${long}${long}</section>`);
    dropCardRuns(el);
    expect(el.querySelectorAll('p').length).toBe(13);
  });
});
