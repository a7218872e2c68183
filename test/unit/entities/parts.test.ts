/** The recogniser's parts, each on the hard case it exists for. */
import { describe, expect, it } from 'vitest';
import { abbreviates, acronymLetters } from '../../../src/core/entities/acronym';
import { analyse } from '../../../src/core/entities/analyse';
import { demonymMatches } from '../../../src/core/entities/demonym';
import { describe as describeEntity } from '../../../src/core/entities/describe';
import { fold, nameKey } from '../../../src/core/entities/fold';
import { lookupName } from '../../../src/core/entities/lookup';
import { tokenize } from '../../../src/core/entities/tokens';

const spans = (text: string) => analyse(text).cands.filter((c) => !c.nested);
const texts = (text: string) => spans(text).map((c) => c.text);

describe('tokenize', () => {
  it('splits possessives off and keeps hyphenated names and initialisms whole', () => {
    const t = tokenize("Albania's Mujahedeen-e-Khalq met U.S. officials.").map((x) => x.text);
    expect(t).toEqual(['Albania', "'s", 'Mujahedeen-e-Khalq', 'met', 'U.S.', 'officials', '.']);
  });
  it('takes apart a caption glued to the next sentence, and no name runs across it', () => {
    const t = tokenize('Photo by Ann OrtegaThe port reopened.');
    expect(t.map((x) => x.text)).toEqual(['Photo', 'by', 'Ann', 'Ortega', 'The', 'port', 'reopened', '.']);
    expect(t[4]!.sentStart).toBe(true);
    expect(texts('a photo by Ann OrtegaThe Harbour Board met.')).toEqual(['Ann Ortega', 'Harbour Board']);
  });
  it('marks sentence starts and paragraphs', () => {
    const t = tokenize('Mr. Smith left. Then rain.\n\nNew text').filter((x) => x.isWord);
    expect(t.filter((x) => x.sentStart).map((x) => x.text)).toEqual(['Mr', 'Then', 'New']);
    expect(t[t.length - 1]!.paragraph).toBe(1);
  });
});

describe('candidates', () => {
  it('keeps function words inside names', () => {
    expect(
      texts('He joined the Special Structure Against Corruption and Organized Crime last year.'),
    ).toEqual(['Special Structure Against Corruption and Organized Crime']);
    expect(texts('She spoke to the Daughters of the American Revolution.')).toEqual([
      'Daughters of the American Revolution',
    ]);
  });
  it('does not join a list of names with "and"', () => {
    expect(texts('The floods hit Victoria and Queensland.')).toEqual(['Victoria', 'Queensland']);
  });
  it('takes the titled person apart from the demonym in front', () => {
    const c = spans('He met Albanian Interior Minister Bledi Cuci on Monday.');
    expect(c.map((x) => [x.text, x.titled])).toEqual([
      ['Albanian', false],
      ['Bledi Cuci', true],
    ]);
  });
  it('drops ordinary words that open a sentence but keeps names there', () => {
    expect(texts('However, iodine matters. Iodine deficiency is common.')).toEqual([]);
    expect(texts('New Zealand agreed. North Korea did not.')).toEqual(['New Zealand', 'North Korea']);
  });
  it('keeps a name with a digit and a hyphen', () => {
    expect(texts('They moved to Ashraf-3 in 2016.')).toEqual(['Ashraf-3']);
  });
});

describe('acronyms', () => {
  it('reads initialisms with or without function words and hyphen parts', () => {
    expect(acronymLetters('U.S.')).toBe('US');
    expect(abbreviates('MEK', 'Mujahedeen-e-Khalq')).toBe(true);
    expect(abbreviates('WHO', 'World Health Organisation')).toBe(true);
    expect(abbreviates('NVWA', 'Northern Valley Water Authority')).toBe(true);
    expect(abbreviates('IMF', 'World Health Organisation')).toBe(false);
  });
});

describe('folding and demonyms', () => {
  it('compares names without diacritics, article or possessive', () => {
    expect(fold('Manzë')).toBe('manze');
    expect(nameKey("the Albania's")).toBe('albania');
  });
  it('matches demonyms to places by their stem', () => {
    expect(demonymMatches('Australian', 'australia')).toBe(true);
    expect(demonymMatches('Iranian', 'iran')).toBe(true);
    expect(demonymMatches('Australian', 'austin')).toBe(false);
  });
});

