/** Typing from the story's own words: cues that decide between a place, a group and no name. */
import { describe, expect, it } from 'vitest';
import { recognise } from '../../../src/core/entities/recognise';

const kindOf = (text: string, name: string) => recognise(text).find((e) => e.name === name)?.kind;

describe('an unknown acronym after "in"', () => {
  it('is a field or a programme, not a place', () => {
    const text =
      'Local librarians want to grow in DH. Courses in DH and workshops in DH start next year, so more staff will move into DH.\n\nThe DH community meets in spring.';
    expect(kindOf(text, 'DH')).not.toBe('place');
  });
});

describe('an acronym introduced by a lowercase description', () => {
  it('is a group when the description is headed by a body, whatever its letters', () => {
    const text =
      'The directors of the consortium of Pelmarkian university libraries (KUP) also asked for more training, and KUP wrote to every library.';
    expect(kindOf(text, 'KUP')).toBe('group');
  });
  it('is no group when the head is a term', () => {
    const text = 'We measured the ground reaction force (GRF) of each bird. The GRF rose with speed.';
    expect(kindOf(text, 'GRF')).not.toBe('group');
  });
});

describe('three plain words that no list knows', () => {
  it('are a group when the story ties a person to them ("Laura Lind of …"), not an unbacked name', () => {
    const text =
      'An interview with Laura Lind of Blue Sky Thinking.\n\nWhat is Blue Sky Thinking?\n\nBlue Sky Thinking is basically me and two friends from school.';
    expect(kindOf(text, 'Blue Sky Thinking')).toBe('group');
  });
});

describe('a plural head word alone', () => {
  it('refers back to the name it heads, like the singular ("the Armies" after "the Pelmark Army")', () => {
    const text =
      'The Pelmark Army crossed the river in May. Its officers said the march would be short.\n\nBy June the Armies had reached the coast.';
    const ents = recognise(text).filter((e) => e.kind === 'group');
    const army = ents.find((e) => e.name === 'Pelmark Army');
    expect(army?.occs.map((o) => o.cand.text)).toContain('Armies');
    expect(ents.find((e) => e.name === 'Armies')).toBeUndefined();
  });
});
