import { describe, expect, it } from 'vitest';
import { loadGazetteer } from '../../../src/core/knowledge';
import { attachKnowledge, storyCountries } from '../../../src/core/knowledge/attach';
import { note } from './notes-helper';

const g = loadGazetteer();

describe('attachKnowledge', () => {
  it("links a story's places and groups to bundled entries with attribution", () => {
    const notes = [
      note('Albania', 'place', { mentionCount: 4 }),
      note('Durres', 'place'),
      note('MEK', 'group', { aliases: ['Mujahedeen-e-Khalq'] }),
    ];
    attachKnowledge(notes, g, { built: '2026-11-29' });
    expect(notes[0]).toMatchObject({ wikipedia: 'Albania', wikidata: 'Q222' });
    expect(notes[0]?.summary).toMatchObject({
      source: 'bundled',
      licence: 'ODbL 1.0 (world-countries)',
      retrieved: '2026-11-29',
    });
    expect(notes[1]?.wikipedia).toBe('Durrës');
    expect(notes[1]?.summary?.licence).toBe('CC BY 4.0 (GeoNames)');
    expect(notes[1]?.summary?.url).toBe('https://en.wikipedia.org/wiki/Durr%C3%ABs');
    expect(notes[2]?.wikipedia).toBe("People's Mojahedin Organization of Iran");
    expect(notes[2]?.summary?.confidence).toBeGreaterThan(0.6);
  });

  it('gives no title to a town that only has a namesake abroad', () => {
    const notes = [
      note('Greece', 'place', { mentionCount: 6 }),
      note('Athens', 'place', { mentionCount: 3 }),
      note('Olympia', 'place'),
    ];
    attachKnowledge(notes, g);
    expect(notes[1]?.wikipedia).toBe('Athens');
    expect(notes[2]?.wikipedia).toBeUndefined();
    expect(notes[2]?.summary).toBeNull();
  });

  it('reads "Washington" in a story about the United States as the capital', () => {
    const notes = [
      note('United States', 'place', { mentionCount: 3 }),
      note('Washington', 'place', { mentionCount: 2 }),
    ];
    attachKnowledge(notes, g);
    expect(notes[1]?.wikipedia).toBe('Washington, D.C.');
  });

  it('does not give a place entry to a group note', () => {
    const notes = [note('Harrow', 'group')];
    attachKnowledge(notes, g);
    expect(notes[0]?.wikipedia).toBeUndefined();
  });

  it('guesses titles only when asked, and only for the kinds asked', () => {
    const notes = [note('Kestrel Bay', 'place'), note('University of Orlan', 'group')];
    attachKnowledge(notes, g);
    expect(notes.map((n) => n.wikipedia)).toEqual([undefined, undefined]);
    attachKnowledge(notes, g, { guessTitles: 'places' });
    expect(notes.map((n) => n.wikipedia)).toEqual(['Kestrel Bay', undefined]);
    attachKnowledge(notes, g, { guessTitles: true });
    expect(notes.map((n) => n.wikipedia)).toEqual(['Kestrel Bay', 'University of Orlan']);
  });

  it("weighs the story's countries by their notes", () => {
    const notes = [
      note('Tirana', 'place'),
      note('Albania', 'place', { mentionCount: 3 }),
      note('France', 'place'),
    ];
    expect(storyCountries(notes, g)).toEqual(['AL', 'FR']);
  });
});