describe('descriptions', () => {
  it('finds appositives, premodifiers and defining sentences', () => {
    const text =
      'The exiled opposition group Orvane Front moved to Kessa, a small hill town. The Orvane Front began as a student movement.';
    const at = (s: string, from = 0) => {
      const i = text.indexOf(s, from);
      return { start: i, end: i + s.length };
    };
    const group = describeEntity(text, [at('Orvane Front'), at('Orvane Front', 40)]);
    expect(group.map((c) => [c.kind, c.text])).toEqual([
      ['definition', 'The Orvane Front began as a student movement.'],
      ['premodifier', 'exiled opposition group'],
    ]);
    expect(describeEntity(text, [at('Kessa')]).map((c) => c.text)).toEqual(['a small hill town']);
  });
});

describe('abbreviations, quotes and amounts', () => {
  it('ends a sentence after an abbreviation when an opener follows', () => {
    const t = tokenize('They flew to Washington D.C. The talks began.');
    expect(t.find((x) => x.text === 'The')!.sentStart).toBe(true);
    expect(texts('They flew to Washington D.C. The talks began.')).toEqual(['Washington D.C.']);
  });
  it('drops the ordinary word that opens a quoted title', () => {
    expect(texts('The meeting was called ‘Where the Digital Library Meets’ by its hosts.')).toEqual([
      'Digital Library Meets',
    ]);
  });
  it('reads US$ as part of an amount, not as a name', () => {
    expect(texts('Most rooms cost US$ 20 in Pavela.')).toEqual(['Pavela']);
  });
  it('offers a town opening a longer name as a nested candidate, never a given name', () => {
    const nested = analyse('He studied at Brindle High School with Michael Brindle Ward.')
      .cands.filter((c) => c.nested)
      .map((c) => c.text);
    expect(nested).toContain('Brindle');
    expect(nested).not.toContain('Michael');
  });
});

describe('lookupName', () => {
  const entry = { name: 'Lashkar Tawil', kind: 'group' as const, subtype: 'armed-group', aliases: ['LeT'] };
  const gazetteer = {
    lookup: (form: string) => (fold(form) === 'let' || fold(form) === 'lashkar tawil' ? [entry] : []),
    demonym: () => null,
  };
  it('does not reach an acronym through an ordinary word', () => {
    expect(lookupName(gazetteer, 'Let')).toEqual([]);
    expect(lookupName(gazetteer, 'LeT')).toEqual([entry]);
    expect(lookupName(gazetteer, 'Lashkar Tawil')).toEqual([entry]);
  });
});

describe('a name always written after "the"', () => {
  it('is not taken for a person; the same name written bare is', async () => {
    const { recognise } = await import('../../../src/core/entities/recognise');
    const kindIn = (text: string) => recognise(text).find((e) => e.name === 'Darvesh')?.kind;
    expect(
      kindIn(
        'Talks with the Darvesh broke down on Monday. The Darvesh said the ceasefire was over, and a spokesman for the Darvesh promised more attacks.',
      ),
    ).toBe('group');
    expect(
      kindIn(
        'Talks with Darvesh broke down on Monday. Darvesh said the ceasefire was over, and a spokesman for Darvesh promised more attacks.',
      ),
    ).toBe('person');
  });
});

describe('a person run on after an institution', () => {
  it('is cut off when the name speaks or recurs, and not otherwise', () => {
    expect(
      texts('Later, the head of the Harbour Council Maren Odell told reporters the pier would reopen.'),
    ).toEqual(expect.arrayContaining(['Harbour Council', 'Maren Odell']));
    expect(
      texts(
        'Students at Lakeview State University Tomas Brenner met on Friday. Brenner said they would return.',
      ),
    ).toEqual(expect.arrayContaining(['Lakeview State University', 'Tomas Brenner']));
    expect(texts('Fans watched the Kelso Harbour Rays Pike play on Friday.')).toContain(
      'Kelso Harbour Rays Pike',
    );
  });
});
