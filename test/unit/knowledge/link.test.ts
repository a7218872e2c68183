import { describe, expect, it } from 'vitest';
import { abbreviates, isAcronym, queriesFor } from '../../../src/core/knowledge/link/acronym';
import type { Candidate } from '../../../src/core/knowledge/link/candidate';
import { kindOf } from '../../../src/core/knowledge/link/classes';
import { guessTitle } from '../../../src/core/knowledge/link/guess-title';
import { linkNote } from '../../../src/core/knowledge/link/link-note';

let n = 0;
function cand(p: Partial<Candidate> & Pick<Candidate, 'label' | 'kind'>): Candidate {
  return { id: `Q${++n}`, aliases: [], countries: [], source: 'wikidata', licence: 'CC0', rank: 0, ...p };
}

describe('acronyms', () => {
  it('recognises acronyms and what they abbreviate', () => {
    expect(isAcronym('MEK')).toBe(true);
    expect(isAcronym('U.N.')).toBe(true);
    expect(isAcronym('Manze')).toBe(false);
    expect(abbreviates('MEK', 'Mujahedeen-e-Khalq')).toBe(true);
    expect(abbreviates('PMOI', "People's Mojahedin Organization of Iran")).toBe(true);
    expect(abbreviates('NATO', 'North Atlantic Treaty Organization')).toBe(true);
    expect(abbreviates('MEK', 'Movement for Economic Knowledge Transfer')).toBe(false);
  });

  it('searches an acronym through the full name the story gives first', () => {
    expect(queriesFor({ name: 'MEK', aliases: ['the Mujahedeen', 'Mujahedeen-e-Khalq'] })).toEqual([
      'Mujahedeen-e-Khalq',
      'the Mujahedeen',
      'MEK',
    ]);
    expect(queriesFor({ name: 'Kastrel', aliases: ['KST'] })).toEqual(['Kastrel', 'KST']);
  });
});

describe('kindOf', () => {
  it('reads P31 first, then the description', () => {
    expect(kindOf(['Q5'], 'town in Albania')).toBe('person');
    expect(kindOf(['Q515'])).toBe('place');
    expect(kindOf(['Q7278'])).toBe('group');
    expect(kindOf(['Q4167410'])).toBe('other');
    expect(kindOf(['Q999999'], 'village in northern Albania')).toBe('place');
    expect(kindOf(['Q999999'], 'exiled Iranian opposition group')).toBe('group');
    expect(kindOf(['Q999999'], 'Albanian footballer (born 1990)')).toBe('person');
    expect(kindOf(['Q999999'], 'family name')).toBe('other');
    expect(kindOf([], '')).toBe('unknown');
  });
});

describe('linkNote', () => {
  it('never chooses a person, even when it is the only candidate', () => {
    const r = linkNote({ name: 'Kastrel', kind: 'place' }, [cand({ label: 'Kastrel', kind: 'person' })]);
    expect(r.best).toBeNull();
    expect(r.low).toBe(true);
  });

  it('chooses the candidate of the note kind', () => {
    const place = cand({ label: 'Orlan', kind: 'place', countries: ['AL'], rank: 0 });
    const group = cand({ label: 'Orlan', kind: 'group', rank: 1 });
    expect(linkNote({ name: 'Orlan', kind: 'group' }, [place, group]).best).toBe(group);
    expect(linkNote({ name: 'Orlan', kind: 'place' }, [place, group]).best).toBe(place);
  });

  it('prefers the namesake in the story country and refuses a lone town abroad', () => {
    const us = cand({
      label: 'Kastrel',
      kind: 'place',
      subtype: 'town',
      countries: ['US'],
      population: 40000,
      rank: 0,
    });
    const al = cand({
      label: 'Kastrel',
      kind: 'place',
      subtype: 'town',
      countries: ['AL'],
      population: 20000,
      rank: 1,
    });
    const story = {
      name: 'Kastrel',
      kind: 'place' as const,
      countries: ['AL', 'US'],
      countryWeights: { AL: 10, US: 1 },
    };
    const r = linkNote(story, [us, al]);
    expect(r.best).toBe(al);
    expect(r.low).toBe(false);
    const lone = linkNote(story, [us]);
    expect(lone.low).toBe(true);
  });

  it('uses the story description to tell two groups of one name apart', () => {
    const company = cand({ label: 'MFO', kind: 'group', description: 'Norwegian shipping company', rank: 0 });
    const exiles = cand({
      label: 'MFO',
      kind: 'group',
      description: 'exiled Iranian opposition group',
      rank: 1,
    });
    const r = linkNote(
      {
        name: 'MFO',
        kind: 'group',
        context: [{ text: 'the exiled opposition group, which has bases in Albania' }],
      },
      [company, exiles],
    );
    expect(r.best).toBe(exiles);
    expect(r.reasons).toContain('description agrees with the story');
  });

  it('matches an acronym against the full label', () => {
    const c = cand({ label: 'Movement for a Free Orlan', kind: 'group' });
    const r = linkNote({ name: 'MFO', kind: 'group' }, [c]);
    expect(r.best).toBe(c);
    expect(r.reasons).toContain('acronym matches');
  });

  it('says when it is unsure and offers the alternatives', () => {
    const a = cand({ label: 'Orlan', kind: 'group', rank: 0 });
    const b = cand({ label: 'Orlan', kind: 'group', rank: 1 });
    const r = linkNote({ name: 'Orlan', kind: 'group' }, [a, b]);
    expect(r.low).toBe(true);
    expect(r.alternatives).toEqual([b]);
    expect(r.confidence).toBeLessThan(0.6);
  });
});

describe('guessTitle', () => {
  it('guesses only multi-word proper names with a telling head word', () => {
    expect(guessTitle('Kestrel Bay', 'place')).toBe('Kestrel Bay');
    expect(guessTitle('Cape of Storms', 'place')).toBe('Cape of Storms');
    expect(guessTitle('Kestrel Square in Orlan', 'place')).toBe('Kestrel Square');
    expect(guessTitle('University of Orlan', 'group')).toBe('University of Orlan');
    expect(guessTitle('Kastrel', 'place')).toBeNull();
    expect(guessTitle('Kestrel Bay', 'group')).toBeNull();
    expect(guessTitle('the bay near town', 'place')).toBeNull();
  });
});
