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
